using Khabar.Text;
using Khabar.Core.Analyze;

namespace Khabar.Core.Consolidate.Stance;

/// <summary>
/// The words of a pair of statements as hashed features for the stance model, beside its cues
/// (<see cref="StanceFeatures"/>): the words only one side has, the same again when a negation stands on one side
/// only, each word only one side has paired with each word only the other has, and the words both share. What the cues
/// cannot list, the model learns from its training pairs this way: that «يزيل» against «يضع» or «صغيرة» against
/// «كبيرة» mostly means two statements that cannot both hold, that «ينفي» or «شائعات» on one side means a denial.
/// Each of the four groups weighs 1/√n over its n features, so a long line does not outvote its cues with many
/// words. The same whichever statement comes first.
/// </summary>
public static class StanceWords
{
    /// <summary>Features hash into 2^<see cref="Bits"/> buckets (one weight per bucket and class).</summary>
    public const int Bits = 16;

    public const int Buckets = 1 << Bits;

    private const ulong OneSide = 0x9E3779B97F4A7C15UL;
    private const ulong NegatedSide = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Shared = 0x165667B19E3779F9UL;
    private const ulong Crossed = 0x27D4EB2F165667C5UL;

    /// <summary>The hashed word features of <paramref name="a"/> and <paramref name="b"/>, each bucket once.</summary>
    public static WordFeatures Of(Statement a, Statement b)
    {
        var hashesA = Hashes(a);
        var hashesB = Hashes(b);
        var onlyA = hashesA.Where(h => !hashesB.Contains(h)).ToArray();
        var onlyB = hashesB.Where(h => !hashesA.Contains(h)).ToArray();
        var buckets = new Dictionary<int, float>();
        var oneSided = onlyA.Concat(onlyB).ToArray();
        Add(buckets, oneSided, OneSide);
        if ((a.Negations > 0) != (b.Negations > 0))
        {
            Add(buckets, oneSided, NegatedSide);
        }

        var crossed = new ulong[onlyA.Length * onlyB.Length];
        var n = 0;
        foreach (var x in onlyA)
        {
            foreach (var y in onlyB)
            {
                // Either order gives the same feature.
                crossed[n++] = TermHash.Mix(Math.Min(x, y)) ^ Math.Max(x, y);
            }
        }

        Add(buckets, crossed, Crossed);
        Add(buckets, [.. hashesA.Where(hashesB.Contains)], Shared);
        // In bucket order, so that either order of the statements adds the same terms in the same order.
        int[] keys = [.. buckets.Keys];
        float[] values = [.. buckets.Values];
        Array.Sort(keys, values);
        return new WordFeatures(keys, values);
    }

    private static HashSet<ulong> Hashes(Statement statement)
    {
        var hashes = new HashSet<ulong>();
        foreach (var stem in statement.Stems)
        {
            hashes.Add(TermHash.Of(stem));
        }

        return hashes;
    }

    private static void Add(Dictionary<int, float> buckets, ReadOnlySpan<ulong> hashes, ulong kind)
    {
        if (hashes.Length == 0)
        {
            return;
        }

        var value = (float)(1 / Math.Sqrt(hashes.Length));
        foreach (var hash in hashes)
        {
            var bucket = (int)(TermHash.Mix(hash ^ kind) & (Buckets - 1));
            buckets[bucket] = buckets.GetValueOrDefault(bucket) + value;
        }
    }
}
