using Khabar.Core.Consolidate;
using Khabar.Core.Tests.Assign;
using static Khabar.Core.Tests.Consolidate.ConsolidationFixture;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>What the consolidation issue asks of the five seed articles (skipped without ../shared).</summary>
public class SeedConsolidationTests
{
    private static readonly Lazy<IReadOnlyList<CorpusArticles.Item>> Seeds = new(CorpusArticles.Seeds);

    private static readonly Lazy<ConsolidatedStory> Story = new(() => Of(Seeds.Value));

    private static string Id(string shortId) => Seeds.Value.Single(s => CorpusArticles.Short(s.Id) == shortId).Id;

    private static string Short(string id) => CorpusArticles.Short(id);

    [SeedFact]
    public void Only_004_is_dated_and_the_others_are_inferred_from_their_relative_days()
    {
        var published = Story.Value.Published.ToDictionary(p => Short(p.Article));

        Assert.Equal((Day("2023-09-16"), false), (published["004"].Day!.Value, published["004"].Inferred));
        Assert.Equal((Day("2023-09-17"), true), (published["000"].Day!.Value, published["000"].Inferred));
        Assert.Equal((Day("2023-09-17"), true), (published["002"].Day!.Value, published["002"].Inferred));
        Assert.Equal((Day("2023-09-18"), true), (published["001"].Day!.Value, published["001"].Inferred));
    }

    [SeedFact]
    public void Each_inferred_day_gives_its_evidence()
    {
        var published = Story.Value.Published.ToDictionary(p => Short(p.Article));

        // 000 and 002 say «اليوم الأحد»: a Sunday, the one their other days agree with.
        Assert.Contains(published["000"].Evidence, e => e.Anchor is null && e.Expression.Text.Contains("الأحد", StringComparison.Ordinal));
        Assert.Contains(published["000"].Evidence, e => e.Anchor is not null);

        // 001's «أمس» is the day 000 ended the visit.
        Assert.Contains(published["001"].Evidence, e => e.Expression.Text == "أمس" && e.Means == Day("2023-09-17") && Short(e.Anchor!) is "000" or "002");
        foreach (var evidence in published.Values.SelectMany(p => p.Evidence))
        {
            var text = Seeds.Value.Single(s => s.Id == evidence.Expression.Article).Prepared.Article.CleanText;
            Assert.Equal(evidence.Expression.Text, text.Substring(evidence.Expression.Start, evidence.Expression.Length));
        }
    }

    [SeedFact]
    public void The_bombers_were_seen_on_friday_by_002_and_on_saturday_by_the_others()
    {
        var conflict = Assert.Single(Story.Value.Conflicts, c => c.About == ConflictKind.Date);
        var friday = Assert.Single(conflict.Sides, s => s.Value == "2023-09-15");
        var saturday = Assert.Single(conflict.Sides, s => s.Value == "2023-09-16");

        Assert.Equal(["002"], friday.Sources.Select(Short));
        Assert.Equal(["000", "001", "004"], saturday.Sources.Select(Short).Order());
        Assert.All(conflict.Sides.SelectMany(s => s.Quotes), q => Assert.Contains("قاذف", q.Text, StringComparison.Ordinal));
        Assert.Contains("الجمعة", friday.Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(FactStatus.Conflict, Story.Value.Facts.Single(f => f.Id == conflict.Fact).Status);
    }

    [SeedFact]
    public void The_timeline_runs_from_entry_on_the_12th_to_departure_on_the_17th()
    {
        var placed = Story.Value.Timeline.Where(e => e.Doubt is null).ToList();
        string[] days = ["2023-09-12", "2023-09-13", "2023-09-15", "2023-09-16", "2023-09-17"];

        Assert.All(days, d => Assert.Contains(placed, e => e.Day == Day(d)));
        Assert.DoesNotContain(placed, e => e.Day < Day("2023-09-12") || e.Day > Day("2023-09-17"));

        // Entering Russia on Tuesday: three outlets, one event.
        var entry = Assert.Single(placed, e => e.Day == Day("2023-09-12"));
        Assert.Equal(["000", "001", "003"], entry.Sources.Select(Short).Order());

        // The summit on Wednesday, the bombers on Saturday, the end of the visit on Sunday.
        Assert.Contains(placed, e => e.Day == Day("2023-09-13") && e.Sources.Count() >= 3 && e.Quotes.Any(q => q.Text.Contains("قمة", StringComparison.Ordinal)));
        Assert.Contains(placed, e => e.Day == Day("2023-09-15") && e.Quotes.Any(q => q.Text.Contains("مصنع", StringComparison.Ordinal)));
        Assert.Contains(placed, e => e.Day == Day("2023-09-16") && e.Quotes.Any(q => q.Text.Contains("القاذفات", StringComparison.Ordinal)));
        Assert.Contains(placed, e => e.Day == Day("2023-09-17") && e.Sources.Select(Short).Contains("000") && e.Text.Contains("أنهى", StringComparison.Ordinal));
    }

    [SeedFact]
    public void The_university_visit_last_sunday_is_flagged_not_placed()
    {
        var doubtful = Assert.Single(Story.Value.Timeline, e => e.Doubt is not null);

        Assert.Equal(Day("2023-09-10"), doubtful.Day);
        Assert.Equal(["000"], doubtful.Sources.Select(Short));
        Assert.Equal("الأحد الماضي", doubtful.Expressions.Single().Text);
        Assert.Contains("2023-09-12", doubtful.Doubt, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Facts_stated_by_several_outlets_are_corroborated_and_quote_each()
    {
        var corroborated = Story.Value.Facts.Where(f => f.Status == FactStatus.Corroborated).ToList();

        Assert.NotEmpty(corroborated);
        Assert.All(corroborated, f => Assert.True(f.Independent >= 2));
        Assert.All(Story.Value.Facts.Where(f => f.Status == FactStatus.Single), f => Assert.Equal(1, f.Independent));

        // The experts' view on modernising the air force is one statement in 000 and 002.
        var experts = Assert.Single(Story.Value.Facts, f => f.Quotes.Any(q => q.Text.Contains("الخبراء", StringComparison.Ordinal)) && f.Quotes.Count > 1);
        Assert.Equal(["000", "002"], experts.Sources.Select(Short).Order());
    }

    [SeedFact]
    public void Every_summary_sentence_is_an_outlets_own_sentence_with_its_sources()
    {
        var summary = Story.Value.Summary;

        Assert.InRange(summary.Count, 2, 6);
        // Five reports of 420–620 words: a third of the median one (about 470 words), within the longest a summary takes.
        Assert.True(SummaryBudget.Kept(summary.Select(s => s.Text), SummaryLength.Longest));
        Assert.InRange(summary.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), 110, SummaryLength.Longest + 40);
        Assert.Equal(summary.Count, summary.Select(s => s.Fact).Distinct().Count());
        foreach (var sentence in summary)
        {
            var article = Seeds.Value.Single(s => s.Id == sentence.Quote.Article).Prepared.Article;
            Assert.Equal(sentence.Text, article.CleanText.Substring(sentence.Quote.Start, sentence.Quote.Length));
            Assert.Contains(sentence.Quote.Article, sentence.Sources);
        }
    }
}
