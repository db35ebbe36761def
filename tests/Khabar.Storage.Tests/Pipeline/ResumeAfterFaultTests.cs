using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Pipeline;

public class ResumeAfterFaultTests
{
    private const int BatchSize = 256; // IngestJob's

    /// <summary>A source of <paramref name="count"/> distinct short articles over a month, from five outlets.</summary>
    private sealed class Generated(int count) : IArticleSource
    {
        private static readonly string[] Places = ["العقبة", "الدوحة", "مسقط", "طنجة", "بنغازي", "صلالة", "جدة"];
        private static readonly string[] Events = ["افتتاح ميناء", "توقيع اتفاق تجاري", "إطلاق خط قطارات", "تدشين محطة كهرباء"];

        public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
        {
            for (var n = 0; n < count; n++)
            {
                yield return IngestItem.Of(new RawArticle
                {
                    Id = $"gen-{n:0000}",
                    Origin = "generated.jsonl",
                    Format = "json",
                    Source = $"outlet-{n % 5}",
                    Title = $"{Events[n % Events.Length]} في {Places[n % Places.Length]}",
                    Published = new DateTimeOffset(2025, 10, 1 + (n % 28), 9, 0, 0, TimeSpan.Zero),
                    Text = $"أعلنت السلطات في {Places[n % Places.Length]} {Events[n % Events.Length]} رقم {n} بكلفة {n * 7 % 1000} مليون دولار.\nوقال مسؤول إن العمل سيبدأ خلال {n % 12 + 1} أشهر.",
                });
            }
        }
    }

    private static string[] Shape(IStore store) =>
        [.. store.Stories().Select(s => $"{s.Id}: {string.Join(' ', s.Articles.Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TestStores.KindsWithNumbers), 1, 3, MemberType = typeof(TestStores))]
    public void A_run_that_dies_at_batch_n_loses_nothing_and_a_rerun_stores_nothing_twice(string kind, int failingBatch)
    {
        const int articles = BatchSize * 4 + 17;
        using var store = TestStores.Open(kind);
        var faulty = FaultInjectingStore.Wrap(store, failingBatch);

        var fault = Assert.Throws<IOException>(() => new KhabarPipeline(faulty, PipelineParts.BuiltIn()).Run(new Generated(articles)));
        Assert.Contains("injected fault", fault.Message, StringComparison.Ordinal);
        Assert.Equal((failingBatch - 1) * BatchSize, store.Count()); // every batch before the fault, none of it half

        var rerun = new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new Generated(articles));

        Assert.Equal(articles, store.Count());
        Assert.Equal((failingBatch - 1) * BatchSize, rerun.Stored.AlreadyStored);
        Assert.Equal(articles - ((failingBatch - 1) * BatchSize), rerun.Stored.Stored);
        Assert.Equal(articles, store.Articles().Select(a => a.Id).Distinct().Count());
        using var once = TestStores.Open(kind);
        new KhabarPipeline(once, PipelineParts.BuiltIn()).Run(new Generated(articles));
        Assert.Equal(Shape(once), Shape(store));
        Assert.Empty(store.StaleConsolidations(Core.Consolidate.StoryConsolidator.Stamp));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_run_killed_after_assign_is_consolidated_by_the_next_one(string kind)
    {
        using var store = TestStores.Open(kind);
        var parts = PipelineParts.BuiltIn();
        // Ingest and Assign ran; the process died before Consolidate.
        new Core.Store.IngestJob(store, new ArticlePreparation(parts.Analyzer))
            .Run(new FileSource([SharedData.Samples], IngestOptions.Default).Read().Select(i => i.Article).OfType<RawArticle>());
        new Core.Assign.StoryAssignment(store, parts.Weights).Run();
        Assert.Equal(store.Stories().Count, store.StaleConsolidations(Core.Consolidate.StoryConsolidator.Stamp).Count);

        var tally = new KhabarPipeline(store, parts).CatchUp();

        Assert.Equal(0, tally.Assigned.Articles);
        Assert.Equal(store.Stories().Count, tally.Consolidated.Stories);
        Assert.Empty(store.StaleConsolidations(Core.Consolidate.StoryConsolidator.Stamp));
        Assert.Equal(0, new KhabarPipeline(store, parts).CatchUp().Consolidated.Stories);
    }
}
