using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Entities;
using Khabar.Core.Pipeline;
using Khabar.Core.Store;

namespace Khabar.Present.Reports;

/// <summary>
/// One story as reported, built from its stored record: the story, its articles, its duplicate links, its reuse
/// pairs, its entities and its consolidation with the summary at the length asked for, and what cleaning removed
/// from each article. Nothing here is computed from text: every part was stored by the pipeline.
/// </summary>
public sealed record StoryReport(
    Story Story,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<StoryLink> Duplicates,
    IReadOnlyList<ReusePair> Reuse,
    IReadOnlyList<Entity> Entities,
    ConsolidatedStory Consolidated,
    IReadOnlyDictionary<string, IReadOnlyList<StoredRemoval>> Removals)
{
    /// <summary>
    /// The report of a stored story, its summary within <paramref name="summaryWords"/> words, or as long as the
    /// story's articles call for (<see cref="SummaryLength"/>) without one.
    /// </summary>
    public static StoryReport Of(StoryRecord record, int? summaryWords = null) => new(
        record.Story,
        record.Articles,
        record.Duplicates,
        record.Reuse,
        record.Consolidated.Entities,
        record.Consolidated with { Summary = record.Consolidated.SummaryOf(summaryWords) },
        record.Removals);

    /// <summary>Every stored story's report, the largest first, streamed; the articles' removals only for <paramref name="format"/> html, the one that shows them.</summary>
    public static IEnumerable<StoryReport> All(StoryReader reader, string format, int? summaryWords = null) =>
        reader.All(withRemovals: format == "html").Select(r => Of(r, summaryWords));

    public Article? Find(string id) => Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}
