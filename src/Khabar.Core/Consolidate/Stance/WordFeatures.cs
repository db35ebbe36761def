namespace Khabar.Core.Consolidate.Stance;

/// <summary>Hashed word features of a pair (<see cref="StanceWords"/>): bucket numbers and their values, in step.</summary>
public sealed record WordFeatures(int[] Buckets, float[] Values)
{
    public static WordFeatures None { get; } = new([], []);
}
