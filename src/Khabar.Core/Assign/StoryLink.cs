namespace Khabar.Core.Assign;

/// <summary>
/// An edge between two articles of one story, <see cref="A"/> ordered before <see cref="B"/> by id (ordinal).
/// <see cref="Score"/> is the profile similarity; <see cref="Jaccard"/> the verified shingle Jaccard when the
/// pair was a near-duplicate candidate, else null.
/// </summary>
public sealed record StoryLink(string A, string B, LinkKind Kind, double Score, double? Jaccard)
{
    public static StoryLink Between(string x, string y, LinkKind kind, double score, double? jaccard) =>
        string.CompareOrdinal(x, y) <= 0 ? new(x, y, kind, score, jaccard) : new(y, x, kind, score, jaccard);
}
