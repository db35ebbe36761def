using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>PublicationInference on small made-up stories. 2025-03-09 is a Sunday, 2025-03-11 a Tuesday.</summary>
public class PublicationInferenceTests
{
    private static Dictionary<string, PublicationDay> Infer(params StoryArticle[] articles)
    {
        var story = Story(articles);
        FactAligner.Align(story, out var pairs);
        return PublicationInference.Infer(story, pairs, DatedValue.Of(story)).ToDictionary(d => d.Article);
    }

    private static readonly StoryArticle LeftOnSunday = Article("a", "sada", "2025-03-11",
        "غادر الرئيس الفرنسي العاصمة الرياض يوم الأحد بعد زيارة استمرت ثلاثة أيام وقع خلالها اتفاقيات للطاقة المتجددة.");

    [Fact]
    public void An_undated_article_saying_yesterday_sunday_is_published_on_the_monday_with_its_evidence()
    {
        var published = Infer(
            LeftOnSunday,
            Article("b", "ofoq", null, "غادر الرئيس الفرنسي الرياض أمس الأحد في ختام زيارة استمرت ثلاثة أيام شهدت توقيع اتفاقيات في مجال الطاقة المتجددة."));

        var b = published["b"];
        Assert.Equal((Day("2025-03-10"), true), (b.Day, b.Inferred));
        // The weekday of writing (no anchor), and a's «يوم الأحد» for the same departure (anchor a).
        Assert.Equal(
            [("أمس الأحد", Day("2025-03-09"), null), ("أمس الأحد", Day("2025-03-09"), "a")],
            b.Evidence.Select(e => (e.Expression.Text, e.Means, e.Anchor)));
        Assert.All(b.Evidence, e => Assert.Equal("b", e.Expression.Article));
    }

    [Fact]
    public void A_given_day_is_kept_as_given()
    {
        var a = Infer(LeftOnSunday, Article("b", "ofoq", null, "غادر الرئيس الفرنسي الرياض أمس الأحد."))["a"];

        Assert.Equal((Day("2025-03-11"), false), (a.Day, a.Inferred));
        Assert.Empty(a.Evidence);
    }

    [Fact]
    public void A_plain_yesterday_is_placed_by_another_outlets_day_for_the_same_event()
    {
        var b = Infer(
            Article("a", "sada", "2025-03-12", "دشن وزير النقل السعودي يوم الاثنين محطة القطار الجديدة في مدينة جدة بحضور عدد من المسؤولين."),
            Article("b", "ofoq", null, "دشن وزير النقل السعودي أمس محطة القطار الجديدة في جدة بحضور مسؤولين في الوزارة."))["b"];

        // a's «يوم الاثنين» is 2025-03-10; b's «أمس» means that day when b is published on the 11th.
        Assert.Equal((Day("2025-03-11"), true), (b.Day, b.Inferred));
        var evidence = Assert.Single(b.Evidence);
        Assert.Equal(("أمس", Day("2025-03-10"), "a"), (evidence.Expression.Text, evidence.Means, evidence.Anchor));
    }

    [Fact]
    public void The_weekday_of_writing_outweighs_an_anchor_that_disagrees()
    {
        // a has the departure on Saturday (2025-03-08); b's «أمس الأحد» can only be written on a Monday.
        var b = Infer(
            Article("a", "sada", "2025-03-11", "غادر الرئيس الفرنسي العاصمة الرياض يوم السبت بعد زيارة استمرت ثلاثة أيام وقع خلالها اتفاقيات للطاقة المتجددة."),
            Article("b", "ofoq", null, "غادر الرئيس الفرنسي الرياض أمس الأحد في ختام زيارة استمرت ثلاثة أيام شهدت توقيع اتفاقيات في مجال الطاقة المتجددة."))["b"];

        Assert.Equal((Day("2025-03-10"), true), (b.Day, b.Inferred));
        Assert.Equal(DayOfWeek.Monday, b.Day!.Value.DayOfWeek);
        Assert.Null(Assert.Single(b.Evidence).Anchor);
    }

    [Fact]
    public void A_weekday_of_writing_alone_takes_the_such_day_nearest_a_known_publication_day()
    {
        // Unrelated to a: only «اليوم الخميس» places it. Thursdays 2025-03-06, 13 and 20 are all candidates;
        // the 13th is nearest a's 11th.
        var d = Infer(LeftOnSunday, Article("d", "wadi", null, "أعلنت هيئة الأرصاد اليوم الخميس عن موجة غبار تضرب المناطق الشرقية."))["d"];

        Assert.Equal((Day("2025-03-13"), true), (d.Day, d.Inferred));
        var evidence = Assert.Single(d.Evidence);
        Assert.Equal(("اليوم الخميس", Day("2025-03-13"), (string?)null), (evidence.Expression.Text, evidence.Means, evidence.Anchor));
    }

    [Fact]
    public void An_undated_article_nothing_anchors_stays_unknown()
    {
        var c = Infer(LeftOnSunday, Article("c", "nabaa", null, "تراجعت أسعار الذهب في الأسواق العالمية أمس بعد صدور بيانات التضخم الأمريكية."))["c"];

        Assert.Equal((null, false), (c.Day, c.Inferred));
        Assert.Empty(c.Evidence);
    }

    [Fact]
    public void Without_any_known_day_nothing_is_inferred()
    {
        var published = Infer(
            Article("a", "sada", null, "غادر الرئيس الفرنسي العاصمة الرياض يوم السبت بعد زيارة استمرت ثلاثة أيام."),
            Article("b", "ofoq", null, "غادر الرئيس الفرنسي الرياض أمس في ختام زيارة استمرت ثلاثة أيام."));

        Assert.All(published.Values, p => Assert.Equal((null, false), (p.Day, p.Inferred)));
    }

    [Fact]
    public void An_article_placed_by_its_weekday_of_writing_then_anchors_the_next()
    {
        // c's «أمس» is only like b's «اليوم الأحد»: c can be placed once b is, and b is placed first.
        var published = Infer(
            Article("a", "sada", "2025-03-11", "وصل وفد البنك الدولي إلى عمّان يوم السبت لبحث تمويل مشاريع المياه."),
            Article("b", "ofoq", null, "وصل وفد البنك الدولي إلى عمّان يوم السبت لبحث تمويل مشاريع المياه في المملكة. وأنهى الوفد اليوم الأحد زيارته بلقاء مع وزير المياه والري."),
            Article("c", "nabaa", null, "أنهى وفد البنك الدولي أمس زيارته إلى عمّان بلقاء مع وزير المياه والري الأردني."));

        Assert.Equal((Day("2025-03-09"), true), (published["b"].Day, published["b"].Inferred));
        Assert.Contains(published["b"].Evidence, e => e.Expression.Text == "يوم السبت" && e.Means == Day("2025-03-08") && e.Anchor == "a");
        Assert.Equal((Day("2025-03-10"), true), (published["c"].Day, published["c"].Inferred));
        var evidence = Assert.Single(published["c"].Evidence);
        Assert.Equal(("أمس", Day("2025-03-09"), "b"), (evidence.Expression.Text, evidence.Means, evidence.Anchor));
    }
}
