namespace Khabar.Core.Ingest;

/// <summary>
/// A linear look at HTML before any parser sees it: how deep elements nest, and the text without tags. Tree
/// builders do work per open element for every new one, so a page nested 100,000 deep takes minutes to parse;
/// such a page is read as tag-stripped text instead.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidLookup = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deepest element nesting, counting open tags against close tags (an estimate; O(n)).</summary>
    public static int MaxDepth(ReadOnlySpan<char> html)
    {
        int depth = 0, max = 0;
        for (var i = 0; i + 1 < html.Length; i++)
        {
            if (html[i] != '<')
            {
                continue;
            }

            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(html[i + 1]))
            {
                continue;
            }

            var end = html[i..].IndexOf('>');
            if (end < 0)
            {
                break;
            }

            var tag = html.Slice(i + 1, end - 1);
            var nameLength = tag.IndexOfAny(" \t\r\n/");
            var name = nameLength < 0 ? tag : tag[..nameLength];
            if (!VoidLookup.Contains(name) && !tag.EndsWith("/"))
            {
                max = Math.Max(max, ++depth);
            }

            i += end;
        }

        return max;
    }

    /// <summary>The text between tags, block tags as line breaks; script and style content dropped.</summary>
    public static string StripTags(ReadOnlySpan<char> html)
    {
        var text = new System.Text.StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf('<');
            if (open < 0)
            {
                text.Append(html[i..]);
                break;
            }

            text.Append(html.Slice(i, open));
            var start = i + open;
            var close = html[start..].IndexOf('>');
            if (close < 0)
            {
                break;
            }

            var tag = html.Slice(start + 1, close - 1);
            if (tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("style", StringComparison.OrdinalIgnoreCase))
            {
                var closing = tag.StartsWith("s", StringComparison.OrdinalIgnoreCase) && tag[1] is 'c' or 'C' ? "</script" : "</style";
                var skip = html[start..].IndexOf(closing, StringComparison.OrdinalIgnoreCase);
                var after = skip < 0 ? -1 : html[(start + skip)..].IndexOf('>');
                i = after < 0 ? html.Length : start + skip + after + 1;
                continue;
            }

            if (tag.StartsWith("p", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("/p", StringComparison.OrdinalIgnoreCase)
                || tag.StartsWith("br", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("div", StringComparison.OrdinalIgnoreCase)
                || tag.StartsWith("/div", StringComparison.OrdinalIgnoreCase))
            {
                if (text.Length > 0 && text[^1] != '\n')
                {
                    text.Append('\n');
                }
            }

            i = start + close + 1;
        }

        var result = text.ToString().Trim();
        return result.Length == 0 ? result : result + "\n";
    }
}
