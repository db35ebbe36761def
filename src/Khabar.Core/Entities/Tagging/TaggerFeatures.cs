using System.Text;
using Khabar.Core.Analyze;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// The features the entity tagger scores, hashed to 32 bits: the token and its neighbours (match key, core
/// without proclitics, light stem, affixes, shape, corpus frequency, distributional clusters), how often pairs of
/// people's names wrote the token (<see cref="NameWords"/>), gazetteer names and trigger words around it, and
/// multi-word gazetteer entries covering it.
/// </summary>
public sealed class TaggerFeatures(Gazetteer gazetteer, WordClusters clusters, NameWords names, TermWeights weights)
{
    private const int ClusterLevels = TokenTraits.ClusterLevels;

    private readonly TokenTraits.TraitCache _cache = new();

    /// <summary>
    /// Drops the traits kept per distinct token (up to 400,000 of them): call between stages, never while
    /// tagging. Features stay the same; the next texts only compute their tokens' traits again.
    /// </summary>
    public void ForgetTokens()
    {
        _cache.Entries.Clear();
        _cache.Count = 0;
    }

    public static TaggerFeatures Default { get; } = new(Gazetteer.Default, WordClusters.Default, NameWords.Default, TermWeights.Default);

    /// <summary>Identifies the lists and clusters the features read; a model is only valid with the ones it was trained with.</summary>
    public ulong Fingerprint => (((gazetteer.Fingerprint * 1099511628211UL) ^ clusters.Fingerprint) * 1099511628211UL) ^ names.Fingerprint;

    public SentenceFeatures Extract(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        var traits = new TokenTraits[n];
        for (var i = 0; i < n; i++)
        {
            traits[i] = Traits(tokens[i]);
        }

        var context = new uint[n * ContextPerToken];
        Context(traits, new uint[n], context);
        var features = new uint[n * PerToken];
        var starts = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var at = i * PerToken;
            starts[i] = at;
            traits[i].IntrinsicFeatures.CopyTo(features.AsSpan(at, IntrinsicPerToken));
            context.AsSpan(i * ContextPerToken, ContextPerToken).CopyTo(features.AsSpan(at + IntrinsicPerToken, ContextPerToken));
        }

        starts[n] = n * PerToken;
        return new SentenceFeatures(features, starts) { Tokens = traits };
    }

    /// <summary>The traits of one token, computed once per distinct token.</summary>
    internal TokenTraits Traits(string token) => TokenTraits.Of(token, gazetteer, clusters, names, weights, _cache);

    /// <summary>
    /// The context features of each token of a sentence into <paramref name="context"/> (n × <see cref="ContextPerToken"/>),
    /// the ones a model scores after the token's intrinsic ones; <paramref name="spans"/> (n) is scratch.
    /// </summary>
    internal void Context(ReadOnlySpan<TokenTraits> traits, Span<uint> spans, Span<uint> context)
    {
        EntrySpans(traits, spans);
        for (var i = 0; i < traits.Length; i++)
        {
            AddContext(context.Slice(i * ContextPerToken, ContextPerToken), traits, spans, i);
        }
    }

    /// <summary>What <see cref="DocumentMemory"/> counts of a token: the hash of its core when it is a word of two letters or more, else 0.</summary>
    internal static uint CoreOf(TokenTraits traits) =>
        traits.Shape is 'a' or 'L' or 'l' && traits.Core.Length >= 2 ? traits.CoreHash : 0;

    /// <summary>For each token, <see cref="CoreOf"/>.</summary>
    internal uint[] Cores(IReadOnlyList<string> tokens)
    {
        var cores = new uint[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            cores[i] = CoreOf(Traits(tokens[i]));
        }

        return cores;
    }

    /// <summary>
    /// For each token, the hash of its core when it could be a name carried over from elsewhere in the document
    /// (<see cref="NameConsistency"/>): a word of three letters or more, no stop word, and rare in news (corpus
    /// weight at least <see cref="NameConsistency.MinWeight"/>, or unknown); else 0.
    /// </summary>
    internal uint[] NameCores(IReadOnlyList<string> tokens)
    {
        var cores = new uint[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            cores[i] = NameCoreOf(Traits(tokens[i]));
        }

        return cores;
    }

    /// <summary>One token's <see cref="NameCores"/> value.</summary>
    internal static uint NameCoreOf(TokenTraits traits)
    {
        var rare = traits.Frequency is 'r' or '-' || traits.Frequency - '0' >= NameConsistency.MinWeight;
        return traits.Shape is 'a' or 'L' or 'l' && traits.Core.Length >= 3 && rare && !StopWords.Default.Contains(traits.Core)
            ? traits.CoreHash
            : 0;
    }

    /// <summary>Features of a token alone, which come first in its list (<see cref="SentenceFeatures.Intrinsic"/>).</summary>
    internal const int IntrinsicPerToken = 17 + ClusterLevels;

    /// <summary>Features of a token in its place, after the intrinsic ones.</summary>
    internal const int ContextPerToken = 23 + (2 * ClusterLevels);

    private const int PerToken = IntrinsicPerToken + ContextPerToken;

    /// <summary>A feature slot left empty: the trainer never keeps it, so it scores nothing.</summary>
    internal const uint NoFeature = 0;

    /// <summary>Features of the token alone, the same wherever it stands: computed once per distinct token.</summary>
    internal static uint[] Intrinsic(TokenTraits w)
    {
        var f = new uint[IntrinsicPerToken];
        var k = 0;
        f[k++] = Mix(1, 0);
        f[k++] = Mix(2, w.KeyHash);
        f[k++] = Mix(7, w.CoreHash);
        f[k++] = Mix(10, w.StemHash);
        f[k++] = Mix(11, w.Proclitic);
        for (var a = 0; a < 6; a++)
        {
            f[k++] = Mix(15u + (uint)a, a < w.Affixes.Length ? w.Affixes[a] : 0);
        }

        f[k++] = Mix(21, w.Length);
        f[k++] = Mix(22, w.Shape);
        f[k++] = Mix(24, w.Frequency);
        f[k++] = Mix(26, (uint)w.Known);
        for (var level = 0; level < ClusterLevels; level++)
        {
            f[k++] = Mix(60u + (3u * (uint)level), w.Clusters[level]);
        }

        // A word no name holds, or no Arabic word, gets no name feature: 0, which no model keeps (a constant would be a
        // second bias, pulling unseen words towards the commonest label).
        var named = w.NameBand is not ('0' or '-');
        f[k++] = named ? Mix(80, w.NameBand) : NoFeature;
        f[k] = named ? Mix(81, w.NameBand, w.Frequency) : NoFeature;
        return f;
    }

    /// <summary>Features a token gives the tokens around it, the same wherever it stands (<see cref="Given"/>).</summary>
    internal const int GivenPerToken = 21;

    /// <summary>
    /// The context features that read one neighbour alone, from that neighbour's side: as the token before
    /// (9 features), after (9), two before (2) and two after (1). The same hashes as <see cref="AddContext"/>'s;
    /// <see cref="GivenAt"/> says where each stands there.
    /// </summary>
    internal static void Given(TokenTraits t, Span<uint> f)
    {
        var k = 0;
        f[k++] = Mix(3, t.KeyHash);
        f[k++] = Mix(8, t.CoreHash);
        f[k++] = Mix(27, (uint)t.Known);
        for (var level = 0; level < ClusterLevels; level++)
        {
            f[k++] = Mix(61u + (3u * (uint)level), t.Clusters[level]);
        }

        f[k++] = Mix(46, t.StemHash);
        f[k++] = Mix(4, t.KeyHash);
        f[k++] = Mix(9, t.CoreHash);
        f[k++] = Mix(28, (uint)t.Known);
        for (var level = 0; level < ClusterLevels; level++)
        {
            f[k++] = Mix(62u + (3u * (uint)level), t.Clusters[level]);
        }

        f[k++] = Mix(47, t.StemHash);
        f[k++] = Mix(5, t.KeyHash);
        f[k++] = Mix(29, (uint)t.Known);
        f[k] = Mix(6, t.KeyHash);
    }

    /// <summary>The neighbour whose <see cref="Given"/> feature g is: before (g below 9), after (below 18), two before (below 20), two after.</summary>
    internal static int GiverOffset(int g) => g < 9 ? -1 : g < 18 ? 1 : g < 20 ? -2 : 2;

    /// <summary>For each of <see cref="AddContext"/>'s features, the neighbour's <see cref="Given"/> feature it is, or -1 when it combines tokens.</summary>
    internal static ReadOnlySpan<sbyte> GivenAt =>
        [0, 9, 18, 20, 1, 10, -1, -1, -1, -1, -1, 2, 11, 19, -1, -1, -1, -1, 3, 12, 4, 13, 5, 14, 6, 15, 7, 16, -1, -1, -1, 8, 17];

    /// <summary>Features of the token in its place: neighbours, gazetteer entries around it, combinations.</summary>
    private static void AddContext(Span<uint> f, ReadOnlySpan<TokenTraits> t, ReadOnlySpan<uint> spans, int i)
    {
        var w = t[i];
        var p = At(t, i - 1);
        var p2 = At(t, i - 2);
        var x = At(t, i + 1);
        var x2 = At(t, i + 2);
        var k = 0;
        f[k++] = Mix(3, p.KeyHash);
        f[k++] = Mix(4, x.KeyHash);
        f[k++] = Mix(5, p2.KeyHash);
        f[k++] = Mix(6, x2.KeyHash);
        f[k++] = Mix(8, p.CoreHash);
        f[k++] = Mix(9, x.CoreHash);
        f[k++] = Mix(12, p.KeyHash, w.KeyHash);
        f[k++] = Mix(13, w.KeyHash, x.KeyHash);
        f[k++] = Mix(14, p.CoreHash, w.CoreHash);
        f[k++] = Mix(23, p.Shape, w.Shape, x.Shape);
        f[k++] = Mix(25, p.Frequency, w.Frequency, x.Frequency);
        f[k++] = Mix(27, (uint)p.Known);
        f[k++] = Mix(28, (uint)x.Known);
        f[k++] = Mix(29, (uint)p2.Known);
        f[k++] = Mix(30, (uint)p.Known, w.Frequency);
        f[k++] = Mix(31, spans[i]);
        f[k++] = Mix(32, i > 0 ? spans[i - 1] : 1);
        f[k++] = Mix(33, i + 1 < spans.Length ? spans[i + 1] : 2);
        for (var level = 0; level < ClusterLevels; level++)
        {
            f[k++] = Mix(61u + (3u * (uint)level), p.Clusters[level]);
            f[k++] = Mix(62u + (3u * (uint)level), x.Clusters[level]);
        }

        f[k++] = Mix(43, p.Clusters[0], w.Clusters[0]);
        f[k++] = Mix(44, w.Clusters[0], x.Clusters[0]);
        f[k++] = Mix(45, (uint)p.Known, w.CoreHash);
        f[k++] = Mix(46, p.StemHash);
        f[k] = Mix(47, x.StemHash);
    }

    /// <summary>Longest gazetteer entries of two words or more, left to right: per token covered, a hash of B or I and the entry's kind; 0 elsewhere.</summary>
    private void EntrySpans(ReadOnlySpan<TokenTraits> traits, Span<uint> spans)
    {
        spans.Clear();
        StringBuilder? phrase = null;
        for (var i = 0; i + 1 < traits.Length; i++)
        {
            if (!traits[i].StartsLongerEntry)
            {
                continue;
            }

            foreach (var first in traits[i].Readings)
            {
                if (!gazetteer.StartsLongerEntry(first))
                {
                    continue;
                }

                var words = LongestEntry(traits, i, first, phrase ??= new StringBuilder(), out var kind);
                if (words == 0)
                {
                    continue;
                }

                spans[i] = Mix(100, (uint)kind);
                for (var k = 1; k < words; k++)
                {
                    spans[i + k] = Mix(101, (uint)kind);
                }

                i += words - 1;
                break;
            }
        }
    }

    /// <summary>Words in the longest entry of two words or more starting at token <paramref name="i"/> read as <paramref name="first"/>; 0 when none.</summary>
    private int LongestEntry(ReadOnlySpan<TokenTraits> traits, int i, string first, StringBuilder phrase, out GazetteerKind kind)
    {
        kind = GazetteerKind.None;
        phrase.Clear().Append(first).Append(' ').Append(traits[i + 1].Key);
        if (!gazetteer.StartsEntry(phrase.ToString()))
        {
            return 0;
        }

        for (var words = Math.Min(gazetteer.MaxWords, traits.Length - i); words >= 2; words--)
        {
            phrase.Clear().Append(first);
            for (var k = 1; k < words; k++)
            {
                phrase.Append(' ').Append(traits[i + k].Key);
            }

            kind = gazetteer.Of(phrase.ToString());
            if (kind != GazetteerKind.None)
            {
                return words;
            }
        }

        return 0;
    }

    internal static TokenTraits At(ReadOnlySpan<TokenTraits> traits, int i) =>
        i >= 0 && i < traits.Length ? traits[i] : TokenTraits.Edge;

    private static uint Mix(uint template, uint a, uint b = 0, uint c = 0)
    {
        var h = (template * 0x9E3779B1u) ^ 0x7F4A7C15u;
        h = Round(h, a);
        h = Round(h, b);
        return Round(h, c);
    }

    private static uint Round(uint h, uint value)
    {
        h ^= value * 0xCC9E2D51u;
        h = (h << 13) | (h >> 19);
        return (h * 5) + 0xE6546B64u;
    }
}
