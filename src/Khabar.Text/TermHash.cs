namespace Khabar.Text;

/// <summary>Hashes of terms: FNV-1a over the characters, then the SplitMix64 finalizer.</summary>
public static class TermHash
{
    public static ulong Of(ReadOnlySpan<char> term)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    /// <summary>The SplitMix64 finalizer: spreads every input bit over the whole output.</summary>
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
