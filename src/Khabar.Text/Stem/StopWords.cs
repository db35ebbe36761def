using System.Collections.Frozen;
using Khabar.Text.Normalize;

namespace Khabar.Text.Stem;

/// <summary>
/// A set of stop words as match keys. Entries are folded with <see cref="MatchKey"/> when the set is built,
/// so a key of any spelling of a listed word (أن, إن, ان) is found. Immutable and thread-safe.
/// </summary>
public sealed class StopWords
{
    private const string DefaultResource = "Khabar.Text.stopwords-ar.txt";

    private static readonly Lazy<StopWords> DefaultList = new(LoadDefault);

    // Frozen: built once, then read for every word of every article; its length-bucketed lookup is several
    // times cheaper than a HashSet's for short keys.
    private readonly FrozenSet<string> _keys;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds a set from <paramref name="words"/>, each folded to its match key; blank entries are skipped.</summary>
    public StopWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            Add(keys, word);
        }

        _keys = keys.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in Arabic list (resource <c>stopwords-ar.txt</c>), loaded on first use.</summary>
    public static StopWords Default => DefaultList.Value;

    /// <summary>How many distinct keys the set holds (spellings that fold together count once).</summary>
    public int Count => _keys.Count;

    /// <summary>Whether <paramref name="key"/>, a match key, is a stop word. Ordinal; no allocation.</summary>
    public bool Contains(ReadOnlySpan<char> key) => _lookup.Contains(key);

    /// <summary>
    /// Parses a word list: one word per line, surrounding white space ignored, <c>#</c> to the end of the
    /// line is a comment.
    /// </summary>
    public static StopWords Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var content = line;
            var hash = content.IndexOf('#');
            if (hash >= 0)
            {
                content = content[..hash];
            }

            content = content.Trim();
            if (!content.IsEmpty)
            {
                words.Add(content.ToString());
            }
        }

        return new StopWords(words);
    }

    private static void Add(HashSet<string> keys, string word)
    {
        var trimmed = word.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        var key = MatchKey.Of(trimmed);
        if (key.Length > 0)
        {
            keys.Add(key);
        }
    }

    private static StopWords LoadDefault()
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
