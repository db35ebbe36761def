namespace Khabar.Core.Clean;

/// <summary>
/// Recognises the attribution line an embedded tweet leaves behind, on folded text:
/// <c>— Name (@handle) Month D, YYYY</c>, with an em dash, en dash or hyphen, and an English or Arabic month.
/// </summary>
internal static class TweetAttribution
{
    private const int MaxHandleLength = 15;

    public static bool IsMatch(ReadOnlySpan<char> key)
    {
        if (key.Length < 8 || !CleanChars.IsDash(key[0]))
        {
            return false;
        }

        var open = key.LastIndexOf("(@");
        if (open < 2 || !key[1..open].ContainsAnyExcept(' '))
        {
            return false;
        }

        var i = open + 2;
        while (i < key.Length && (char.IsAsciiLetterOrDigit(key[i]) || key[i] == '_'))
        {
            i++;
        }

        var handleLength = i - (open + 2);
        if (handleLength is < 1 or > MaxHandleLength || i == key.Length || key[i] != ')')
        {
            return false;
        }

        return IsDate(key[(i + 1)..]);
    }

    /// <summary>Only month names, day numbers and one four-digit year, separated by spaces and commas.</summary>
    private static bool IsDate(ReadOnlySpan<char> text)
    {
        var month = false;
        var year = false;
        foreach (var range in text.SplitAny(" ,،"))
        {
            var token = text[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (!token.ContainsAnyExceptInRange('0', '9'))
            {
                if (token.Length == 4 && !year)
                {
                    year = true;
                }
                else if (token.Length > 2)
                {
                    return false;
                }
            }
            else if (CleanLexicon.Months.Contains(token))
            {
                month = true;
            }
            else
            {
                return false;
            }
        }

        return month && year;
    }
}
