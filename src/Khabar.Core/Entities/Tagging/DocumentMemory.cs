using System.Runtime.InteropServices;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// The second pass's context: how the first pass labelled the same word (its core) in the sentences around
/// this one. A name is usually tagged right somewhere in a document, and the second pass carries that to
/// the places where the local context alone was not enough. Also the first pass's own labels for the token
/// and its neighbours (stacking).
/// </summary>
internal sealed class DocumentMemory
{
    /// <summary>Sentences on each side that count as the same document.</summary>
    public const int Window = 25;

    /// <summary>Most features this adds to one token.</summary>
    public const int MaxAdded = 6;

    private const int Counts = BioLabel.Count + 1;

    /// <summary>Distinct cores whose room is kept from one document to the next.</summary>
    private const int MaxKeptCores = 1 << 14;

    /// <summary>Where each core's label counts start in <see cref="_counts"/>.</summary>
    private Dictionary<uint, int> _rows = [];

    private int[] _counts = new int[Counts * 256];
    private uint[] _cores = [];
    private int[] _labels = [];
    private int[] _starts = [0];
    private int _sentences;

    /// <summary>
    /// Starts a document: sentence s's tokens are <c>starts[s]</c> up to <c>starts[s + 1]</c> in
    /// <paramref name="cores"/> (<see cref="TaggerFeatures.CoreOf"/>) and <paramref name="labels"/> (the first pass's).
    /// The arrays are read, not copied, until the next document.
    /// </summary>
    public void Start(uint[] cores, int[] labels, int[] starts, int sentences)
    {
        (_cores, _labels, _starts, _sentences) = (cores, labels, starts, sentences);
        if (_rows.Count > MaxKeptCores)
        {
            // Clearing keeps the capacity, and costs it again for every document after one very long one.
            _rows = [];
            _counts = new int[Counts * 256];
        }
        else
        {
            _rows.Clear();
        }

        for (var s = 0; s <= Window; s++)
        {
            Count(s, 1);
        }
    }

    /// <summary>
    /// The memory features of sentence <paramref name="s"/>'s tokens into <paramref name="features"/>, token t's from
    /// <c>starts[t]</c> to <c>starts[t + 1]</c>. Sentences must come in order, from 0.
    /// </summary>
    public void Features(int s, Span<uint> features, Span<int> starts)
    {
        if (s > 0)
        {
            Count(s + Window, 1);
            Count(s - Window - 1, -1);
        }

        var cores = _cores.AsSpan(_starts[s], _starts[s + 1] - _starts[s]);
        var labels = _labels.AsSpan(_starts[s], cores.Length);
        Span<int> own = stackalloc int[Counts];
        var at = 0;
        for (var t = 0; t < cores.Length; t++)
        {
            starts[t] = at;
            var label = labels[t];
            var previous = t > 0 ? labels[t - 1] : BioLabel.Count;
            var next = t + 1 < labels.Length ? labels[t + 1] : BioLabel.Count;
            features[at++] = Mix(52, (uint)label);
            features[at++] = Mix(53, (uint)previous, (uint)label);
            features[at++] = Mix(54, (uint)label, (uint)next);
            if (cores[t] == 0 || !_rows.TryGetValue(cores[t], out var row))
            {
                features[at++] = Mix(50, 99);
                continue;
            }

            // Elsewhere: the window's counts less this token's own.
            _counts.AsSpan(row, Counts).CopyTo(own);
            own[label]--;
            own[BioLabel.Count]--;
            var summary = Summary(own, out var inside);
            features[at++] = Mix(50, summary);
            features[at++] = Mix(51, summary, inside ? 1u : 0u);
            if (t > 0 && cores[t - 1] != 0 && _rows.TryGetValue(cores[t - 1], out var before))
            {
                features[at++] = Mix(55, Summary(_counts.AsSpan(before, Counts), out _));
            }
        }

        starts[cores.Length] = at;
    }

    /// <summary>Each sentence's first-pass features with the memory features appended per token.</summary>
    public static SentenceFeatures[] Extend(IReadOnlyList<SentenceFeatures> first, IReadOnlyList<uint[]> cores, IReadOnlyList<int[]> labels)
    {
        var starts = new int[first.Count + 1];
        for (var s = 0; s < first.Count; s++)
        {
            starts[s + 1] = starts[s] + cores[s].Length;
        }

        var allCores = new uint[starts[^1]];
        var allLabels = new int[starts[^1]];
        for (var s = 0; s < first.Count; s++)
        {
            cores[s].CopyTo(allCores, starts[s]);
            labels[s].CopyTo(allLabels, starts[s]);
        }

        var memory = new DocumentMemory();
        memory.Start(allCores, allLabels, starts, first.Count);
        var extended = new SentenceFeatures[first.Count];
        for (var s = 0; s < first.Count; s++)
        {
            var n = first[s].Length;
            var added = new uint[n * MaxAdded];
            var addedStarts = new int[n + 1];
            memory.Features(s, added, addedStarts);
            var features = new uint[first[s].All.Length + addedStarts[n]];
            var featureStarts = new int[n + 1];
            var at = 0;
            for (var t = 0; t < n; t++)
            {
                featureStarts[t] = at;
                var local = first[s].Of(t);
                local.CopyTo(features.AsSpan(at));
                at += local.Length;
                var mine = added.AsSpan(addedStarts[t], addedStarts[t + 1] - addedStarts[t]);
                mine.CopyTo(features.AsSpan(at));
                at += mine.Length;
            }

            featureStarts[n] = at;
            extended[s] = new SentenceFeatures(features, featureStarts) { Tokens = first[s].Tokens };
        }

        return extended;
    }

    private void Count(int s, int sign)
    {
        if (s < 0 || s >= _sentences)
        {
            return;
        }

        for (var t = _starts[s]; t < _starts[s + 1]; t++)
        {
            var core = _cores[t];
            if (core == 0)
            {
                continue;
            }

            ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, core, out var exists);
            if (!exists)
            {
                row = (_rows.Count - 1) * Counts;
                if (row + Counts > _counts.Length)
                {
                    Array.Resize(ref _counts, _counts.Length * 2);
                }

                _counts.AsSpan(row, Counts).Clear();
            }

            _counts[row + _labels[t]] += sign;
            _counts[row + BioLabel.Count] += sign;
        }
    }

    /// <summary>The type most often given elsewhere, and how often: 0 never seen, 1–4 × 3 strength buckets.</summary>
    private static uint Summary(ReadOnlySpan<int> counts, out bool inside)
    {
        inside = false;
        var total = counts[BioLabel.Count];
        if (total <= 0)
        {
            return 0;
        }

        var bestType = 0;
        var best = 0;
        foreach (var type in EntityTypes.All)
        {
            var b = counts[BioLabel.Begin(type)];
            var i = counts[BioLabel.Inside(type)];
            if (b + i > best)
            {
                (best, bestType, inside) = (b + i, (int)type, i > b);
            }
        }

        if (best == 0)
        {
            return total >= 3 ? 100u : 101u;
        }

        var share = (double)best / total;
        var strength = share >= 0.75 ? 3u : share >= 0.4 ? 2u : 1u;
        return ((uint)bestType * 10) + strength;
    }

    private static uint Mix(uint template, uint a, uint b = 0)
    {
        var h = (template * 0x9E3779B1u) ^ 0x5BD1E995u;
        h = ((h ^ (a * 0xCC9E2D51u)) * 0x1B873593u) + 0xE6546B64u;
        return ((h ^ (b * 0x85EBCA6Bu)) * 0xC2B2AE35u) ^ (h >> 16);
    }
}
