using Khabar.Text.Unicode;

namespace Khabar.Text.Tokenize;

/// <summary>
/// Numbers from their first digit: thousands groups (1,250,000, ٬ and the Arabic comma: 2،804،130), one decimal part (3.5 and ٫), a percent
/// sign (50% and ٪); digit groups joined by / - : . (16/9/2023, 2023-09-16, 10:30) as one
/// <see cref="TokenKind.NumberGroup"/>; digits run into Latin letters (3D, 31I) as a designator.
/// </summary>
internal static class NumberScanner
{
    public static (TokenKind Kind, int End) Scan(ReadOnlySpan<char> text, int start)
    {
        var limit = Math.Min(text.Length, start + Tokenizer.MaxTokenLength);
        if (PointThousands(text, start, limit) is > 0 and var grouped)
        {
            return (TokenKind.Number, grouped < limit && text[grouped] is '%' or ArabicChars.PercentSign ? grouped + 1 : grouped);
        }

        var i = Digits(text, start, limit);
        var decimalSeen = false;
        var arabicGroups = false;
        while (i < limit)
        {
            var c = text[i];
            if (!decimalSeen && c is ',' or ArabicChars.ThousandsSeparator && IsThousandsGroup(text, i + 1, limit))
            {
                i += 4;
            }
            else if (!decimalSeen && c == ArabicChars.Comma && (i - start <= 3 || arabicGroups) && IsThousandsGroup(text, i + 1, limit))
            {
                // The Arabic comma typed for the thousands separator (2،804،130 ريال): after one to three digits (or a
                // group it made) and before exactly three, with no space (a list is written «3، 4»).
                arabicGroups = true;
                i += 4;
            }
            else if (!decimalSeen && c is '.' or ArabicChars.DecimalSeparator && IsDigitAt(text, i + 1, limit))
            {
                decimalSeen = true;
                i = Digits(text, i + 1, limit);
            }
            else if (!decimalSeen && c == ',' && IsShortDecimal(text, i + 1, limit) && !(start >= 2 && text[start - 1] == ',' && IsDigitAt(text, start - 2, limit)))
            {
                // A decimal comma (2,4 مليار; times as 14,30): one or two digits after it, ending there. Thousands take
                // exactly three; digits listed with commas (1,2,3) stay apart.
                decimalSeen = true;
                i = Digits(text, i + 1, limit);
            }
            else if (!decimalSeen && !arabicGroups && c == ArabicChars.Comma && IsShortDecimal(text, i + 1, limit) && ScaleWordAfter(text, Digits(text, i + 1, limit)))
            {
                // The Arabic comma as a decimal point before a scale word (157،7 مليون ريال).
                decimalSeen = true;
                i = Digits(text, i + 1, limit);
            }
            else if (!decimalSeen && c == ArabicChars.Reh && i - start <= 3 && IsRehGroup(text, i + 1, limit))
            {
                // ر typed for the Arabic separator between digit groups (5ر1 مليون, 000ر22): the number reads from
                // the right, as it did on the page it was copied from (QuantityFinder gives its value).
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

    /// <summary>
    /// The end of a number whose thousands are grouped by points (1.742.000: one to three digits, then two groups or
    /// more of three after a point each, as many outlets write them); -1 for anything else (21.07.2015, 3.5).
    /// </summary>
    private static int PointThousands(ReadOnlySpan<char> text, int start, int limit)
    {
        var i = Digits(text, start, limit);
        if (i - start is < 1 or > 3)
        {
            return -1;
        }

        var groups = 0;
        while (i + 3 < limit && text[i] is '.' && Digits(text, i + 1, limit) == i + 4)
        {
            i += 4;
            groups++;
        }

        return groups >= 2 && !(i < limit && text[i] is '/' or '-' or ':' or '.' or ',' && IsDigitAt(text, i + 1, limit)) ? i : -1;
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

    /// <summary>Whether a space and a scale word (ألف، مليون، مليار، بليون، تريليون) follow position <paramref name="i"/>.</summary>
    private static bool ScaleWordAfter(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var rest = text[(i + 1)..];
        return rest.StartsWith("ألف") || rest.StartsWith("الف") || rest.StartsWith("مليون") || rest.StartsWith("ملايين") || rest.StartsWith("مليار")
            || rest.StartsWith("بليون") || rest.StartsWith("تريليون") || rest.StartsWith("ترليون");
    }

    /// <summary>One or two digits from <paramref name="i"/>, then neither a digit nor a comma and a digit.</summary>
    private static bool IsShortDecimal(ReadOnlySpan<char> text, int i, int limit)
    {
        var end = Digits(text, i, limit);
        return end - i is 1 or 2 && !(end < limit && text[end] == ',' && IsDigitAt(text, end + 1, limit));
    }

    /// <summary>One to three digits from <paramref name="i"/>, then no letter or digit.</summary>
    private static bool IsRehGroup(ReadOnlySpan<char> text, int i, int limit)
    {
        var end = Digits(text, i, limit);
        return end - i is >= 1 and <= 3 && (end >= limit || CharClassTable.Of(text[end]) is not (CharClass.Digit or CharClass.ArabicLetter or CharClass.LatinLetter));
    }

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
