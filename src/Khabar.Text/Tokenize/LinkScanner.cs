using Khabar.Text.Unicode;

namespace Khabar.Text.Tokenize;

/// <summary>URLs (with a scheme, www., or a bare domain with a path) and e-mail addresses.</summary>
internal static class LinkScanner
{
    /// <summary>Top-level domains that make <c>name.tld</c> a link even without a scheme or a path.</summary>
    private static readonly string[] TopLevelDomains =
    [
        "com", "org", "net", "gov", "edu", "int", "info", "io", "co", "me", "tv", "news", "ly", "be",
        "ru", "uk", "fr", "de", "sa", "ae", "eg", "qa", "kw", "jo", "lb", "ma", "tn", "dz", "iq", "sy", "ps", "om", "bh", "ye", "sd",
    ];

    /// <summary>A link starting at <paramref name="start"/>: a scheme URL, a www. URL, or an e-mail address.</summary>
    public static bool TryScan(ReadOnlySpan<char> text, int start, out int end, out TokenKind kind)
    {
        var rest = text[start..];
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            end = ScanUrl(text, start);
            kind = TokenKind.Url;
            return true;
        }

        kind = TokenKind.Email;
        return TryScanEmail(text, start, out end);
    }

    /// <summary>An e-mail address: ASCII local part, @, a dotted domain ending in letters.</summary>
    public static bool TryScanEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var i = start;
        while (i < text.Length && IsLocalPartChar(text[i]) && i - start < 128)
        {
            i++;
        }

        if (i == start || i >= text.Length || text[i] != '@' || !IsAsciiLetterOrDigit(text[start]))
        {
            return false;
        }

        var domainStart = ++i;
        var lastDot = -1;
        while (i < text.Length && (IsAsciiLetterOrDigit(text[i]) || text[i] == '-' || (text[i] == '.' && i + 1 < text.Length && IsAsciiLetterOrDigit(text[i + 1]))))
        {
            if (text[i] == '.')
            {
                lastDot = i;
            }

            i++;
        }

        if (lastDot < domainStart || i - lastDot < 3)
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>Whether the dotted Latin run <paramref name="host"/> ends in a known top-level domain.</summary>
    public static bool EndsWithTopLevelDomain(ReadOnlySpan<char> host)
    {
        var dot = host.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        var tld = host[(dot + 1)..];
        foreach (var candidate in TopLevelDomains)
        {
            if (tld.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of a URL from <paramref name="start"/>: up to white space or a character no URL holds
    /// unescaped, less trailing sentence punctuation (a closing bracket stays when the URL opened one).</summary>
    public static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        var limit = Math.Min(text.Length, start + Tokenizer.MaxLinkLength);
        var i = start;
        var opened = 0;
        while (i < limit && IsUrlChar(text[i]))
        {
            opened += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            i++;
        }

        while (i > start + 1)
        {
            var last = text[i - 1];
            if (last == ')' && opened >= 0)
            {
                break;
            }

            // Sentence and clause punctuation right after a link is the text's, not the link's.
            if (Punctuation.IsSentenceFinal(last) || Punctuation.IsClauseBreak(last) || last is Punctuation.Colon or '\'' or ')')
            {
                opened += last == ')' ? 1 : 0;
                i--;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsUrlChar(char c) =>
        c > ' ' && c is not ('"' or '<' or '>' or '«' or '»' or '“' or '”' or '[' or ']' or '{' or '}' or '|' or '\\' or '^' or '`')
            && CharClassTable.Of(c) is not (CharClass.Space or CharClass.Invisible or CharClass.HighSurrogate or CharClass.LowSurrogate);

    private static bool IsLocalPartChar(char c) => IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
