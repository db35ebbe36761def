using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Reuse;
using Khabar.Core.Tests.Assign;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>Consolidates a set of corpus articles as one story, with the copy they share found as ingest would.</summary>
internal static class ConsolidationFixture
{
    public static ConsolidatedStory Of(IReadOnlyList<CorpusArticles.Item> items, int? summaryWords = null)
    {
        var reuse = new List<ReusePair>();
        var ordered = items.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var match = ReuseAligner.Align(ordered[i].Terms, ordered[j].Terms);
                if (match.SharesCopy)
                {
                    reuse.Add(new ReusePair(ordered[i].Id, ordered[j].Id, match.Score, match.Passages));
                }
            }
        }

        var consolidated = Pipeline.PipelineParts.BuiltIn().Consolidator.Consolidate(
            ordered.Select(i => new StoryArticle(i.Prepared.Article, i.Prepared.Analysis)).ToList(), reuse, []);
        return consolidated with { Summary = consolidated.SummaryOf(summaryWords) };
    }

    public static ConsolidatedStory Samples(string prefix) =>
        Of(CorpusArticles.Samples().Where(i => i.Id.StartsWith(prefix, StringComparison.Ordinal)
            || (prefix == "storm" && i.Id == "digest-2025-10-2")
            || (prefix == "rail" && i.Id is "digest-2025-10-1" or "digest-2025-10-4")).ToList());

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
