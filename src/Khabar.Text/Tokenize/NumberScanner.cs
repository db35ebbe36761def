using Khabar.Text.Unicode;

namespace Khabar.Text.Tokenize;

/// <summary>
/// Numbers from their first digit: thousands groups (1,250,000 and ٬), one decimal part (3.5 and ٫), a percent
/// sign (50% and ٪); digit groups joined by / - : . (16/9/2023, 2023-09-16, 10:30) as one
/// <see cref="TokenKind.NumberGroup"/>; digits run into Latin letters (3D, 31I) as a designator.
/// </summary>
internal static class NumberScanner
{
    public static (TokenKind Kind, int End) Scan(ReadOnlySpan<char> text, int start)
    {
        var limit = Math.Min(text.Length, start + Tokenizer.MaxTokenLength);
        var i = Digits(text, start, limit);
        var decimalSeen = false;
        while (i < limit)
        {
            var c = text[i];
            if (!decimalSeen && c is ',' or ArabicChars.ThousandsSeparator && IsThousandsGroup(text, i + 1, limit))
            {
                i += 4;
            }
            else if (!decimalSeen && c is '.' or ArabicChars.DecimalSeparator && IsDigitAt(text, i + 1, limit))
            {
                decimalSeen = true;
                i = Digits(text, i + 1, limit);
            }
            else
            {
                break;
            }
        }

        if (i < limit && text[i] is '/' or '-' or ':' or '.' && IsDigitAt(text, i + 1, limit))
        {
            while (i < limit && text[i] is '/' or '-' or ':' or '.' && IsDigitAt(text, i + 1, limit))
            {
                i = Digits(text, i + 1, limit);
            }

            return (TokenKind.NumberGroup, i);
        }

        if (i < limit && text[i] is '%' or ArabicChars.PercentSign)
        {
            return (TokenKind.Number, i + 1);
        }

        if (i < limit && CharClassTable.Of(text[i]) == CharClass.LatinLetter)
        {
            return (TokenKind.Designator, DesignatorTail(text, i, limit));
        }

        return (TokenKind.Number, i);
    }

    private static int Digits(ReadOnlySpan<char> text, int i, int limit)
    {
        while (i < limit && CharClassTable.Of(text[i]) == CharClass.Digit)
        {
            i++;
        }

        return i;
    }

    private static bool IsDigitAt(ReadOnlySpan<char> text, int i, int limit) =>
        i < limit && CharClassTable.Of(text[i]) == CharClass.Digit;

    /// <summary>Exactly three digits from <paramref name="i"/>, not followed by a fourth.</summary>
    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int i, int limit) =>
        IsDigitAt(text, i, limit) && IsDigitAt(text, i + 1, limit) && IsDigitAt(text, i + 2, limit) && !IsDigitAt(text, i + 3, limit);

    /// <summary>Latin letters and digits, with hyphens between them: the rest of 31I, 737-MAX.</summary>
    private static int DesignatorTail(ReadOnlySpan<char> text, int i, int limit)
    {
        while (i < limit)
        {
            var cls = CharClassTable.Of(text[i]);
            if (cls is CharClass.LatinLetter or CharClass.Digit)
            {
                i++;
            }
            else if (text[i] == '-' && i + 1 < limit && CharClassTable.Of(text[i + 1]) is CharClass.LatinLetter or CharClass.Digit)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
