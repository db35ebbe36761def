using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>Two sentences that are one text but for one run of words each.</summary>
public class SubstitutionTests
{
    private static (string A, string B)? Runs(string a, string b)
    {
        var story = Story(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b));
        var (sa, sb) = (story.Sentences.Single(s => s.Article == 0), story.Sentences.Single(s => s.Article == 1));
        return Substitution.Of(story, sa, sb) is { } run
            ? (story.Articles[0].Article.CleanText[run.StartA..run.EndA], story.Articles[1].Article.CleanText[run.StartB..run.EndB])
            : null;
    }

    [Fact]
    public void The_run_each_sentence_changes_is_found_in_place()
    {
        Assert.Equal(("الجهني", "العتيبي"), Runs("الجهني يقلد ستة ضباط في الدفاع المدني رتبهم الجديدة", "العتيبي يقلد ستة ضباط في الدفاع المدني رتبهم الجديدة"));
        Assert.Equal(("جامعة هارفارد", "معهد ماساتشوستس"), Runs(
            "تخريج طلاب برنامج القيادات الشابة من جامعة هارفارد الأمريكية هذا العام",
            "تخريج طلاب برنامج القيادات الشابة من معهد ماساتشوستس الأمريكية هذا العام"));
    }

    [Fact]
    public void The_times_the_sentences_name_are_left_out_of_the_runs() =>
        Assert.Equal(("جدة", "الطائف"), Runs(
            "الدفاع المدني يخمد حريقا في مستودع للأخشاب بحي الصناعية في جدة اليوم الخميس",
            "الدفاع المدني يخمد حريقا في مستودع للأخشاب بحي الصناعية في الطائف أمس الأربعاء"));

    [Theory]
    [InlineData("ارتفاع عدد المصابين في حادث الطريق إلى 12 مصابا اليوم", "ارتفاع عدد المصابين في حادث الطريق إلى 15 مصابا اليوم")] // a number: the number conflicts' to judge
    [InlineData("الأمير يستقبل السفير الفرنسي في مكتبه بالإمارة ويبحث التعاون", "السفير الفرنسي يستقبل الأمير في مكتبه بالإمارة ويبحث التعاون")] // words moved
    [InlineData("مسرحية تعالج التعصب في الملاعب لنزلاء دار الرعاية بالمدينة", "عرض مسرحي يتناول التعصب في الملاعب لنزلاء دار الرعاية بالمدينة")] // reworded: «مسرحي» shares the stem
    [InlineData("السيول تغلق طرقا في منطقة الباحة وتعطل الدراسة", "أمطار غزيرة وسيول تغلق طرقا في منطقة جازان وتعطل الدراسة")] // two runs changed
    [InlineData("الوزير يلتقي نظيره في عمان", "الوزير يلتقي نظيره في الرياض")] // too little said around the run
    [InlineData("انطلاق فعاليات مهرجان الصيف في بريطانيا بمشاركة فرق شعبية", "انطلاق فعاليات مهرجان الصيف ببريطانيا بمشاركة فرق شعبية")] // one name, a proclitic more
    public void Sentences_that_differ_otherwise_have_no_substitution(string a, string b) => Assert.Null(Runs(a, b));

    [Theory]
    [InlineData("عبد الرزاق", "عبدالرزاق")]
    [InlineData("سيول", "سيئول")]
    [InlineData("شويغو", "شويجو")]
    public void One_name_spelled_two_ways_is_spelled_alike(string a, string b) => Assert.True(Substitution.SpelledAlike(a, b));

    [Theory]
    [InlineData("نجران", "جازان")]
    [InlineData("مصر", "قطر")]
    [InlineData("الجهني", "العتيبي")]
    [InlineData("الشمري", "الشهري")]
    [InlineData("محمد", "أحمد")]
    [InlineData("حسن", "حسين")]
    [InlineData("سعد", "سعيد")]
    [InlineData("سلمان", "سليمان")]
    [InlineData("عمر", "عامر")]
    [InlineData("الجزائر", "الجزيرة")]
    public void Two_names_are_not_spelled_alike(string a, string b) => Assert.False(Substitution.SpelledAlike(a, b));
}
