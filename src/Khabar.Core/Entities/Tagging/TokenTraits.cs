using Khabar.Text;
using System.Collections.Concurrent;
using Khabar.Core.Analyze;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;
using Khabar.Text.Unicode;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// What the tagger's features read off one token, as hashes, computed once per distinct token: the match key
/// (kept for gazetteer phrases) and the hashes of its core, stem, affixes, shape, corpus frequency, gazetteer
/// kind and clusters. Feature hashes are then cheap combinations of these.
/// </summary>
internal sealed class TokenTraits
{
    /// <summary>Traits by token text, shared by all threads, with its size kept apart.</summary>
    internal sealed class TraitCache
    {
        public readonly ConcurrentDictionary<string, TokenTraits> Entries = new(StringComparer.Ordinal);

        public int Count;
    }

    /// <summary>Cluster granularities read from the cluster file, coarsest first.</summary>
    public const int ClusterLevels = 5;

    /// <summary>Distinct tokens cached per feature set; past this many the cache stops growing.</summary>
    private const int MaxCached = 400_000;

    /// <summary>A token outside the sentence, before the first or after the last.</summary>
    public static readonly TokenTraits Edge = new("", [Fnv("<s>"), Fnv("<s>"), Fnv("<s>"), 0], [], Fnv(""), Fnv("-"), '^', '^', GazetteerKind.None, Enumerable.Repeat(Fnv("^"), ClusterLevels).ToArray(), '^');

    private TokenTraits(string key, uint[] words, uint[] affixes, uint proclitic, uint length, char shape, char frequency, GazetteerKind known, uint[] clusters, char nameBand)
    {
        NameBand = nameBand;
        Key = key;
        KeyHash = words[0];
        CoreHash = words[1];
        StemHash = words[2];
        Proclitic = proclitic;
        Affixes = affixes;
        Length = length;
        Shape = shape;
        Frequency = frequency;
        Known = known;
        Clusters = clusters;
        Core = key[Math.Min(key.Length, (int)words[3])..];
    }

    public string Key { get; }

    /// <summary>The key without proclitics, for gazetteer phrases.</summary>
    public string Core { get; }

    /// <summary>The key's <see cref="Proclitics.Readings"/>, for gazetteer phrases starting at this token.</summary>
    public string[] Readings => _readings ??= [.. Proclitics.Readings(Key)];

    private string[]? _readings;

    /// <summary>Whether a reading of the key starts a gazetteer entry of two words or more (<see cref="Gazetteer.StartsLongerEntry"/>).</summary>
    public bool StartsLongerEntry { get; private init; }

    public uint KeyHash { get; }

    public uint CoreHash { get; }

    public uint StemHash { get; }

    public uint Proclitic { get; }

    /// <summary>Hashes of the core's first 1–3 and last 1–3 letters, in pairs (prefix k, suffix k).</summary>
    public uint[] Affixes { get; }

    public uint Length { get; }

    public char Shape { get; }

    public char Frequency { get; }

    public GazetteerKind Known { get; }

    /// <summary>The hashed features of the token alone (<see cref="TaggerFeatures.Intrinsic"/>).</summary>
    public uint[] IntrinsicFeatures => _intrinsic ??= TaggerFeatures.Intrinsic(this);

    private uint[]? _intrinsic;

    /// <summary>What each model scores this token, newest model first (<see cref="TaggerModel"/> reads and adds them).</summary>
    /// <remarks>Written without a lock: when two threads add at once, one's is lost and computed again later.</remarks>
    public TokenScores? Scores
    {
        get => Volatile.Read(ref _scores);
        set => Volatile.Write(ref _scores, value);
    }

    private TokenScores? _scores;

    /// <summary>How often pairs of people's names wrote the word (<see cref="NameWords.Band"/>); '^' outside the sentence.</summary>
    public char NameBand { get; }

    /// <summary>Cluster hashes, coarsest first; "-" for unclustered words.</summary>
    public uint[] Clusters { get; }

    /// <summary>The traits of <paramref name="token"/>, from <paramref name="cache"/> when seen before.</summary>
    /// <remarks><c>ConcurrentDictionary.Count</c> takes every lock, so the cache's size is counted on the side.</remarks>
    public static TokenTraits Of(string token, Gazetteer gazetteer, WordClusters clusters, NameWords names, TermWeights weights, TraitCache cache)
    {
        if (cache.Entries.TryGetValue(token, out var cached))
        {
            return cached;
        }

        var traits = Compute(token, gazetteer, clusters, names, weights);
        if (Volatile.Read(ref cache.Count) < MaxCached && cache.Entries.TryAdd(token, traits))
        {
            Interlocked.Increment(ref cache.Count);
        }

        return traits;
    }

    private static TokenTraits Compute(string token, Gazetteer gazetteer, WordClusters clusters, NameWords names, TermWeights weights)
    {
        var key = MatchKey.Of(token);
        var proclitics = Proclitics.Length(key);
        var core = key.AsSpan(proclitics);
        var stem = LightStemmer.StemOf(key);
        var shape = ShapeOf(token);
        var stemTerm = TermHash.Of(stem);
        var frequency = shape is 'a'
            ? weights.IsKnown(stemTerm) ? (char)('0' + Math.Clamp((int)weights.Of(stemTerm), 0, 9)) : 'r'
            : '-';
        var affixes = new uint[6];
        for (var k = 1; k <= 3; k++)
        {
            affixes[(2 * k) - 2] = k <= core.Length ? Fnv(core[..k]) : 0;
            affixes[(2 * k) - 1] = k <= core.Length ? Fnv(core[^k..]) : 0;
        }

        var found = clusters.Of(core);
        var clusterHashes = new uint[ClusterLevels];
        for (var level = 0; level < clusterHashes.Length; level++)
        {
            clusterHashes[level] = Fnv(level < found.Count ? found[level] : "-");
        }

        var length = core.Length switch
        {
            <= 2 => 's',
            <= 4 => 'm',
            <= 7 => 'l',
            _ => 'x',
        };
        var startsLongerEntry = false;
        var readings = Proclitics.Readings(key).ToArray();
        foreach (var reading in readings)
        {
            startsLongerEntry |= gazetteer.StartsLongerEntry(reading);
        }

        return new TokenTraits(
            key,
            [Fnv(key), Fnv(core), Fnv(stem), (uint)proclitics],
            affixes,
            Fnv(key.AsSpan(0, proclitics)),
            length,
            shape,
            frequency,
            gazetteer.OfWord(key),
            clusterHashes,
            shape is 'a' ? names.Band(readings) : '-') { StartsLongerEntry = startsLongerEntry };
    }

    /// <summary>
    /// The first mark of a token of shape '.': <see cref="Punctuation.IsSentenceFinal"/> but for … and ۔, which the
    /// model was trained to see as other punctuation ('p'). Reading them as '.' changes features: retrain then.
    /// </summary>
    private static bool EndsSentenceAsTrained(char c) =>
        Punctuation.IsSentenceFinal(c) && c is not (Punctuation.Ellipsis or ArabicChars.FullStop);

    /// <summary>FNV-1a over the characters: stable across runs and machines, unlike string.GetHashCode.</summary>
    public static uint Fnv(ReadOnlySpan<char> text)
    {
        var h = 2166136261;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }

    /// <summary>
    /// a: Arabic word; L: Latin word with a capital; l: Latin lower case; d: number; D: digits with letters
    /// (Tu-160); .: sentence-final punctuation; p: other punctuation; s: anything else.
    /// </summary>
    private static char ShapeOf(string token)
    {
        if (token.Length == 0)
        {
            return 's';
        }

        var tokens = Tokenizer.Tokenize(token);
        var kind = tokens.MoveNext() ? tokens.Current.Kind : TokenKind.Symbol;
        return kind switch
        {
            TokenKind.ArabicWord => 'a',
            TokenKind.LatinWord => char.IsUpper(token[0]) ? 'L' : 'l',
            TokenKind.Number or TokenKind.NumberGroup => 'd',
            TokenKind.Designator or TokenKind.Abbreviation => 'D',
            TokenKind.Punctuation => EndsSentenceAsTrained(token[0]) ? '.' : 'p',
            _ => 's',
        };
    }
}
