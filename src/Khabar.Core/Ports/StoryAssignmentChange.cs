using Khabar.Core.Assign;
using Khabar.Core.Domain;

namespace Khabar.Core.Ports;

/// <summary>
/// What one assignment run changed: new links and reuse pairs, stories written (new, grown or merged), stories
/// gone (merged into another, renamed because an earlier article joined, or taken apart without keeping its id), and for each new article its
/// publication time (null when undated) and its index terms (what later articles find it by).
/// </summary>
public sealed record StoryAssignmentChange(
    IReadOnlyList<StoryLink> Links,
    IReadOnlyList<ReusePair> Reuse,
    IReadOnlyList<Story> Written,
    IReadOnlyList<string> Removed,
    IReadOnlyDictionary<string, DateTimeOffset?> PublishedOf,
    IReadOnlyDictionary<string, ulong[]> IndexTermsOf)
{
    /// <summary>
    /// For each gone story, the written story its articles went to (for a story taken apart, the one that holds the article
    /// its id was made from): the old id stays an alias of the new one, so that a link or a bookmark to it still finds the story.
    /// </summary>
    public IReadOnlyDictionary<string, string> Renamed { get; init; } = new Dictionary<string, string>();

    /// <summary>For each new article, its distinct passage fingerprints: what a later article that took a passage from it finds it by.</summary>
    public IReadOnlyDictionary<string, ulong[]> PassagePrintsOf { get; init; } = new Dictionary<string, ulong[]>();

    /// <summary>The lone articles' rows written (new or changed) and those of articles no longer lone, deleted (<see cref="LoneArticles"/>).</summary>
    public AttachmentChanges Attachments { get; init; } = AttachmentChanges.None;
}
