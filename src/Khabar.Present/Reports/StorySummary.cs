using Khabar.Core.Consolidate;
using Khabar.Core.Pipeline;

namespace Khabar.Present.Reports;

/// <summary>
/// A story in a list: what it is, when, from how many articles and outlets, and how its facts stand (the coverage a
/// reader sees at a glance before opening it). Counted from the stored consolidation, never recomputed.
/// </summary>
public sealed record StorySummary(
    string Id,
    string Title,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Articles,
    IReadOnlyList<string> Outlets,
    int Corroborated,
    int Single,
    int Conflicts,
    int Events)
{
    public static StorySummary Of(StoryRecord record) => new(
        record.Story.Id,
        record.Story.Title,
        record.Story.From,
        record.Story.To,
        record.Articles.Count,
        record.Story.Sources,
        record.Consolidated.Facts.Count(f => f.Status == FactStatus.Corroborated),
        record.Consolidated.Facts.Count(f => f.Status == FactStatus.Single),
        record.Consolidated.Conflicts.Count,
        record.Consolidated.Events.Count);
}
