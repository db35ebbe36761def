using System.Text;
using Khabar.Text;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Search;

/// <summary>
/// A search as a reader types it, made into an FTS5 query over the index's three columns
/// (<see cref="IndexedSentence"/>): every word must occur as its match key, its stem or its name key; a word ending
/// in <c>*</c> is a prefix (of a key or a stem); words in double quotes are a phrase of match keys, in order. Stop
/// words outside quotes are left out (unless nothing else is asked). Also says which words of a sentence it matches,
/// so a snippet can mark them.
/// </summary>
public sealed class SearchQuery
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    private SearchQuery(string text) => Text = text;

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>The FTS5 expression; every term quoted, so nothing typed is read as FTS5 syntax.</summary>
    public string Match { get; private set; } = string.Empty;

    /// <summary>The query for <paramref name="text"/>; null when it holds no word to search for.</summary>
    public static SearchQuery? Parse(string text)
    {
        var query = new SearchQuery(text);
        var groups = new List<string>();
        var stopGroups = new List<string>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                query.AddPhrase(parts[i], groups);
            }
            else
            {
                query.AddWords(parts[i], groups, stopGroups);
            }
        }

        if (groups.Count == 0)
        {
            groups = stopGroups;
        }

        query.Match = string.Join(" AND ", groups);
        return groups.Count == 0 ? null : query;
    }

    /// <summary>The words of <paramref name="sentence"/> this query matches, as extents of the sentence.</summary>
    public IReadOnlyList<TextExtent> Highlights(ReadOnlySpan<char> sentence)
    {
        var marks = new List<TextExtent>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, tokens);
        foreach (var token in tokens)
        {
            if (SearchTerms.Word(token, sentence) is { } word
                && (_keys.Contains(word.Key) || _stems.Contains(word.Stem) || (word.Name is { } name && _names.Contains(name))
                    || _prefixes.Exists(p => word.Key.StartsWith(p, StringComparison.Ordinal) || word.Stem.StartsWith(p, StringComparison.Ordinal))))
            {
                marks.Add(token.Extent);
            }
        }

        return marks;
    }

    private void AddPhrase(string phrase, List<string> groups)
    {
        var keys = Words(phrase).Select(w => w.Word.Key).ToList();
        if (keys.Count > 0)
        {
            _keys.UnionWith(keys);
            groups.Add($"keys : {Quoted(string.Join(' ', keys))}");
        }
    }

    private void AddWords(string words, List<string> groups, List<string> stopGroups)
    {
        foreach (var (word, prefix) in Words(words))
        {
            string group;
            if (prefix)
            {
                _prefixes.Add(word.Key);
                _prefixes.Add(word.Stem);
                group = $"(keys : {Quoted(word.Key)} * OR stems : {Quoted(word.Stem)} *)";
            }
            else
            {
                _keys.Add(word.Key);
                _stems.Add(word.Stem);
                var name = word.Name is { } n ? $" OR names : {Quoted(n)}" : string.Empty;
                if (word.Name is { } known)
                {
                    _names.Add(known);
                }

                group = $"(keys : {Quoted(word.Key)} OR stems : {Quoted(word.Stem)}{name})";
            }

            (StopWords.Default.Contains(word.Key) && !prefix ? stopGroups : groups).Add(group);
        }
    }

    /// <summary>The words of a piece of the query, each with whether a <c>*</c> follows it.</summary>
    private static List<(SearchWord Word, bool Prefix)> Words(string text)
    {
        var found = new List<(SearchWord, bool)>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        foreach (var token in tokens)
        {
            if (SearchTerms.Word(token, text) is { } word)
            {
                found.Add((word, token.End < text.Length && text[token.End] == '*'));
            }
        }

        return found;
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
