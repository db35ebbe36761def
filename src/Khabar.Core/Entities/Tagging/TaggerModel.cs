using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// The weights of the entity tagger: for each known feature a score per <see cref="BioLabel"/>, and a score for
/// each label following each other label (or the sentence start). Trained by <see cref="TaggerTrainer"/>;
/// shipped as the two passes of <see cref="StackedTaggerModel"/>.
/// </summary>
public sealed class TaggerModel
{
    private const int L = BioLabel.Count;
    private readonly Dictionary<uint, int> _rows;
    private readonly FeatureTable _table;

    /// <summary>Marks the <see cref="TokenScores"/> this model keeps on each token's traits; a new one forgets them all.</summary>
    private object _key = new();

    private TokenScores? _edge;

    /// <summary>
    /// Stops reading the scores kept per distinct token: call between stages, never while tagging. Their memory goes
    /// with the tokens' traits (<see cref="TaggerFeatures.ForgetTokens"/>), which <see cref="EntityTagger.ForgetTokens"/> also drops.
    /// </summary>
    public void ForgetTokens()
    {
        _key = new object();
        _edge = null;
    }

    internal TaggerModel(Dictionary<uint, int> rows, float[] weights, float[] transitions, ulong featureFingerprint)
    {
        _rows = rows;
        _table = new FeatureTable(rows, weights);
        Weights = weights;
        Transitions = transitions;
        FeatureFingerprint = featureFingerprint;
    }

    /// <summary>The mean of models trained on the same features (every weight and transition averaged; a feature one lacks counts 0 there).</summary>
    internal static TaggerModel Mean(IReadOnlyList<TaggerModel> models)
    {
        var rows = new Dictionary<uint, int>();
        foreach (var model in models)
        {
            foreach (var feature in model._rows.Keys.Order())
            {
                rows.TryAdd(feature, rows.Count);
            }
        }

        var weights = new float[rows.Count * L];
        var transitions = new float[models[0].Transitions.Length];
        foreach (var model in models)
        {
            foreach (var (feature, row) in model._rows)
            {
                var to = rows[feature] * L;
                for (var l = 0; l < L; l++)
                {
                    weights[to + l] += model.Weights[(row * L) + l] / models.Count;
                }
            }

            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] += model.Transitions[i] / models.Count;
            }
        }

        return new TaggerModel(rows, weights, transitions, models[0].FeatureFingerprint);
    }

    /// <summary>The <see cref="TaggerFeatures.Fingerprint"/> of the lists and clusters the model was trained with.</summary>
    public ulong FeatureFingerprint { get; }

    public int Features => _rows.Count;

    /// <summary>Row-major: feature row r's score for label l is at <c>r * 9 + l</c>.</summary>
    internal float[] Weights { get; }

    /// <summary>Score of label l after label k at <c>(k + 1) * 9 + l</c>; row 0 is the sentence start.</summary>
    internal float[] Transitions { get; }

    /// <summary>Each token's score for each label, row-major, into <paramref name="scores"/> (n × 9).</summary>
    public void Emissions(SentenceFeatures features, Span<float> scores)
    {
        var n = features.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, n * L);
        scores[(n * L)..].Clear();
        for (var i = 0; i < n; i++)
        {
            var all = features.Of(i);
            var sum = Vector256<float>.Zero;
            var last = 0f;
            if (features.Tokens is { } tokens)
            {
                ref readonly var intrinsic = ref ScoresOf(tokens[i]).Intrinsic;
                sum = Vector256.LoadUnsafe(in intrinsic);
                last = Unsafe.Add(ref Unsafe.AsRef(in intrinsic), 8);
                all = all[TaggerFeatures.IntrinsicPerToken..];
            }

            foreach (var feature in all)
            {
                Add(_table.SlotOf(feature), ref sum, ref last);
            }

            sum.StoreUnsafe(ref scores[i * L]);
            scores[(i * L) + 8] = last;
        }
    }

    /// <summary>
    /// Adds the weights in <paramref name="slot"/>, if not -1: labels 0-7 to <paramref name="sum"/>, label 8 to
    /// <paramref name="last"/>. Lane by lane, the same additions as one label at a time.
    /// </summary>
    private void Add(int slot, ref Vector256<float> sum, ref float last)
    {
        if (slot >= 0)
        {
            ref readonly var weights = ref _table.At(slot);
            sum += Vector256.LoadUnsafe(in weights);
            last += Unsafe.Add(ref Unsafe.AsRef(in weights), 8);
        }
    }

    /// <summary>
    /// Each token's score for each label into <paramref name="emissions"/> (n × 9): its intrinsic features', then its
    /// <paramref name="context"/> features' (<see cref="TaggerFeatures.Context"/>, n × 33), then those of
    /// <paramref name="more"/> from <c>moreStarts[i]</c> to <c>moreStarts[i + 1]</c> (none when empty), added in the
    /// order <see cref="Emissions(SentenceFeatures, Span{float})"/> adds them, so the sums are the same to the bit.
    /// Context features that read one neighbour alone come from that neighbour's <see cref="TokenScores"/>, without
    /// a lookup; <paramref name="scores"/> (n) is scratch.
    /// </summary>
    internal void Emissions(
        ReadOnlySpan<TokenTraits> sentence,
        ReadOnlySpan<uint> context,
        ReadOnlySpan<uint> more,
        ReadOnlySpan<int> moreStarts,
        Span<TokenScores> scores,
        Span<float> emissions)
    {
        const int C = TaggerFeatures.ContextPerToken;
        var n = sentence.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(emissions.Length, n * L);
        for (var i = 0; i < n; i++)
        {
            scores[i] = ScoresOf(sentence[i]);
        }

        var edge = ScoresOf(TokenTraits.Edge);
        var givenAt = TaggerFeatures.GivenAt;
        for (var i = 0; i < n; i++)
        {
            var before = i >= 1 ? scores[i - 1] : edge;
            var after = i + 1 < n ? scores[i + 1] : edge;
            var before2 = i >= 2 ? scores[i - 2] : edge;
            var after2 = i + 2 < n ? scores[i + 2] : edge;

            // Labels 0-7 in one vector, label 8 beside it: each is added in the same order as one by one.
            ref readonly var intrinsic = ref scores[i].Intrinsic;
            var sum = Vector256.LoadUnsafe(in intrinsic);
            var last = Unsafe.Add(ref Unsafe.AsRef(in intrinsic), 8);
            var features = context.Slice(i * C, C);
            for (var k = 0; k < C; k++)
            {
                int g = givenAt[k];
                var slot = g < 0
                    ? _table.SlotOf(features[k])
                    : (g < 9 ? before : g < 18 ? after : g < 20 ? before2 : after2).GivenSlot(g);
                Add(slot, ref sum, ref last);
            }

            if (!moreStarts.IsEmpty)
            {
                foreach (var feature in more[moreStarts[i]..moreStarts[i + 1]])
                {
                    Add(_table.SlotOf(feature), ref sum, ref last);
                }
            }

            sum.StoreUnsafe(ref emissions[i * L]);
            emissions[(i * L) + 8] = last;
        }
    }

    /// <summary>This model's scores of one token type, computed on first sight and kept on its traits.</summary>
    private TokenScores ScoresOf(TokenTraits token)
    {
        var key = _key;
        if (ReferenceEquals(token, TokenTraits.Edge))
        {
            return _edge is { } edge && ReferenceEquals(edge.Owner, key) ? edge : _edge = Compute(token, key, null);
        }

        var first = token.Scores;
        for (var scores = first; scores is not null; scores = scores.Next)
        {
            if (ReferenceEquals(scores.Owner, key))
            {
                return scores;
            }
        }

        var computed = Compute(token, key, first);
        token.Scores = computed;
        return computed;
    }

    /// <summary>The intrinsic sums, added in the features' order from 0 as <see cref="Emissions(SentenceFeatures, Span{float})"/> always has, and the known given features' weights.</summary>
    private TokenScores Compute(TokenTraits token, object key, TokenScores? next)
    {
        Span<uint> features = stackalloc uint[TaggerFeatures.GivenPerToken];
        Span<int> found = stackalloc int[TaggerFeatures.GivenPerToken];
        TaggerFeatures.Given(token, features);
        var known = 0u;
        var count = 0;
        for (var g = 0; g < features.Length; g++)
        {
            var slot = _table.SlotOf(features[g]);
            if (slot >= 0)
            {
                known |= 1u << g;
                found[count++] = slot;
            }
        }

        Span<float> intrinsic = stackalloc float[L];
        intrinsic.Clear();
        foreach (var feature in token.IntrinsicFeatures)
        {
            _table.AddTo(feature, intrinsic);
        }

        return new TokenScores(key, intrinsic, known, found[..count].ToArray(), next);
    }

    /// <summary>The best label sequence for one sentence's features.</summary>
    public int[] Decode(SentenceFeatures features)
    {
        var labels = new int[features.Length];
        var emissions = System.Buffers.ArrayPool<float>.Shared.Rent(features.Length * L);
        var scores = emissions.AsSpan(0, features.Length * L);
        Emissions(features, scores);
        ViterbiDecoder.Decode(scores, Transitions, labels);
        System.Buffers.ArrayPool<float>.Shared.Return(emissions);
        return labels;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(FeatureFingerprint);
        writer.Write(L);
        foreach (var t in Transitions)
        {
            writer.Write(t);
        }

        writer.Write(_rows.Count);
        foreach (var (feature, row) in _rows.OrderBy(p => p.Key))
        {
            writer.Write(feature);
            for (var l = 0; l < L; l++)
            {
                writer.Write((Half)Weights[(row * L) + l]);
            }
        }
    }

    internal static TaggerModel Read(BinaryReader reader)
    {
        var fingerprint = reader.ReadUInt64();
        if (reader.ReadInt32() != L)
        {
            throw new InvalidDataException($"the model's label count is not {L}");
        }

        var transitions = new float[(L + 1) * L];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var count = reader.ReadInt32();
        var rows = new Dictionary<uint, int>(count);
        var weights = new float[count * L];
        for (var r = 0; r < count; r++)
        {
            rows.Add(reader.ReadUInt32(), r);
            for (var l = 0; l < L; l++)
            {
                weights[(r * L) + l] = (float)reader.ReadHalf();
            }
        }

        return new TaggerModel(rows, weights, transitions, fingerprint);
    }
}
