using Khabar.Text;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Search;

/// <summary>
/// A search as a reader types it, made into conditions over the index's three columns (<see cref="IndexedSentence"/>):
/// every word must occur as its match key, its stem or its name key; a word ending in <c>*</c> is a prefix (of a key
/// or a stem); words in double quotes are a phrase of match keys, in order. Stop words outside quotes are left out
/// (unless nothing else is asked). Each store writes the conditions in its own query language (FTS5, tsquery); what is
/// typed is only ever a term in them. Also says which words of a sentence it matches, so a snippet can mark them.
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

    /// <summary>What a sentence must hold: every group, each by one of its alternatives.</summary>
    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    /// <summary>The query for <paramref name="text"/>; null when it holds no word to search for.</summary>
    public static SearchQuery? Parse(string text)
    {
        var query = new SearchQuery(text);
        var groups = new List<SearchGroup>();
        var stopGroups = new List<SearchGroup>();
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

        query.Groups = groups;
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

    private void AddPhrase(string phrase, List<SearchGroup> groups)
    {
        var keys = Words(phrase).Select(w => w.Word.Key).ToList();
        if (keys.Count > 0)
        {
            _keys.UnionWith(keys);
            groups.Add(new SearchGroup([new SearchAlternative(SearchColumn.Keys, keys, Prefix: false)]));
        }
    }

    private void AddWords(string words, List<SearchGroup> groups, List<SearchGroup> stopGroups)
    {
        foreach (var (word, prefix) in Words(words))
        {
            SearchGroup group;
            if (prefix)
            {
                _prefixes.Add(word.Key);
                _prefixes.Add(word.Stem);
                group = new SearchGroup([new SearchAlternative(SearchColumn.Keys, [word.Key], Prefix: true), new SearchAlternative(SearchColumn.Stems, [word.Stem], Prefix: true)]);
            }
            else
            {
                _keys.Add(word.Key);
                _stems.Add(word.Stem);
                List<SearchAlternative> alternatives = [new(SearchColumn.Keys, [word.Key], Prefix: false), new(SearchColumn.Stems, [word.Stem], Prefix: false)];
                if (word.Name is { } name)
                {
                    _names.Add(name);
                    alternatives.Add(new SearchAlternative(SearchColumn.Names, [name], Prefix: false));
                }

                group = new SearchGroup(alternatives);
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
}

/// <summary>One condition of a search: a sentence must hold one of its alternatives.</summary>
public sealed record SearchGroup(IReadOnlyList<SearchAlternative> Alternatives);

/// <summary>Which words of an indexed sentence a term is looked for among (<see cref="IndexedSentence"/>).</summary>
public enum SearchColumn
{
    /// <summary>The match keys.</summary>
    Keys,

    /// <summary>The stems and the match keys: the index keeps a word's stem only where it differs from its key.</summary>
    Stems,

    /// <summary>The name keys.</summary>
    Names,
}

/// <summary>
/// Terms looked for in one column: one term, or a phrase of terms in a row; with <paramref name="Prefix"/>, a word that
/// starts with the (single) term.
/// </summary>
public sealed record SearchAlternative(SearchColumn Column, IReadOnlyList<string> Terms, bool Prefix);
