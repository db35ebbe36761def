using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class HtmlIngestTests : IngestFixture
{
    private const string Canonical = "<link rel=\"canonical\" href=\"https://news.example.com/culture/library-opens\">";

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>صفحة الثقافة | صحيفة المدينة</title>{head}</head>\n<body>{body}</body></html>";

    private static readonly string FurnishedBody = $"""
        <header><div class="logo">صحيفة المدينة</div><p>شعار الصحيفة اليومي</p></header>
        <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li></ul></nav>
        <script>var label = "نص من سكربت في الرأس";</script>
        <article>
          <h1 class="headline-box">افتتاح مكتبة</h1>
          <p>{Body}</p>
          <div class="share-buttons"><p>شارك الخبر على فيسبوك</p><a href="#">تويتر</a></div>
          <p>  {Second}
             </p>
          <ul class="related"><li><a href="/a">خبر ذو صلة عن المكتبات</a></li><li>خبر آخر ذو صلة</li></ul>
          <script>document.write("نص من سكربت داخل المقال");</script>
        </article>
        <footer><p>جميع الحقوق محفوظة لصحيفة المدينة</p></footer>
        """;

    [Fact]
    public void Keeps_only_the_article_paragraphs_one_per_line()
    {
        var path = Write("library.html", Page(Canonical, FurnishedBody));
        var article = SingleArticle(path);
        Assert.Equal("library", article.Id);
        Assert.Equal(path, article.Origin);
        Assert.Equal("html", article.Format);
        Assert.Equal($"افتتاح مكتبة\n{Body}\n{Second}\n", article.Text);
    }

    [Fact]
    public void Keeps_the_densest_paragraph_container_when_there_is_no_article_element()
    {
        var body = $"""
            <div class="menu"><p>القائمة</p></div>
            <div id="main"><p>{Body}</p><p>{Second}</p></div>
            <div class="sidebar-box"><p>{Third}</p></div>
            <div><p>قصير</p></div>
            """;
        Assert.Equal($"{Body}\n{Second}\n", SingleArticle(Write("page.html", Page("", body))).Text);
    }

    [Fact]
    public void Takes_the_title_from_og_title()
    {
        var head = $"<meta property=\"og:title\" content=\"{Headline}\">";
        Assert.Equal(Headline, SingleArticle(Write("p.html", Page(head, FurnishedBody))).Title);
    }

    [Fact]
    public void Takes_the_title_from_the_title_element_without_og_title()
    {
        Assert.Equal("صفحة الثقافة | صحيفة المدينة", SingleArticle(Write("p.html", Page("", FurnishedBody))).Title);
    }

    [Fact]
    public void Takes_published_time_from_article_published_time_meta()
    {
        var head = "<meta property=\"article:published_time\" content=\"2015-07-21T09:30:00+03:00\">"
            + "<script type=\"application/ld+json\">{\"datePublished\":\"2001-01-01T00:00:00Z\"}</script>";
        var published = SingleArticle(Write("p.html", Page(head, FurnishedBody))).Published;
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 9, 30, 0, TimeSpan.FromHours(3)), published);
        Assert.Equal(TimeSpan.FromHours(3), published!.Value.Offset);
    }

    [Fact]
    public void Takes_published_time_from_json_ld_date_published()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2016-03-02T08:00:00Z\"}</script>";
        Assert.Equal(new DateTimeOffset(2016, 3, 2, 8, 0, 0, TimeSpan.Zero), SingleArticle(Write("p.html", Page(head, FurnishedBody))).Published);
    }

    [Fact]
    public void Takes_published_time_from_a_time_element()
    {
        var body = $"<article><time datetime=\"2017-11-05T14:15:00Z\">٥ نوفمبر</time><p>{Body}</p></article>";
        var article = SingleArticle(Write("p.html", Page("", body)));
        Assert.Equal(new DateTimeOffset(2017, 11, 5, 14, 15, 0, TimeSpan.Zero), article.Published);
        Assert.Equal($"{Body}\n", article.Text);
    }

    [Fact]
    public void Leaves_published_time_unknown_without_metadata()
    {
        Assert.Null(SingleArticle(Write("p.html", Page("", FurnishedBody))).Published);
    }

    [Fact]
    public void Ignores_broken_json_ld_and_falls_back_to_a_time_element()
    {
        var head = "<script type=\"application/ld+json\">{\"datePublished\": </script>";
        var body = $"<article><time datetime=\"2017-11-05T14:15:00Z\"></time><p>{Body}</p></article>";
        Assert.Equal(new DateTimeOffset(2017, 11, 5, 14, 15, 0, TimeSpan.Zero), SingleArticle(Write("p.html", Page(head, body))).Published);
    }

    [Fact]
    public void Takes_source_from_og_site_name()
    {
        var head = Canonical + "<meta property=\"og:site_name\" content=\"صحيفة المدينة\">";
        var article = SingleArticle(Write("p.html", Page(head, FurnishedBody)), new IngestOptions { DefaultSource = "cli-source" });
        Assert.Equal("صحيفة المدينة", article.Source);
    }

    [Fact]
    public void Takes_source_from_the_canonical_url_host_without_og_site_name()
    {
        var article = SingleArticle(Write("p.html", Page(Canonical, FurnishedBody)));
        Assert.Equal("news.example.com", article.Source);
        Assert.Equal("https://news.example.com/culture/library-opens", article.Url);
    }

    [Fact]
    public void Prefers_the_default_source_to_the_canonical_host()
    {
        var article = SingleArticle(Write("p.html", Page(Canonical, FurnishedBody)), new IngestOptions { DefaultSource = "cli-source" });
        Assert.Equal("cli-source", article.Source);
    }

    [Fact]
    public void Takes_the_url_from_og_url_without_a_canonical_link()
    {
        var head = "<meta property=\"og:url\" content=\"https://other.example.org/n/7\">";
        var article = SingleArticle(Write("p.html", Page(head, FurnishedBody)));
        Assert.Equal("https://other.example.org/n/7", article.Url);
        Assert.Equal("other.example.org", article.Source);
    }

    [Fact]
    public void Rejects_a_page_without_article_text_naming_the_file()
    {
        var path = Write("empty-page.html", Page("", "<nav><p>الرئيسية</p></nav><footer><p>حقوق</p></footer>"));
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("without article text", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_article_over_max_article_chars()
    {
        var path = Write("long.html", Page("", $"<article><p>{Body}</p><p>{Second}</p></article>"));
        var rejection = SingleRejection(path, new IngestOptions { MaxArticleChars = 100 });
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("exceeds the limit of 100", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_deeply_nested_divs()
    {
        const int depth = 20_000;
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        html.Append(string.Concat(Enumerable.Repeat("<div>", depth)));
        html.Append("<p>").Append(Second).Append("</p>");
        html.Append(string.Concat(Enumerable.Repeat("</div>", depth)));
        html.Append("</body></html>");
        var path = Write("deep.html", html.ToString());

        // AngleSharp's tree building is quadratic in depth (about 3 s alone at 20,000): such pages are read as
        // tag-stripped text instead.
        var article = SingleArticle(path);

        Assert.Equal($"{Second}\n", article.Text);
    }
}
