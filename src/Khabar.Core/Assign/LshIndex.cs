using System.Runtime.InteropServices;
using Khabar.Text;
using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the signature is cut into <see cref="Bands"/> bands of
/// <see cref="Rows"/> values; two articles are candidates when any band matches whole. With 32 bands of 4 rows,
/// pairs at Jaccard 0.5 are found with probability 0.87, at 0.3 with 0.23, at 0.1 with 0.003. Adding or
/// querying costs 32 bucket look-ups whatever the index holds.
/// </summary>
/// <remarks>
/// A bucket is a chain through one array of entries (its first and last entry in the dictionary), not a list of its
/// own: nearly every bucket holds one article, and Assign indexes every chunk's context anew (a list a bucket was
/// 7 million small lists for SaudiNewsNet).
/// </remarks>
public sealed class LshIndex<TKey>
    where TKey : notnull
{
    public const int Bands = 32;
    public const int Rows = MinHash.Size / Bands;

    /// <summary>Each bucket's first and last entry.</summary>
    private readonly Dictionary<ulong, (int First, int Last)> _buckets = [];

    private TKey[] _keys = new TKey[64];

    /// <summary>The entry after each in its bucket, or -1.</summary>
    private int[] _next = new int[64];

    private int _count;

    public void Add(TKey key, ReadOnlySpan<uint> signature) => AddKeyed(key, BandKeys(signature));

    /// <summary>
    /// The bucket of each band of <paramref name="signature"/>: what <see cref="AddKeyed"/> and the candidate search
    /// take, worked out once for an article that is indexed again and again.
    /// </summary>
    public static ulong[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            keys[band] = BucketOf(signature, band);
        }

        return keys;
    }

    /// <summary>Adds <paramref name="key"/> under its signature's bucket of each band (<see cref="BandKeys"/>).</summary>
    public void AddKeyed(TKey key, ReadOnlySpan<ulong> bandKeys)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _next, _count * 2);
            }

            var entry = _count++;
            _keys[entry] = key;
            _next[entry] = -1;
            ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, bandKeys[band], out var exists);
            if (exists)
            {
                _next[bucket.Last] = entry;
                bucket.Last = entry;
            }
            else
            {
                bucket = (entry, entry);
            }
        }
    }

    /// <summary>Every key that shares at least one band with <paramref name="signature"/>, each once, in the order added.</summary>
    public IReadOnlyList<TKey> Candidates(ReadOnlySpan<uint> signature)
    {
        var seen = new HashSet<TKey>();
        var found = new List<TKey>();
        for (var band = 0; band < Bands; band++)
        {
            if (_buckets.TryGetValue(BucketOf(signature, band), out var bucket))
            {
                for (var entry = bucket.First; entry >= 0; entry = _next[entry])
                {
                    if (seen.Add(_keys[entry]))
                    {
                        found.Add(_keys[entry]);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Appends to <paramref name="into"/> every key sharing a band's bucket (<paramref name="bandKeys"/>, <see cref="BandKeys"/>), once per band shared
    /// (the caller keeps each once): <see cref="Candidates"/> without its sets.
    /// </summary>
    public void AddCandidates(ReadOnlySpan<ulong> bandKeys, List<TKey> into)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (_buckets.TryGetValue(bandKeys[band], out var bucket))
            {
                for (var entry = bucket.First; entry >= 0; entry = _next[entry])
                {
                    into.Add(_keys[entry]);
                }
            }
        }
    }

    private static ulong BucketOf(ReadOnlySpan<uint> signature, int band)
    {
        var hash = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (var value in signature.Slice(band * Rows, Rows))
        {
            hash = TermHash.Mix(hash ^ value);
        }

        return hash;
    }
}
