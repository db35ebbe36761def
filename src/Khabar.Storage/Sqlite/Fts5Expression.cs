using System.Text;
using Khabar.Core.Search;

namespace Khabar.Storage.Sqlite;

/// <summary>A search's conditions as an FTS5 expression over a search shard (<c>search_sentences_K</c>, migrations 7 and 12).</summary>
internal static class Fts5Expression
{
    /// <summary>
    /// Groups joined by AND, each group's alternatives by OR, every term quoted: nothing typed is read as FTS5 syntax.
    /// </summary>
    public static string Of(SearchQuery query) => string.Join(" AND ", query.Groups.Select(Group));

    /// <summary>
    /// The terms FTS5's <c>ascii</c> tokenizer makes of <paramref name="text"/>: runs of ASCII letters and digits and of
    /// any character beyond ASCII, ASCII letters folded to lower case.
    /// </summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && (text[i] >= 0x80 || char.IsAsciiLetterOrDigit(text[i]));
            if (inside && start < 0)
            {
                start = i;
            }
            else if (!inside && start >= 0)
            {
                tokens.Add(string.Create(i - start, (text, start), static (span, at) =>
                {
                    for (var k = 0; k < span.Length; k++)
                    {
                        var c = at.text[at.start + k];
                        span[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    }
                }));
                start = -1;
            }
        }

        return tokens;
    }

    private static string Group(SearchGroup group)
    {
        var alternatives = group.Alternatives.Select(Alternative).ToList();
        return alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(" OR ", alternatives) + ")";
    }

    private static string Alternative(SearchAlternative alternative)
    {
        var column = alternative.Column switch
        {
            SearchColumn.Keys => "keys",
            SearchColumn.Stems => "{keys stems}",
            _ => "names",
        };
        return $"{column} : {Quoted(string.Join(' ', alternative.Terms))}{(alternative.Prefix ? " *" : string.Empty)}";
    }

    private static string Quoted(string term)
    {
        var quoted = new StringBuilder(term.Length + 2).Append('"');
        foreach (var c in term)
        {
            quoted.Append(c == '"' ? "\"\"" : c);
        }

        return quoted.Append('"').ToString();
    }
}
