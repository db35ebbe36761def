namespace Khabar.Text.Tokenize;

/// <summary>
/// Splits text into tokens with offsets into the input. Every character that is not white space or an
/// invisible control belongs to exactly one token; tokens come in order and never overlap.
/// </summary>
public static class Tokenizer
{
    /// <summary>The longest word, number or designator token (256); a longer run continues in the next token.
    /// URLs and e-mail addresses may reach <see cref="MaxLinkLength"/>.</summary>
    public const int MaxTokenLength = 256;

    /// <summary>The longest URL or e-mail token (4,096).</summary>
    public const int MaxLinkLength = 4096;

    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>; returns how many.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        // About one token per five characters in news text: one allocation instead of a run of doublings.
        tokens.EnsureCapacity(tokens.Count + (text.Length / 5) + 1);
        var count = 0;
        foreach (var token in new TokenEnumerator(text))
        {
            tokens.Add(token);
            count++;
        }

        return count;
    }
}
