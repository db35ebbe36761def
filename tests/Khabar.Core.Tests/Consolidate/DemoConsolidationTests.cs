using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.ConsolidationFixture;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>The demo corpus's designed truth (docs/demo-corpus.md): its inferred dates, conflicts and timelines.</summary>
public class DemoConsolidationTests
{
    private static readonly Lazy<ConsolidatedStory> Storm = new(() => Samples("storm"));

    private static readonly Lazy<ConsolidatedStory> Rail = new(() => Samples("rail"));

    [Fact]
    public void Undated_articles_are_placed_by_the_day_they_name()
    {
        var published = Storm.Value.Published.Concat(Rail.Value.Published).ToDictionary(p => p.Article);

        Assert.Equal((Day("2025-10-17"), true), (published["storm-alofoq-dhofar"].Day!.Value, published["storm-alofoq-dhofar"].Inferred));
        Assert.Equal((Day("2025-10-18"), true), (published["storm-nabaa-repairs"].Day!.Value, published["storm-nabaa-repairs"].Inferred));
        Assert.Equal((Day("2025-10-15"), true), (published["rail-nabaa-first-train"].Day!.Value, published["rail-nabaa-first-train"].Inferred));
        Assert.False(published["storm-sada-2025-10-17"].Inferred);
        Assert.Empty(published["storm-sada-2025-10-17"].Evidence);
    }

    [Fact]
    public void The_storm_struck_on_thursday_evening_says_one_side_and_friday_dawn_the_other()
    {
        var conflict = Assert.Single(Storm.Value.Conflicts, c => c.About == ConflictKind.Date);

        Assert.Equal(["2025-10-16", "2025-10-17"], conflict.Sides.Select(s => s.Value));
        Assert.Equal(["digest-2025-10-2", "storm-alofoq-dhofar", "storm-nabaa-repairs"], conflict.Sides[0].Sources.Order());
        Assert.Equal(["storm-sada-2025-10-17"], conflict.Sides[1].Sources);
    }

    [Fact]
    public void The_death_toll_is_12_for_three_outlets_and_15_for_one()
    {
        var conflict = Assert.Single(Storm.Value.Conflicts, c => c.About == ConflictKind.Number);

        Assert.Equal(["12", "15"], conflict.Sides.Select(s => s.Value));
        Assert.Contains("storm-alofoq-dhofar", conflict.Sides[0].Sources);
        Assert.Equal(["storm-sada-2025-10-17"], conflict.Sides[1].Sources);
        Assert.Contains("15 قتيلاً", conflict.Sides[1].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reworded_copy_that_agrees_is_no_conflict()
    {
        // The rail outlets give 115 كيلومتراً / 115 كلم, 30% / 30 في المئة, and the visit on Thursday alike.
        Assert.Empty(Rail.Value.Conflicts);
        Assert.Contains(Rail.Value.Facts, f => f.Status == FactStatus.Corroborated);
    }

    [Fact]
    public void A_reprint_counts_once()
    {
        // digest-2025-10-2 reprints storm-alofoq-dhofar's first paragraphs: where only they state a fact, it has one source.
        var bridge = Storm.Value.Facts.Single(f => f.Quotes.Any(q => q.Text.Contains("انهيار جسر", StringComparison.Ordinal)));

        Assert.Equal(["digest-2025-10-2", "storm-alofoq-dhofar"], bridge.Sources.Order());
        Assert.Equal(1, bridge.Independent);
        Assert.Equal(FactStatus.Single, bridge.Status);
    }

    [Fact]
    public void The_rail_timeline_has_the_arrival_the_opening_the_first_train_and_the_zone_visit()
    {
        var placed = Rail.Value.Timeline.Where(e => e.Doubt is null).ToList();

        Assert.Contains(placed, e => e.Day == Day("2025-10-13") && e.Quotes.Any(q => q.Text.Contains("بافلينكو", StringComparison.Ordinal)));
        Assert.Contains(placed, e => e.Day == Day("2025-10-14") && e.Sources.Count() >= 2);
        Assert.Contains(placed, e => e.Day == Day("2025-10-15") && e.Sources.Contains("rail-nabaa-first-train"));

        // «ومن المقرر أن يزور الوزيران يوم الخميس»: the coming Thursday, not the last one.
        Assert.Contains(placed, e => e.Day == Day("2025-10-16") && e.Sources.Contains("rail-alofoq-2025-10-14"));
        Assert.DoesNotContain(Rail.Value.Timeline, e => e.Day < Day("2025-10-13"));
    }

    [Fact]
    public void The_summary_respects_its_word_budget()
    {
        foreach (var words in (int[])[20, 40, 80])
        {
            var summary = Samples("storm") is var _ ? Of(Assign.CorpusArticles.Samples().Where(i => i.Id.StartsWith("storm", StringComparison.Ordinal)).ToList(), words).Summary : [];
            var total = summary.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

            Assert.NotEmpty(summary);
            Assert.True(SummaryBudget.Kept(summary.Select(s => s.Text), words), $"{total} words for a budget of {words}");
        }
    }
}
