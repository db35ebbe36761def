using Khabar.Text.Unicode;

namespace Khabar.Text.Tokenize;

/// <summary>Tokens that start with a punctuation mark or symbol: hashtags, handles, signed numbers, mark runs.</summary>
internal static class PunctuationScanner
{
    public static (TokenKind Kind, int End) Scan(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        var next = start + 1;
        var hasNext = next < text.Length;
        switch (c)
        {
            case '#' when hasNext && IsTagChar(text[next]):
                return (TokenKind.Hashtag, ScanWhile(text, next, start, IsTagChar));
            case '@' when hasNext && IsHandleChar(text[next]):
                return (TokenKind.Handle, ScanWhile(text, next, start, IsHandleChar));
            case '+' or '-' or '\u2212' or '%' or ArabicChars.PercentSign
                when hasNext && CharClassTable.Of(text[next]) == CharClass.Digit && !FollowsWordOrDigit(text, start):
                var (kind, end) = NumberScanner.Scan(text, next);
                return (kind, end);
        }

        if (Punctuation.IsSentenceFinal(c))
        {
            var end = next;
            while (end < text.Length && Punctuation.IsSentenceFinal(text[end]) && end - start < Tokenizer.MaxTokenLength)
            {
                end++;
            }

            return (TokenKind.Punctuation, end);
        }

        return (CharClassTable.Of(c) == CharClass.Punctuation ? TokenKind.Punctuation : TokenKind.Symbol, next);
    }

    private static bool FollowsWordOrDigit(ReadOnlySpan<char> text, int at) =>
        at > 0 && CharClassTable.Of(text[at - 1]) is CharClass.Digit or CharClass.ArabicLetter or CharClass.LatinLetter
            or CharClass.OtherLetter or CharClass.ArabicMark;

    private static bool IsTagChar(char c) =>
        c == '_' || CharClassTable.Of(c) is CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.LatinLetter
            or CharClass.OtherLetter or CharClass.Mark or CharClass.Digit;

    private static bool IsHandleChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static int ScanWhile(ReadOnlySpan<char> text, int from, int start, Func<char, bool> accept)
    {
        var end = from;
        while (end < text.Length && accept(text[end]) && end - start < Tokenizer.MaxTokenLength)
        {
            end++;
        }

        return end;
    }
}
