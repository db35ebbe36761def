using System.Numerics;
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

    /// <summary>The seeds as vectors of <see cref="Vector{T}.Count"/> lanes each.</summary>
    private static readonly Vector<ulong>[] MultiplierVectors = AsVectors(Multipliers);
    private static readonly Vector<ulong>[] OffsetVectors = AsVectors(Offsets);

    /// <summary>The signature of a set of (well mixed) shingle hashes: for each of the <see cref="Size"/>
    /// multiply-shift hash functions, the least value over the set. The functions run as many at once as a vector
    /// holds (4 or 8); the values are those of <see cref="OfScalar"/>, bit for bit.</summary>
    public static uint[] Of(ReadOnlySpan<ulong> shingles)
    {
        if (!Vector.IsHardwareAccelerated || Size % Vector<ulong>.Count != 0)
        {
            return OfScalar(shingles);
        }

        Span<Vector<ulong>> least = stackalloc Vector<ulong>[Size / Vector<ulong>.Count];
        least.Fill(new Vector<ulong>(uint.MaxValue));
        var multipliers = MultiplierVectors.AsSpan(0, least.Length);
        var offsets = OffsetVectors.AsSpan(0, least.Length);
        foreach (var shingle in shingles)
        {
            var x = new Vector<ulong>(shingle);
            for (var i = 0; i < least.Length; i++)
            {
                least[i] = Vector.Min(least[i], Vector.ShiftRightLogical(multipliers[i] * x + offsets[i], 32));
            }
        }

        var signature = new uint[Size];
        for (var i = 0; i < least.Length; i++)
        {
            for (var lane = 0; lane < Vector<ulong>.Count; lane++)
            {
                signature[(i * Vector<ulong>.Count) + lane] = (uint)least[i][lane];
            }
        }

        return signature;
    }

    /// <summary><see cref="Of"/> one hash function at a time.</summary>
    internal static uint[] OfScalar(ReadOnlySpan<ulong> shingles)
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

    private static Vector<ulong>[] AsVectors(ulong[] seeds)
    {
        var vectors = new Vector<ulong>[seeds.Length / Vector<ulong>.Count];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = new Vector<ulong>(seeds, i * Vector<ulong>.Count);
        }

        return vectors;
    }

    /// <summary>The share of places where two signatures agree: the estimated Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length == b.Length)
        {
            // Equal places counted a vector at a time; an empty set's places (uint.MaxValue) never count.
            var empty = new Vector<uint>(uint.MaxValue);
            var counted = Vector<uint>.Zero;
            for (; i + Vector<uint>.Count <= a.Length; i += Vector<uint>.Count)
            {
                var x = new Vector<uint>(a[i..]);
                counted -= Vector.AndNot(Vector.Equals(x, new Vector<uint>(b[i..])), Vector.Equals(x, empty));
            }

            equal = (int)Vector.Sum(counted);
        }

        for (; i < a.Length; i++)
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
