using Khabar.Core.Assign;
using Khabar.Core.Domain;

namespace Khabar.Storage;

/// <summary>
/// Where stories live: the links between articles found by the Assign stage, the story of each article, the
/// stories themselves and the reuse pairs. <see cref="SaveAssignment"/> is one transaction.
/// </summary>
public interface IStoryStore
{
    /// <summary>Stored articles that belong to no story yet, in the order they were stored.</summary>
    IReadOnlyList<Article> Unassigned();

    /// <summary>
    /// Assigned articles published between <paramref name="from"/> and <paramref name="to"/>, with undated ones,
    /// and the story of each; every assigned article when <paramref name="from"/> is null.
    /// </summary>
    IReadOnlyList<(Article Article, string Story)> AssignedNear(DateTimeOffset? from, DateTimeOffset? to);

    /// <summary>For each stored article among <paramref name="ids"/> that has a stored exact duplicate, that duplicate's id.</summary>
    IReadOnlyList<(string Id, string DuplicateOf)> Duplicates(IReadOnlyCollection<string> ids);

    /// <summary>The story of each of <paramref name="articleIds"/> that has one.</summary>
    IReadOnlyDictionary<string, string> StoryOf(IReadOnlyCollection<string> articleIds);

    /// <summary>Every article of the given stories.</summary>
    IReadOnlyList<Article> MembersOf(IReadOnlyCollection<string> storyIds);

    void SaveAssignment(StoryAssignmentChange change);

    /// <summary>Every story, the largest first (then by id).</summary>
    IReadOnlyList<Story> Stories();

    Story? FindStory(string id);

    /// <summary>The links among the articles of a story.</summary>
    IReadOnlyList<StoryLink> LinksOf(string storyId);

    /// <summary>The reuse pairs among the articles of a story, best first.</summary>
    IReadOnlyList<ReusePair> ReuseOf(string storyId);
}

/// <summary>What one assignment run changed: new links and reuse pairs, stories written (new, grown or merged)
/// and stories gone (merged into another, or renamed because an earlier article joined).</summary>
public sealed record StoryAssignmentChange(
    IReadOnlyList<StoryLink> Links,
    IReadOnlyList<ReusePair> Reuse,
    IReadOnlyList<Story> Written,
    IReadOnlyList<string> Removed,
    IReadOnlyDictionary<string, DateTimeOffset?> PublishedOf);
