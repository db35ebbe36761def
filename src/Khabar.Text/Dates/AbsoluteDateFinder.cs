using Khabar.Text.Normalize;
using Khabar.Text.Tokenize;
using Khabar.Text.Unicode;

namespace Khabar.Text.Dates;

/// <summary>
/// Finds calendar dates written in full: <c>16 سبتمبر/أيلول 2023</c>, <c>16 من أيلول 2023</c>,
/// <c>١٦ تشرين الأول ٢٠٢٣</c>, <c>2023-09-16</c>, <c>16/9/2023</c> (day first, as Arabic writes it). A weekday
/// before the date is allowed and ignored; relative expressions (أمس، يوم السبت) are not dates in full.
/// </summary>
public static class AbsoluteDateFinder
{
    private const int MinYear = 1900, MaxYear = 2100;

    /// <summary>Appends every full date in <paramref name="text"/>, in order.</summary>
    public static void FindAll(ReadOnlySpan<char> text, List<DateMention> found)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        Span<char> key = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength) * 2 + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.NumberGroup && NumericDate(token.Of(text)) is { } numeric)
            {
                found.Add(new DateMention(numeric, token.Start, token.Length));
            }
            else if (token.Kind == TokenKind.Number && WrittenDate(text, tokens, i, key, out var date, out var last))
            {
                found.Add(new DateMention(date, token.Start, tokens[last].End - token.Start));
                i = last;
            }
        }
    }

    /// <summary>The first full date in <paramref name="text"/>, if any.</summary>
    public static DateMention? FindFirst(ReadOnlySpan<char> text)
    {
        var found = new List<DateMention>();
        FindAll(text, found);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Day, optional من, month name (optionally "/ other name"), year.</summary>
    private static bool WrittenDate(ReadOnlySpan<char> text, List<Token> tokens, int at, Span<char> key, out DateOnly date, out int last)
    {
        date = default;
        last = at;
        var day = Integer(tokens[at].Of(text));
        var i = at + 1;
        if (day is < 1 or > 31 || i >= tokens.Count)
        {
            return false;
        }

        if (tokens[i].IsWord && KeyOf(text, tokens[i], key) is "من")
        {
            i++;
        }

        var month = Month(text, tokens, ref i, key);
        if (month == 0)
        {
            return false;
        }

        // سبتمبر/أيلول: a second name for the same month after a slash.
        if (i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] == '/')
        {
            var afterSlash = i + 1;
            if (Month(text, tokens, ref afterSlash, key) == month)
            {
                i = afterSlash;
            }
        }

        if (i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '،' or ',')
        {
            i++;
        }

        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        var year = Integer(tokens[i].Of(text));
        if (year is < MinYear or > MaxYear || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        last = i;
        return true;
    }

    /// <summary>A month name of one or two words starting at token <paramref name="i"/>; advances past it.</summary>
    private static int Month(ReadOnlySpan<char> text, List<Token> tokens, ref int i, Span<char> key)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return 0;
        }

        var first = MatchKey.Write(tokens[i].Of(text), key);
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord)
        {
            key[first] = ' ';
            var second = MatchKey.Write(tokens[i + 1].Of(text), key[(first + 1)..]);
            var twoWords = MonthNames.Of(key[..(first + 1 + second)]);
            if (twoWords != 0)
            {
                i += 2;
                return twoWords;
            }
        }

        var oneWord = MonthNames.Of(key[..first]);
        i += oneWord != 0 ? 1 : 0;
        return oneWord;
    }

    private static string KeyOf(ReadOnlySpan<char> text, Token token, Span<char> key) =>
        key[..MatchKey.Write(token.Of(text), key)].ToString();

    /// <summary>2023-09-16, 2023/9/16, 16/9/2023, 16-09-2023, 16.9.2023.</summary>
    private static DateOnly? NumericDate(ReadOnlySpan<char> group)
    {
        Span<Range> parts = stackalloc Range[4];
        var count = group.SplitAny(parts, "/-.", StringSplitOptions.None);
        if (count != 3)
        {
            return null;
        }

        int a = Integer(group[parts[0]]), b = Integer(group[parts[1]]), c = Integer(group[parts[2]]);
        var (year, month, day) = a >= MinYear ? (a, b, c) : (c, b, a);
        return year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The value of a run of digits of any system; -1 when it is not one (or too long).</summary>
    internal static int Integer(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 6)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in digits)
        {
            var digit = CharClassTable.DigitValue(c);
            if (digit < 0)
            {
                return -1;
            }

            value = value * 10 + digit;
        }

        return value;
    }
}
