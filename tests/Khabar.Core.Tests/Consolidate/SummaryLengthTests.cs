using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>How long a story's summary is when no length is asked for: a third of its median article, within bounds.</summary>
public class SummaryLengthTests
{
    [Fact]
    public void A_third_of_the_median_article_within_the_bounds()
    {
        Assert.Equal(100, SummaryLength.Of([300]));
        Assert.Equal(120, SummaryLength.Of([90, 360, 5000])); // the median, not the mean: one long piece does not stretch it
        Assert.Equal(110, SummaryLength.Of([300, 360])); // an even count: the mean of the two middle ones
        Assert.Equal(SummaryLength.Shortest, SummaryLength.Of([40]));
        Assert.Equal(SummaryLength.Shortest, SummaryLength.Of([]));
        Assert.Equal(SummaryLength.Longest, SummaryLength.Of([2000]));
    }

    [Fact]
    public void A_long_report_is_summed_up_in_more_words_than_a_brief_and_a_length_asked_for_still_holds()
    {
        var report = Consolidated(Article("a", "sada", "2025-03-10", LongReport()));
        var brief = Consolidated(Article("b", "ofoq", "2025-03-10", string.Join(' ', Sentences.Take(3))));

        var reportWords = Words(report.Summary);
        Assert.InRange(reportWords, 110, SummaryLength.Longest + 20); // the article has 24 sentences of 16 words: 384 words, a third is 128
        Assert.True(Words(brief.Summary) < SummaryLength.Shortest);    // a brief gives what it has
        Assert.True(SummaryBudget.Kept(report.SummaryOf(40).Select(s => s.Text), 40));
        // Without a length asked for, the story's own: longer here than the shortest a summary takes.
        Assert.True(Words(report.SummaryOf(SummaryLength.Shortest)) < Words(report.SummaryOf(null)));
    }

    private static readonly string[] Sentences =
    [
        "أعلنت هيئة الطرق أن أعمال توسعة الطريق الساحلي بين المدينتين بلغت مرحلتها الأخيرة بعد عامين من العمل المتواصل.",
        "وقال مدير المشروع إن الطريق الجديد سيختصر زمن الرحلة بين المدينتين إلى النصف تقريبا عند افتتاحه أمام السيارات.",
        "وأوضح أن تكلفة المشروع بلغت أربعمائة مليون ريال تحملتها الميزانية العامة للدولة على ثلاث سنوات مالية متتالية.",
        "وأضاف أن الطريق يضم ستة جسور جديدة وثلاثة أنفاق للمشاة قرب المدارس والأسواق الشعبية على امتداد المسار كله.",
        "وأشار إلى أن الشركات المنفذة شغلت أكثر من ألفي عامل في موقع المشروع خلال أشهر الذروة من العام الماضي.",
        "وبين أن الهيئة راعت في التصميم حركة الشاحنات المتجهة إلى الميناء التجاري الذي يقع في منتصف الطريق تماما.",
        "ولفت إلى أن إشارات المرور الذكية ستربط بمركز تحكم يراقب الحركة على مدار الساعة ويعدل توقيت الإشارات.",
        "وذكر أن أعمال الإنارة والتشجير ستنتهي قبل نهاية الشهر المقبل بحسب الجدول الزمني الذي أقرته الهيئة للمشروع.",
    ];

    private static string LongReport() => string.Join(' ', Enumerable.Range(0, 3).SelectMany(round => Sentences.Select(s => round == 0 ? s : s.Replace("الطريق", round == 1 ? "المسار" : "الخط", StringComparison.Ordinal))));

    private static int Words(IEnumerable<SummarySentence> summary) =>
        summary.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
