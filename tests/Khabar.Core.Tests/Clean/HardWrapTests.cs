using Khabar.Core.Clean;

namespace Khabar.Core.Tests.Clean;

public class HardWrapTests
{
    /// <summary>An article of our own, as a mail tool sends it: broken at the last space before 64 columns.</summary>
    private const string Wrapped =
        "وافق مجلس الوزراء في جلسته الأسبوعية أمس على مشروع توسعة ميناء\n" +
        "المدينة الشمالي، وقال وزير النقل إن الأعمال تبدأ في الربع الأول\n" +
        "من العام المقبل وتستمر ثلاث سنوات بكلفة تقارب أربعة مليارات.\n" +
        "\n" +
        "وأضاف الوزير في مؤتمر صحفي عقده بعد الجلسة أن المشروع سيضاعف\n" +
        "قدرة الميناء على استقبال الحاويات، وأن الشركات المحلية ستحصل\n" +
        "على حصة من العقود لا تقل عن الثلث.";

    [Fact]
    public void Wrapped_lines_are_joined_into_their_sentences_with_offsets_kept()
    {
        var clean = ArticleCleaner.Clean(Wrapped);

        var paragraphs = clean.Text.Split('\n');
        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("وافق مجلس الوزراء", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("ميناء المدينة الشمالي", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("الأول من العام المقبل", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("ستحصل على حصة", paragraphs[1], StringComparison.Ordinal);

        // The space that joins two lines stands where the line break was.
        var join = clean.Text.IndexOf("ميناء المدينة", StringComparison.Ordinal) + "ميناء".Length;
        Assert.Equal('\n', Wrapped[clean.SourceOffset(join)]);
        Assert.Equal("المدينة", Wrapped.Substring(clean.SourceOffset(join + 1), "المدينة".Length));
    }

    [Fact]
    public void A_headline_above_a_wrapped_body_stays_its_own_line()
    {
        var clean = ArticleCleaner.Clean("توسعة ميناء المدينة الشمالي\n" + Wrapped);

        Assert.StartsWith("توسعة ميناء المدينة الشمالي\nوافق", clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_written_a_paragraph_a_line_is_left_as_it_is()
    {
        const string raw =
            "وافق مجلس الوزراء في جلسته الأسبوعية أمس على مشروع توسعة ميناء المدينة الشمالي، وقال وزير النقل إن الأعمال تبدأ في الربع الأول من العام المقبل\n" +
            "وأضاف الوزير في مؤتمر صحفي عقده بعد الجلسة أن المشروع سيضاعف قدرة الميناء على استقبال الحاويات\n" +
            "وأكد أن الشركات المحلية ستحصل على حصة من العقود لا تقل عن الثلث، وأن التصاميم اكتملت\n" +
            "ويتوقع أن تطرح المناقصات الأولى في الشهر المقبل بعد موافقة الهيئة";

        Assert.Equal(raw, ArticleCleaner.Clean(raw).Text);
    }

    [Fact]
    public void A_list_of_lines_of_like_length_is_not_joined()
    {
        // Results and standings: lines end anywhere within a few characters of the longest, without a stop.
        const string raw =
            "الهلال فاز على النصر بثلاثة أهداف مقابل هدف واحد في الرياض\n" +
            "الاتحاد تعادل مع الأهلي بهدفين لكل منهما في جدة\n" +
            "الشباب خسر أمام التعاون بهدف نظيف في بريدة\n" +
            "الفتح فاز على الرائد بهدفين دون رد في الأحساء\n" +
            "الفيصلي تعادل مع الوحدة سلبيا في حرمة";

        Assert.Equal(raw, ArticleCleaner.Clean(raw).Text);
    }
}
