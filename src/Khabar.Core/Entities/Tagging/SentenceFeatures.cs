namespace Khabar.Core.Entities.Tagging;

/// <summary>The hashed features of each token of one sentence: token i's are <c>Of(i)</c>.</summary>
public sealed class SentenceFeatures(uint[] features, int[] starts)
{
    public int Length => starts.Length - 1;

    /// <summary>
    /// The traits of each token when the first features of each token are its intrinsic ones (the same
    /// wherever it stands), so a model may score those once per distinct token; null otherwise.
    /// </summary>
    internal TokenTraits[]? Tokens { get; init; }

    public ReadOnlySpan<uint> Of(int token) => features.AsSpan(starts[token], starts[token + 1] - starts[token]);

    /// <summary>Every feature of every token, for counting during training.</summary>
    internal ReadOnlySpan<uint> All => features.AsSpan(0, starts[^1]);
}
