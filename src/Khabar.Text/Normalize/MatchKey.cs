namespace Khabar.Text.Normalize;

/// <summary>
/// INTERIM: the match-key normalizer is being written in its own change; this placeholder only lets
/// dependent code compile. Replace wholesale.
/// </summary>
public static class MatchKey
{
    /// <summary>The largest key a source of <paramref name="sourceLength"/> characters can produce.</summary>
    public static int MaxLength(int sourceLength) => sourceLength;

    /// <summary>Writes the match key of <paramref name="source"/> to <paramref name="destination"/>; returns its length.</summary>
    public static int Write(ReadOnlySpan<char> source, Span<char> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    /// <summary>The match key of <paramref name="source"/> as a string.</summary>
    public static string Of(ReadOnlySpan<char> source) => source.ToString();
}
