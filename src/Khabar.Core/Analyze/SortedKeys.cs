namespace Khabar.Core.Analyze;

/// <summary>Operations on sets of term hashes kept as sorted arrays.</summary>
public static class SortedKeys
{
    /// <summary>How many keys two sorted sets have in common (a merge, no allocation).</summary>
    public static int Common(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}
