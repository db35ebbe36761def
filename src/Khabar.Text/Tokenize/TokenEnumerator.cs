using Khabar.Text.Unicode;

namespace Khabar.Text.Tokenize;

/// <summary>The allocation-free token stream of one text; use through <see cref="Tokenizer.Tokenize(ReadOnlySpan{char})"/>.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var start = _position;
        while (start < text.Length && CharClassTable.Of(text[start]) is CharClass.Space or CharClass.Invisible)
        {
            start++;
        }

        if (start >= text.Length)
        {
            _position = text.Length;
            return false;
        }

        var (kind, end) = Scan(text, start);
        Current = new Token(kind, start, end - start);
        _position = end;
        return true;
    }

    private static (TokenKind Kind, int End) Scan(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        switch (CharClassTable.Of(c))
        {
            case CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.LatinLetter or CharClass.OtherLetter or CharClass.Mark:
                if (LinkScanner.TryScan(text, start, out var linkEnd, out var linkKind))
                {
                    return (linkKind, linkEnd);
                }

                return WordScanner.Scan(text, start);
            case CharClass.Digit:
                if (LinkScanner.TryScanEmail(text, start, out var emailEnd))
                {
                    return (TokenKind.Email, emailEnd);
                }

                return NumberScanner.Scan(text, start);
            case CharClass.HighSurrogate:
                return (TokenKind.Symbol, start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? start + 2 : start + 1);
            case CharClass.Punctuation or CharClass.Symbol:
                return PunctuationScanner.Scan(text, start);
            default:
                return (TokenKind.Symbol, start + 1);
        }
    }
}
