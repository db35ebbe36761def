namespace Khabar.Text.Transliterate;

/// <summary>
/// Appends key letters word by word: one space between words, repeated letters within a word collapsed,
/// words that produce nothing left out.
/// </summary>
internal ref struct KeyBuilder
{
    private readonly Span<char> _destination;
    private int _length;
    private int _wordStart;

    public KeyBuilder(Span<char> destination) => _destination = destination;

    public readonly int Length => _length;

    /// <summary>Starts a word; the separating space is written only if the word turns out non-empty.</summary>
    public void BeginWord() => _wordStart = _length == 0 ? 0 : _length + 1;

    /// <summary>Appends a key letter unless it repeats the last letter of the word.</summary>
    public void Emit(char letter)
    {
        if (_length > _wordStart && _destination[_length - 1] == letter)
        {
            return;
        }

        Append(letter);
    }

    /// <summary>Appends a character without collapsing (digits).</summary>
    public void EmitRaw(char c) => Append(c);

    private void Append(char c)
    {
        if (_length < _wordStart)
        {
            _destination[_length++] = ' ';
        }

        _destination[_length++] = c;
    }
}
