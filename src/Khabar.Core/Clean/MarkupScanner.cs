namespace Khabar.Core.Clean;

/// <summary>
/// Recognises one piece of HTML left in text: a stray <c>/&gt;</c>, an opening or self-closing tag of a known
/// element (<c>&lt;br&gt;</c>, <c>&lt;p class="x"&gt;</c>, <c>&lt;img ... /&gt;</c>), a closing tag, a comment or a
/// doctype. A lone <c>&lt;</c> (<c>a &lt; b</c>) or an unknown name (<c>x &lt;y and z&gt;</c>) is not markup.
/// </summary>
internal static class MarkupScanner
{
    private const int MaxTagLength = 2000;

    /// <summary>The length of the markup at the start of <paramref name="text"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        if (text[0] == '/')
        {
            return text[1] == '>' ? 2 : 0;
        }

        if (text[0] != '<')
        {
            return 0;
        }

        return text[1] switch
        {
            '/' => MatchClosingTag(text),
            '!' => MatchDeclaration(text),
            _ when char.IsAsciiLetter(text[1]) => MatchOpeningTag(text),
            _ => 0,
        };
    }

    private static int MatchOpeningTag(ReadOnlySpan<char> text)
    {
        var nameEnd = NameEnd(text, 1);
        if (!IsElement(text[1..nameEnd]) || nameEnd == text.Length)
        {
            return 0;
        }

        var next = text[nameEnd];
        if (next != '>' && next != '/' && !CleanChars.IsSpace(next))
        {
            return 0;
        }

        // Attributes: skip to the '>' outside quotes.
        var quote = '\0';
        var limit = Math.Min(text.Length, MaxTagLength);
        for (var i = nameEnd; i < limit; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else if (c == '<')
            {
                return 0;
            }
        }

        return 0;
    }

    private static int MatchClosingTag(ReadOnlySpan<char> text)
    {
        if (text.Length < 4 || !char.IsAsciiLetter(text[2]))
        {
            return 0;
        }

        var nameEnd = NameEnd(text, 2);
        if (!IsElement(text[2..nameEnd]))
        {
            return 0;
        }

        var i = nameEnd;
        while (i < text.Length && CleanChars.IsSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == '>' ? i + 1 : 0;
    }

    private static int MatchDeclaration(ReadOnlySpan<char> text)
    {
        var limit = text[..Math.Min(text.Length, MaxTagLength)];
        if (limit.StartsWith("<!--"))
        {
            var close = limit[4..].IndexOf("-->");
            return close < 0 ? 0 : close + 7;
        }

        if (limit.Length > 2 && char.IsAsciiLetter(limit[2]))
        {
            var close = limit.IndexOf('>');
            return close < 0 ? 0 : close + 1;
        }

        return 0;
    }

    private static int NameEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsElement(ReadOnlySpan<char> name) =>
        name.Length > 0 && CleanLexicon.HtmlElements.Contains(name);
}
