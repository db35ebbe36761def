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
        Span<char> folded = stackalloc char[MaxFoldedOnStack];
        foreach (var range in Terms(text))
        {
            tokens.Add(Fold(text.AsSpan(range), folded).ToString());
        }

        return tokens;
    }

    /// <summary>Terms longer than this are folded into a new array rather than on the stack.</summary>
    public const int MaxFoldedOnStack = 256;

    /// <summary>Where each term of <paramref name="text"/> is, as <see cref="Tokens"/> cuts them, without making a string.</summary>
    public static TermRanges Terms(ReadOnlySpan<char> text) => new(text);

    /// <summary>
    /// <paramref name="term"/> with its ASCII capitals folded to lower case: the term itself when it has none, else
    /// written into <paramref name="buffer"/> (or a new array when it does not fit).
    /// </summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> term, Span<char> buffer)
    {
        if (!term.ContainsAnyInRange('A', 'Z'))
        {
            return term;
        }

        var target = term.Length <= buffer.Length ? buffer[..term.Length] : new char[term.Length];
        for (var k = 0; k < term.Length; k++)
        {
            target[k] = char.IsAsciiLetterUpper(term[k]) ? (char)(term[k] | 0x20) : term[k];
        }

        return target;
    }

    /// <summary>The ranges of a text's terms, in order (a <c>foreach</c> over it allocates nothing).</summary>
    public ref struct TermRanges(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public Range Current { get; private set; }

        public readonly TermRanges GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _next;
            while (i < _text.Length && !Inside(_text[i]))
            {
                i++;
            }

            if (i == _text.Length)
            {
                _next = i;
                return false;
            }

            var start = i;
            while (i < _text.Length && Inside(_text[i]))
            {
                i++;
            }

            Current = start..i;
            _next = i;
            return true;
        }

        private static bool Inside(char c) => c >= 0x80 || char.IsAsciiLetterOrDigit(c);
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
