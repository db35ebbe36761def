using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class HtmlNestingTests
{
    [Theory]
    [InlineData("<p>نص</p>", 1)]
    [InlineData("<div><p>نص<br>سطر</p><img src=x></div>", 2)]
    [InlineData("<div><div/><span>a</span></div>", 2)]
    [InlineData("a < b و c > d", 0)]
    public void Measures_nesting_depth(string html, int depth) => Assert.Equal(depth, HtmlNesting.MaxDepth(html));

    [Fact]
    public void Strips_tags_scripts_and_styles_keeping_paragraphs()
    {
        var text = HtmlNesting.StripTags("<div><script>var x = '<p>';</script><p>فقرة أولى</p><style>p{}</style><p>فقرة ثانية</p></div>");

        Assert.Equal(["فقرة أولى", "فقرة ثانية"], text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_deep_is_read_as_tag_stripped_text()
    {
        // Parsed as a tree this page takes minutes (measured: 100 s); the linear path reads it at once.
        var html = new StringBuilder("<html><body>").Insert(12, "<div>", 100_000).Append("<p>نص في أعماق الصفحة</p>")
            .Append(string.Concat(Enumerable.Repeat("</div>", 100_000))).Append("</body></html>").ToString();

        var item = HtmlArticleReader.Read(html, "deep", "deep.html", IngestOptions.Default);

        Assert.True(HtmlNesting.MaxDepth(html) > 100_000);
        Assert.Equal("html", item.Article!.Format);
        Assert.Equal("نص في أعماق الصفحة", item.Article.Text.Trim());
    }
}
