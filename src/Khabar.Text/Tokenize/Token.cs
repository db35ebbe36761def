namespace Khabar.Text.Tokenize;

/// <summary>One token: its kind and where it stands in the input.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public TextExtent Extent => new(Start, Length);

    public ReadOnlySpan<char> Of(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord;
}
