using System.Text;
using Khabar.Core.Search;

namespace Khabar.Storage.Postgres;

/// <summary>
/// The search index's terms in PostgreSQL's own text search types, written directly (no parser, no dictionary: the
/// terms are the pipeline's, made by <see cref="SearchTerms"/>). A sentence is one <c>tsvector</c>: each word's match
/// key tagged <c>k:</c> and weighted A, its stem tagged <c>s:</c> weighted B, at the word's position (so a phrase of
/// keys is words in a row), and name keys tagged <c>n:</c> weighted C. A query is a <c>tsquery</c> over the same tags.
/// </summary>
internal static class TsTerms
{
    /// <summary>PostgreSQL refuses a lexeme longer than 2,047 bytes; such a word is neither indexed nor searched.</summary>
    private const int MaxLexemeBytes = 2047;

    /// <summary>Positions beyond this are kept at it (PostgreSQL's limit).</summary>
    private const int MaxPosition = 16383;

    /// <summary>The tsvector of one indexed sentence, as text (cast with <c>::tsvector</c>).</summary>
    public static string Vector(IndexedSentence sentence)
    {
        var vector = new StringBuilder(sentence.Keys.Length * 3);
        Append(vector, 'k', sentence.Keys, 'A');
        Append(vector, 's', sentence.Stems, 'B');
        Append(vector, 'n', sentence.Names, 'C');
        return vector.ToString();
    }

    /// <summary>
    /// The tsquery of a search, as text (cast with <c>::tsquery</c>): groups joined by <c>&amp;</c>, alternatives by
    /// <c>|</c>, a phrase by <c>&lt;-&gt;</c>, a prefix marked <c>:*</c>; every term quoted, so nothing typed is read as
    /// tsquery syntax. Null when some group has no term PostgreSQL can hold: nothing can match it.
    /// </summary>
    public static string? Query(SearchQuery query)
    {
        var groups = new List<string>();
        foreach (var group in query.Groups)
        {
            var alternatives = group.Alternatives
                .Where(a => a.Terms.All(t => Fits(Tag(a.Column), t)))
                .Select(a => "(" + string.Join(" <-> ", a.Terms.Select(t => Term(a, t))) + ")")
                .ToList();
            if (alternatives.Count == 0)
            {
                return null;
            }

            groups.Add("(" + string.Join(" | ", alternatives) + ")");
        }

        return groups.Count == 0 ? null : string.Join(" & ", groups);
    }

    /// <summary>One term of an alternative; a stem is looked for among the keys too (<see cref="SearchColumn.Stems"/>).</summary>
    private static string Term(SearchAlternative alternative, string term)
    {
        var prefix = alternative.Prefix ? ":*" : string.Empty;
        var tagged = Quoted(Tag(alternative.Column), term) + prefix;
        return alternative.Column == SearchColumn.Stems ? $"({tagged} | {Quoted('k', term)}{prefix})" : tagged;
    }

    private static char Tag(SearchColumn column) => column switch
    {
        SearchColumn.Keys => 'k',
        SearchColumn.Stems => 's',
        _ => 'n',
    };

    private static void Append(StringBuilder vector, char tag, string words, char weight)
    {
        var position = 0;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            position = Math.Min(position + 1, MaxPosition);
            if (Fits(tag, word))
            {
                vector.Append(Quoted(tag, word)).Append(':').Append(position).Append(weight).Append(' ');
            }
        }
    }

    private static bool Fits(char tag, string term) => term.Length > 0 && Encoding.UTF8.GetByteCount(term) + 2 <= MaxLexemeBytes;

    /// <summary>A lexeme in quotes, its quotes doubled and its backslashes escaped (tsvector and tsquery alike).</summary>
    private static string Quoted(char tag, string term)
    {
        var quoted = new StringBuilder(term.Length + 6).Append('\'').Append(tag).Append(':');
        foreach (var c in term)
        {
            quoted.Append(c switch
            {
                '\'' => "''",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return quoted.Append('\'').ToString();
    }
}
