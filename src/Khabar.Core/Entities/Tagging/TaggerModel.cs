using System.Collections.Concurrent;

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
    private readonly ConcurrentDictionary<TokenTraits, float[]> _intrinsicScores = new(ReferenceEqualityComparer.Instance);
    private int _intrinsicCount;

    /// <summary>Distinct tokens whose intrinsic scores are kept; past this many, scores are summed every time.</summary>
    private const int MaxIntrinsicCached = 300_000;

    /// <summary>Drops the scores kept per distinct token: call between stages, never while tagging.</summary>
    public void ForgetTokens()
    {
        _intrinsicScores.Clear();
        _intrinsicCount = 0;
    }

    internal TaggerModel(Dictionary<uint, int> rows, float[] weights, float[] transitions, ulong featureFingerprint)
    {
        _rows = rows;
        _table = new FeatureTable(rows, weights);
        Weights = weights;
        Transitions = transitions;
        FeatureFingerprint = featureFingerprint;
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
        scores.Clear();
        for (var i = 0; i < features.Length; i++)
        {
            var row = scores.Slice(i * L, L);
            var all = features.Of(i);
            var context = all;
            if (features.Tokens is { } tokens)
            {
                IntrinsicScores(tokens[i]).CopyTo(row);
                context = all[TaggerFeatures.IntrinsicPerToken..];
            }

            foreach (var feature in context)
            {
                _table.AddTo(feature, row);
            }
        }
    }

    /// <summary>
    /// One token's score for each label into <paramref name="row"/> (9): its intrinsic features' (kept per distinct
    /// token), then <paramref name="context"/>'s, then <paramref name="more"/>'s, in the order <see cref="Emissions"/> adds them.
    /// </summary>
    internal void Score(TokenTraits token, ReadOnlySpan<uint> context, ReadOnlySpan<uint> more, Span<float> row)
    {
        IntrinsicScores(token).CopyTo(row);
        foreach (var feature in context)
        {
            _table.AddTo(feature, row);
        }

        foreach (var feature in more)
        {
            _table.AddTo(feature, row);
        }
    }

    /// <summary>The summed scores of a token's intrinsic features, computed once per distinct token.</summary>
    private ReadOnlySpan<float> IntrinsicScores(TokenTraits token)
    {
        if (_intrinsicScores.TryGetValue(token, out var cached))
        {
            return cached;
        }

        var sums = new float[L];
        foreach (var feature in token.IntrinsicFeatures)
        {
            _table.AddTo(feature, sums);
        }

        if (Volatile.Read(ref _intrinsicCount) < MaxIntrinsicCached && _intrinsicScores.TryAdd(token, sums))
        {
            Interlocked.Increment(ref _intrinsicCount);
        }

        return sums;
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
