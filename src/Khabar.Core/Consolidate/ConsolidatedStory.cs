using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Entities;

namespace Khabar.Core.Consolidate;

/// <summary>
/// What consolidation makes of one story: its entities (every spelling merged), its facts (most corroborated
/// first), the conflicts among them, the publication day of each article (given or inferred), a timeline and an
/// extractive summary as long as its articles call for (<see cref="SummaryLength"/>). <see cref="SummaryCandidates"/>
/// keeps the best-ranked sentences so that a summary of another length is picked, not recomputed.
/// <see cref="Duplicates"/> and <see cref="Reuse"/> are the copy the story's articles share, as it was consolidated
/// with: kept with the result so that a report reads one record.
/// </summary>
public sealed record ConsolidatedStory(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<PublicationDay> Published,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<SummaryCandidate> SummaryCandidates,
    IReadOnlyList<StoryLink> Duplicates,
    IReadOnlyList<ReusePair> Reuse)
{
    /// <summary>
    /// The story's events (the articles reporting one happening), in time order: a story follows a matter over
    /// days or weeks, an event is one happening of it.
    /// </summary>
    public IReadOnlyList<StoryEvent> Events { get; init; } = [];

    public PublicationDay? PublishedOf(string article) => Published.FirstOrDefault(p => string.Equals(p.Article, article, StringComparison.Ordinal));

    /// <summary>
    /// The summary within <paramref name="words"/> words (at least one sentence), or, without a length, the one the
    /// story's articles call for (<see cref="Summary"/>).
    /// </summary>
    public IReadOnlyList<SummarySentence> SummaryOf(int? words) =>
        words is { } n ? Summarizer.Pick(SummaryCandidates, n) : Summary;
}
