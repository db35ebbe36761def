using Khabar.Text;
using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// MinHash signatures: for each of <see cref="Size"/> seeded hash functions, the least hash over a set's
/// shingles. Two signatures agree in a share of places that estimates the Jaccard similarity of the sets.
/// </summary>
public static class MinHash
{
    /// <summary>Values per signature (128): the estimate's standard error is at most about 0.044.</summary>
    public const int Size = 128;

    private static readonly ulong[] Multipliers = BuildSeeds(0x6B68616261725F31UL, odd: true);
    private static readonly ulong[] Offsets = BuildSeeds(0x6B68616261725F32UL, odd: false);

    /// <summary>The signature of a set of (well mixed) shingle hashes: for each of the <see cref="Size"/>
    /// multiply-shift hash functions, the least value over the set.</summary>
    public static uint[] Of(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        var multipliers = Multipliers.AsSpan(0, Size);
        var offsets = Offsets.AsSpan(0, Size);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var value = (uint)((multipliers[i] * shingle + offsets[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>The share of places where two signatures agree: the estimated Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            equal += a[i] == b[i] && a[i] != uint.MaxValue ? 1 : 0;
        }

        return (double)equal / a.Length;
    }

    private static ulong[] BuildSeeds(ulong state, bool odd)
    {
        // Fixed: signatures must not change between runs.
        var seeds = new ulong[Size];
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = TermHash.Mix(state) | (odd ? 1UL : 0UL);
        }

        return seeds;
    }
}
