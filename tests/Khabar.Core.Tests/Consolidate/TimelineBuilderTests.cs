using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>
/// The timeline of small made-up stories (TimelineBuilder, through the Consolidate stage that feeds it).
/// A Japanese minister lands in Algiers on Saturday 2025-04-12 and meets the president on Sunday the 13th.
/// </summary>
public class TimelineBuilderTests
{
    private static readonly StoryArticle Arrival = Article("a", "sada", "2025-04-14",
        "وصل وزير الخارجية الياباني إلى الجزائر يوم السبت في أول زيارة من نوعها منذ عقد. والتقى الوزير أمس الأحد بالرئيس الجزائري في قصر المرادية.");

    private static readonly StoryArticle Meeting = Article("b", "ofoq", "2025-04-14",
        "التقى الرئيس الجزائري أمس الأحد وزير الخارجية الياباني في قصر المرادية. وكان الوزير قد وصل إلى الجزائر يوم السبت.");

    [Fact]
    public void Events_run_in_day_order_and_one_event_told_by_two_outlets_is_one()
    {
        var timeline = Consolidated(
            Article("c", "nabaa", "2025-04-15", "غادر وزير الخارجية الياباني الجزائر اليوم."),
            Arrival,
            Meeting).Timeline;

        Assert.Equal(
            [(Day("2025-04-12"), "a,b"), (Day("2025-04-13"), "a,b"), (Day("2025-04-15"), "c")],
            timeline.Select(e => (e.Day, string.Join(",", e.Sources.Order(StringComparer.Ordinal)))));
        Assert.All(timeline, e => Assert.Null(e.Doubt));
        Assert.Equal(["يوم السبت", "يوم السبت"], timeline[0].Expressions.Select(x => x.Text));
        Assert.StartsWith("وصل", timeline[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_every_outlet_wrote_of_before_it_came_is_planned()
    {
        // Published Monday 2025-04-14: the match is on the coming Thursday, the arrival was last Saturday.
        var timeline = Consolidated(
            Article("a", "sada", "2025-04-14", "وصل المنتخب الياباني إلى الجزائر يوم السبت. وتقام المباراة أمام المنتخب الجزائري يوم الخميس على ملعب نيلسون مانديلا."),
            Article("b", "ofoq", "2025-04-14", "وكان المنتخب الياباني قد وصل إلى الجزائر يوم السبت. وتقام المباراة مع المنتخب الجزائري يوم الخميس في ملعب نيلسون مانديلا.")).Timeline;

        var match = Assert.Single(timeline, e => e.Day == Day("2025-04-17"));
        var arrival = Assert.Single(timeline, e => e.Day == Day("2025-04-12"));
        Assert.True(match.Planned);
        Assert.False(arrival.Planned);
    }

    [Fact]
    public void Different_events_of_one_day_stay_apart()
    {
        var timeline = Consolidated(
            Article("a", "sada", "2025-04-14", "التقى وزير الخارجية الياباني أمس الأحد بالرئيس الجزائري في قصر المرادية."),
            Article("b", "ofoq", "2025-04-14", "التقى الرئيس الجزائري أمس الأحد وزير الخارجية الياباني في قصر المرادية."),
            Article("d", "wadi", "2025-04-14", "وقعت شركة سوناطراك أمس الأحد عقداً مع شركة يابانية لتطوير حقل غاز في الصحراء.")).Timeline;

        Assert.Equal(2, timeline.Count);
        Assert.All(timeline, e => Assert.Equal(Day("2025-04-13"), e.Day));
        // The better attested event first on its day.
        Assert.Equal(["a", "b"], timeline[0].Sources);
        Assert.Equal(["d"], timeline[1].Sources);
    }

    [Theory]
    [InlineData("وكان الوزير قد زار مصنعاً للسيارات في وهران يوم الجمعة.", "2025-04-11", false)] // a day before the 12th
    [InlineData("وتفقد الوزير ميناء وهران الخميس الماضي.", "2025-04-10", true)] // two days before, one outlet, relative
    [InlineData("وزار الوزير جامعة قسنطينة في 9 أبريل 2025.", "2025-04-09", false)] // a full date is not shifted by editing
    public void A_relative_day_of_one_outlet_more_than_a_day_before_the_agreed_start_is_doubtful(string sentence, string day, bool doubtful)
    {
        var timeline = Consolidated(Arrival, Meeting, Article("c", "nabaa", "2025-04-15", sentence)).Timeline;

        var visit = Assert.Single(timeline, e => e.Sources.SequenceEqual(["c"]));
        Assert.Equal(Day(day), visit.Day);
        Assert.Equal(doubtful, visit.Doubt is not null);
        // The agreed days are placed all the same.
        Assert.Contains(timeline, e => e.Day == Day("2025-04-12") && e.Doubt is null);
    }

    [Fact]
    public void A_doubt_names_the_expression_its_article_and_the_agreed_day()
    {
        var timeline = Consolidated(Arrival, Meeting, Article("c", "nabaa", "2025-04-15", "وتفقد الوزير ميناء وهران الخميس الماضي.")).Timeline;

        var doubtful = Assert.Single(timeline, e => e.Doubt is not null);
        Assert.Contains("«الخميس الماضي» in c", doubtful.Doubt, StringComparison.Ordinal);
        Assert.Contains("2 days before", doubtful.Doubt, StringComparison.Ordinal);
        Assert.Contains("(2025-04-12)", doubtful.Doubt, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_articles_of_one_outlet_do_not_agree_on_a_start()
    {
        // As above, but a and b are both «صدى»: no day has two independent sources, so nothing is doubtful.
        var timeline = Consolidated(
            Article("a", "sada", "2025-04-14", "وصل وزير الخارجية الياباني إلى الجزائر يوم السبت في أول زيارة من نوعها منذ عقد."),
            Article("b", "sada", "2025-04-14", "وكان وزير الخارجية الياباني قد وصل إلى الجزائر يوم السبت."),
            Article("c", "nabaa", "2025-04-15", "وتفقد الوزير ميناء وهران الخميس الماضي.")).Timeline;

        Assert.Equal([Day("2025-04-10"), Day("2025-04-12")], timeline.Select(e => e.Day));
        Assert.All(timeline, e => Assert.Null(e.Doubt));
    }

    [Fact]
    public void A_sentence_with_two_days_gives_each_event_its_own_clause()
    {
        var timeline = Consolidated(
            Article("a", "sada", "2025-05-06", "وصل رئيس الوزراء إلى بغداد يوم الأحد، وغادرها يوم الثلاثاء بعد محادثات مع نظيره العراقي.")).Timeline;

        Assert.Equal(
            [(Day("2025-05-04"), "وصل رئيس الوزراء إلى بغداد يوم الأحد"), (Day("2025-05-06"), "وغادرها يوم الثلاثاء بعد محادثات مع نظيره العراقي")],
            timeline.Select(e => (e.Day, e.Text)));
    }

    [Fact]
    public void Undated_articles_and_undated_sentences_place_nothing()
    {
        var timeline = Consolidated(
            Article("a", "sada", null, "وصل وزير الخارجية الياباني إلى الجزائر يوم السبت."),
            Article("b", "ofoq", "2025-04-14", "وتتعاون اليابان والجزائر في مجال الطاقة الشمسية منذ سنوات.")).Timeline;

        Assert.Empty(timeline);
    }
}
