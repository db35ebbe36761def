using Khabar.Core.Assign;
using Khabar.Core.Domain;

namespace Khabar.Core.Ports;

/// <summary>
/// Where stories live: the links between articles found by the Assign stage, the story of each article, the
/// stories themselves, the reuse pairs and each story's stored consolidation. <see cref="SaveAssignment"/> is one
/// transaction, and drops the consolidation of every story it writes or removes: a story whose articles changed
/// is never reported with an old consolidation.
/// </summary>
public interface IStoryStore : IPassageIndex
{
    /// <summary>
    /// The id, publication time and exact-duplicate original of each stored article that belongs to no story yet,
    /// in the order stored.
    /// </summary>
    IReadOnlyList<PendingArticle> Unassigned();

    /// <summary>
    /// The stored articles with the given ids (those that exist), in the order they were stored; without their raw
    /// text unless <paramref name="withRawText"/> (as <see cref="MembersByStory"/>: Assign and the search index read
    /// only clean text).
    /// </summary>
    IReadOnlyList<Article> FindAll(IReadOnlyCollection<string> ids, bool withRawText);

    /// <summary>The ids of the assigned dated articles published between <paramref name="from"/> and <paramref name="to"/>, with the story of each.</summary>
    IReadOnlyList<(string Id, string Story)> AssignedNear(DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// The ids of the assigned articles that have one of <paramref name="indexTerms"/> among their own index terms
    /// (undated ones only when <paramref name="undatedOnly"/>), with the story of each: the candidates an article's
    /// terms find whatever their time, or, given <paramref name="from"/> or <paramref name="to"/>, the dated ones
    /// published from and until them.
    /// </summary>
    IReadOnlyList<(string Id, string Story)> AssignedSharing(IReadOnlyCollection<ulong> indexTerms, bool undatedOnly, DateTimeOffset? from = null, DateTimeOffset? to = null);

    /// <summary>
    /// The ids of the dated assigned articles published from <paramref name="from"/> until <paramref name="to"/> that have
    /// at least <paramref name="minShared"/> of one group's terms among their own index terms, with the story of each: the
    /// stored articles far enough back that only those sharing several names with one new article can link with it.
    /// </summary>
    IReadOnlyList<(string Id, string Story)> AssignedSharingEach(IReadOnlyList<IReadOnlyCollection<ulong>> groups, int minShared, DateTimeOffset from, DateTimeOffset to);

    /// <summary>For each stored article among <paramref name="ids"/> that has a stored exact duplicate, that duplicate's id.</summary>
    IReadOnlyList<(string Id, string DuplicateOf)> Duplicates(IReadOnlyCollection<string> ids);

    /// <summary>
    /// The stored row of each of <paramref name="articleIds"/> that is lone (linked to no other article): the article it is
    /// attached to, if any (<see cref="LoneArticles"/>).
    /// </summary>
    IReadOnlyDictionary<string, Attachment> Attachments(IReadOnlyCollection<string> articleIds);

    /// <summary>The story of each of <paramref name="articleIds"/> that has one.</summary>
    IReadOnlyDictionary<string, string> StoryOf(IReadOnlyCollection<string> articleIds);

    /// <summary>Every article of the given stories, each story's in the order they were stored.</summary>
    IReadOnlyList<Article> MembersOf(IReadOnlyCollection<string> storyIds);

    /// <summary>
    /// The articles of each of the given stories that has any, by story id, each story's in the order they were
    /// stored: read together, as a reader of many stories needs. Only what cleaning removed is located in an
    /// article's raw text, so a reader that does not show removals asks without it: its articles' <see
    /// cref="Article.RawText"/> is then empty (the raw text is as long as the clean text, and reading it doubled
    /// the cost of reading a story's articles).
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<Article>> MembersByStory(IReadOnlyCollection<string> storyIds, bool withRawText);

    void SaveAssignment(StoryAssignmentChange change);

    /// <summary>Forgets every story, link, reuse pair, consolidation and alias: the next Assign starts over from all articles.</summary>
    void ResetStories();

    /// <summary>Every story, the largest first (then by id).</summary>
    IReadOnlyList<Story> Stories();

    /// <summary>
    /// Every story as <see cref="Stories"/> lists them, with its number of articles but not their ids (<see
    /// cref="Story.Articles"/> empty): for a reader that reads each story's members anyway, and need not wait for
    /// every membership first.
    /// </summary>
    IReadOnlyList<(Story Story, int Size)> StoryRows();

    /// <summary>
    /// Every story's id, number of articles, latest and earliest publication time and outlets, in no set order: what a
    /// list of stories chooses its page by and what tells that a story changed, without its title or members.
    /// </summary>
    IReadOnlyList<StoryMark> StoryMarks();

    /// <summary>The story with that id, or the story an old id was merged into (renamed to, or whose article it was named after when taken apart); null when neither.</summary>
    Story? FindStory(string id);

    /// <summary>The links among the articles of a story.</summary>
    IReadOnlyList<StoryLink> LinksOf(string storyId);

    /// <summary>The reuse pairs among the articles of a story, best first.</summary>
    IReadOnlyList<ReusePair> ReuseOf(string storyId);

    /// <summary>Every reuse pair an article is in, whatever the story of the other, best first.</summary>
    IReadOnlyList<ReusePair> ReuseWith(string articleId);

    /// <summary>
    /// The derived records of <paramref name="kind"/> at <paramref name="version"/> of the articles of the given
    /// stories, by article id.
    /// </summary>
    IReadOnlyDictionary<string, byte[]> DerivedOfMembers(IReadOnlyCollection<string> storyIds, string kind, int version);

    /// <summary>Ids of the stories with no consolidation at exactly <paramref name="version"/>, by id.</summary>
    IReadOnlyList<string> StaleConsolidations(int version);

    /// <summary>Stores consolidations and their facets (one transaction), each replacing the story's earlier one.</summary>
    void PutConsolidations(IReadOnlyList<ConsolidationToStore> records);

    /// <summary>The stories whose stored consolidation (at exactly <paramref name="version"/>) has <paramref name="status"/>.</summary>
    IReadOnlySet<string> StoriesWith(StoryStatus status, int version);

    /// <summary>The stories that name an entity under <paramref name="key"/> (<see cref="Consolidate.EntityKeys"/>), by their stored consolidation.</summary>
    IReadOnlyList<EntityAppearance> StoriesNaming(string key);

    /// <summary>How many stored articles name <paramref name="outlet"/> as their source.</summary>
    long ArticlesFrom(string outlet);

    /// <summary>A story's consolidation at exactly <paramref name="version"/>, or null.</summary>
    byte[]? GetConsolidation(string storyId, int version);

    /// <summary>The consolidations at exactly <paramref name="version"/> of those of the given stories that have one, by story id.</summary>
    IReadOnlyDictionary<string, byte[]> ConsolidationsOf(IReadOnlyCollection<string> storyIds, int version);
}

/// <summary>
/// The passage fingerprints of one sentence of a new article, with how many of the new articles before it hold each
/// (<see cref="HeldBefore"/>[k] for <see cref="Prints"/>[k]).
/// </summary>
public sealed record PrintedSentence(string Article, ulong[] Prints, int[] HeldBefore);

/// <summary>
/// What <see cref="IStoryStore.SharingPassages"/> found: the pairs of a new article and an assigned one with the
/// prints they share, and how many assigned articles hold each print looked up (those holding none left out), so
/// that the new articles' own count of a print adds to it.
/// </summary>
public sealed record PassageNeighbours(IReadOnlyList<(string Article, string Other, int Shared)> Pairs, IReadOnlyDictionary<ulong, int> Held);

/// <summary>An article waiting for Assign: its id, publication time, and the article it exactly duplicates, if any.</summary>
public readonly record struct PendingArticle(string Id, DateTimeOffset? Published, string? DuplicateOf);
