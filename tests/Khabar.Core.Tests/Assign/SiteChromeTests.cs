using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Domain;

namespace Khabar.Core.Tests.Assign;

public class SiteChromeTests
{
    // A site's box of other headlines and its newsletter form, the same on every page as text taken out of the HTML.
    private const string Chrome =
        "اقرأ أيضا: وزير الطاقة يبحث مع نظيره العراقي مشروع الربط الكهربائي بين البلدين\n" +
        "مجلس الأمن يعقد جلسة طارئة لبحث التصعيد العسكري في ريف إدلب الجنوبي\n" +
        "المرصد السوري لحقوق الإنسان يوثق مقتل مدنيين في غارات على ريف حماة الشمالي\n" +
        "فصائل المعارضة السورية تعلن استعادة مواقع على جبهة ريف اللاذقية الشمالي\n" +
        "الأمم المتحدة تحذر من كارثة إنسانية في مخيمات النازحين شمال غرب سوريا\n" +
        "هل تريد الاشتراك في نشرتنا الإخبارية؟ أدخل بريدك الإلكتروني لتصلك آخر الأخبار\n";

    private const string Harvest =
        "بدأ المزارعون في سهل حوران موسم حصاد القمح وسط توقعات بإنتاج أقل من العام الماضي بسبب قلة الأمطار وارتفاع أسعار الوقود اللازم لتشغيل الحصادات.\n" +
        "وقال رئيس اتحاد الفلاحين في المحافظة إن المساحات المزروعة تراجعت بنحو الثلث، وإن مراكز الاستلام الحكومية لم تعلن سعر الشراء بعد، ما يدفع كثيرين إلى البيع للتجار بأسعار زهيدة.\n" +
        "ويخشى المزارعون من حرائق الحقول التي تتكرر كل صيف، وطالبوا بتوفير صهاريج إطفاء قرب السهول الزراعية الواسعة.\n";

    private const string Stadium =
        "افتتحت بلدية المدينة ملعبا رياضيا جديدا لكرة القدم في الحي الشرقي بحضور عدد من اللاعبين القدامى وأهالي الحي، بعد أعمال تأهيل استمرت ثمانية أشهر.\n" +
        "وأوضح مدير المشروع أن الملعب يتسع لثلاثة آلاف متفرج ومزود بإنارة ليلية وعشب صناعي، وأنه سيستضيف مباريات دوري الفئات العمرية ابتداء من الشهر المقبل.\n" +
        "وطالب سكان الحي بتخصيص ساعات مجانية لطلاب المدارس واستكمال بناء المدرجات الشمالية قبل بداية الموسم.\n";

    private static readonly DateTimeOffset Day = new(2018, 1, 21, 9, 0, 0, TimeSpan.Zero);

    private static Article Page(string id, string source, string text) => new()
    {
        Id = id,
        Origin = "pages.json",
        Format = "json",
        Source = source,
        Published = Day,
        RawText = text,
        CleanText = text,
        ContentHash = ContentHash.Of(text),
    };

    private static AssignArticle Assign(Article article) =>
        new(article.Id, article.Published, article.ContentHash, ArticleProfile.Of(article.Title, ContentTerms.Of(article.CleanText), TermWeights.Default));

    [Fact]
    public void Two_pages_of_one_site_alike_only_through_its_chrome_are_not_linked()
    {
        var linker = new StoryLinker();
        var harvest = Page("a", "example-news.com", Harvest + Chrome);
        var stadium = Page("b", "example-news.com", Stadium + Chrome);
        var link = linker.Link(Assign(harvest), Assign(stadium), false);

        Assert.NotNull(link);
        Assert.Null(SiteChrome.Recheck(link, harvest, stadium, linker, TermWeights.Default));
    }

    [Fact]
    public void Pages_of_two_outlets_or_one_article_put_out_twice_keep_their_link()
    {
        var linker = new StoryLinker();
        var harvest = Page("a", "example-news.com", Harvest + Chrome);
        var elsewhere = Page("b", "other-news.com", Stadium + Chrome);
        var across = linker.Link(Assign(harvest), Assign(elsewhere), false);
        Assert.NotNull(across);
        Assert.Same(across, SiteChrome.Recheck(across, harvest, elsewhere, linker, TermWeights.Default));

        // The same report again with its last line edited: nearly all of it is shared, which is no chrome.
        var again = Page("c", "example-news.com", Harvest.Replace("بأسعار زهيدة", "بأسعار متدنية", StringComparison.Ordinal) + Chrome);
        var copy = linker.Link(Assign(harvest), Assign(again), false);
        Assert.NotNull(copy);
        Assert.Equal(LinkKind.Related, copy.Kind);
        Assert.Same(copy, SiteChrome.Recheck(copy, harvest, again, linker, TermWeights.Default));
    }
}
