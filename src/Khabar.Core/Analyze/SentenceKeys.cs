namespace Khabar.Core.Analyze;

/// <summary>
/// The keys of each sentence of a text as a sorted set with weights (for fast weighted set similarity), and
/// for each key the sentences that hold it (to find the sentences worth comparing), as one sorted array of
/// (key, sentence) pairs rather than a table of arrays: a stored article's keys are read for every pair it is in.
/// </summary>
public sealed class SentenceKeys
{
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int[] _starts;

    /// <summary>Every (key, sentence) pair, by key then sentence: the sentences holding a key are one run of it.</summary>
    private readonly (ulong Key, int Sentence)[] _postings;

    private SentenceKeys(ulong[] keys, float[] weights, int[] starts, float[] totals, (ulong, int)[] postings)
    {
        _keys = keys;
        _weights = weights;
        _starts = starts;
        Totals = totals;
        _postings = postings;
    }

    public int Count => _starts.Length - 1;

    /// <summary>The summed weight of each sentence's keys.</summary>
    public IReadOnlyList<float> Totals { get; }

    /// <summary>The sentences that contain <paramref name="key"/>, in order (as (key, sentence) pairs of that key).</summary>
    public ReadOnlySpan<(ulong Key, int Sentence)> SentencesOf(ulong key)
    {
        var postings = _postings.AsSpan();
        // Sentences are never negative, so the search never hits and gives the first pair of the key.
        var low = ~postings.BinarySearch((key, -1));
        var end = low;
        while (end < postings.Length && postings[end].Key == key)
        {
            end++;
        }

        return postings[low..end];
    }

    public ReadOnlySpan<ulong> KeysOf(int sentence) => _keys.AsSpan(_starts[sentence], _starts[sentence + 1] - _starts[sentence]);

    public ReadOnlySpan<float> WeightsOf(int sentence) => _weights.AsSpan(_starts[sentence], _starts[sentence + 1] - _starts[sentence]);

    /// <summary>Weighted Dice similarity of sentence <paramref name="a"/> here and <paramref name="b"/> of <paramref name="other"/>.</summary>
    public double Similarity(int a, SentenceKeys other, int b)
    {
        var total = Totals[a] + other.Totals[b];
        if (total == 0)
        {
            return 0;
        }

        return Shared(KeysOf(a), WeightsOf(a), other.KeysOf(b), other.WeightsOf(b)) / total;
    }

    /// <summary>
    /// Unweighted Dice overlap of the key sets of sentence <paramref name="a"/> here and <paramref name="b"/> of
    /// <paramref name="other"/>: the share of words two sentences have in common, however rare each is.
    /// </summary>
    public double Overlap(int a, SentenceKeys other, int b)
    {
        var keysA = KeysOf(a);
        var keysB = other.KeysOf(b);
        return keysA.Length + keysB.Length == 0 ? 0 : 2.0 * SortedKeys.Common(keysA, keysB) / (keysA.Length + keysB.Length);
    }

    /// <summary>The summed weights, on both sides, of the keys two sorted key sets share.</summary>
    public static double Shared(ReadOnlySpan<ulong> keysA, ReadOnlySpan<float> weightsA, ReadOnlySpan<ulong> keysB, ReadOnlySpan<float> weightsB)
    {
        double shared = 0;
        int i = 0, j = 0;
        while (i < keysA.Length && j < keysB.Length)
        {
            if (keysA[i] == keysB[j])
            {
                shared += weightsA[i++] + weightsB[j++];
            }
            else if (keysA[i] < keysB[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }


    internal static SentenceKeys Of(ContentTerms terms)
    {
        var keys = new ulong[terms.Count];
        var weights = new float[terms.Count];
        var starts = new int[terms.Sentences.Count + 1];
        var totals = new float[terms.Sentences.Count];
        var count = 0;
        for (var s = 0; s < terms.Sentences.Count; s++)
        {
            starts[s] = count;
            var sentence = terms.TermsOf(s);
            var own = keys.AsSpan(count, sentence.Length);
            for (var t = 0; t < sentence.Length; t++)
            {
                own[t] = sentence[t].Key;
            }

            own.Sort();
            var distinct = 0;
            for (var t = 0; t < own.Length; t++)
            {
                if (t == 0 || own[t] != own[t - 1])
                {
                    own[distinct] = own[t];
                    weights[count + distinct] = terms.Weights.Of(own[t]);
                    totals[s] += weights[count + distinct];
                    distinct++;
                }
            }

            count += distinct;
        }

        starts[^1] = count;
        var postings = new (ulong, int)[count];
        for (var sentence = 0; sentence < terms.Sentences.Count; sentence++)
        {
            for (var k = starts[sentence]; k < starts[sentence + 1]; k++)
            {
                postings[k] = (keys[k], sentence);
            }
        }

        Array.Sort(postings);
        return new SentenceKeys(keys[..count], weights[..count], starts, totals, postings);
    }
}
