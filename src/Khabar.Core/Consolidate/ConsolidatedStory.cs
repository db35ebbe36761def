namespace Khabar.Core.Consolidate;

/// <summary>
/// What consolidation makes of one story: its facts (most corroborated first), the conflicts among them, the
/// publication day of each article (given or inferred), a timeline and an extractive summary.
/// </summary>
public sealed record ConsolidatedStory(
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<PublicationDay> Published,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<SummarySentence> Summary)
{
    public PublicationDay? PublishedOf(string article) => Published.FirstOrDefault(p => string.Equals(p.Article, article, StringComparison.Ordinal));
}
