using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class PlainTextIngestTests : IngestFixture
{
    private static readonly string Article = $"{Headline}\n{Body}\n";

    private static Encoding Windows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }

    private void AssertReadAsText(string path, string expectedText)
    {
        var article = SingleArticle(path);
        Assert.Equal("library-opens", article.Id);
        Assert.Equal(path, article.Origin);
        Assert.Equal("text", article.Format);
        Assert.Equal(expectedText, article.Text);
        Assert.Equal(Headline, article.Title);
        Assert.Null(article.Source);
        Assert.Null(article.Url);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Reads_utf8_text_without_bom()
    {
        AssertReadAsText(Write("library-opens.txt", Encoding.UTF8.GetBytes(Article)), Article);
    }

    [Fact]
    public void Reads_utf8_text_with_bom()
    {
        AssertReadAsText(Write("library-opens.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]), Article);
    }

    [Fact]
    public void Reads_utf16_le_text_with_bom()
    {
        AssertReadAsText(Write("library-opens.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article)]), Article);
    }

    [Fact]
    public void Reads_utf16_be_text_with_bom()
    {
        AssertReadAsText(Write("library-opens.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Article)]), Article);
    }

    [Fact]
    public void Reads_windows_1256_text()
    {
        AssertReadAsText(Write("library-opens.txt", Windows1256().GetBytes(Article)), Article);
    }

    [Fact]
    public void Reads_crlf_text_keeping_its_line_ends()
    {
        var text = $"{Headline}\r\n{Body}\r\n";
        AssertReadAsText(Write("library-opens.txt", text), text);
    }

    [Fact]
    public void Takes_the_id_from_the_file_name_without_extension()
    {
        Assert.Equal("2015-07-21-00042", SingleArticle(Write("2015-07-21-00042.txt", Article)).Id);
        Assert.Equal("report.v2", SingleArticle(Write("report.v2.txt", Article)).Id);
        Assert.Equal("no-extension", SingleArticle(Write("no-extension", Article)).Id);
    }

    [Fact]
    public void Uses_the_default_source_from_options()
    {
        var article = SingleArticle(Write("a.txt", Article), new IngestOptions { DefaultSource = "الشرق الأوسط" });
        Assert.Equal("الشرق الأوسط", article.Source);
    }

    [Theory]
    [InlineData("افتتاح مكتبة عامة جديدة\nنص الخبر هنا.", "افتتاح مكتبة عامة جديدة")]
    [InlineData("  \n\nافتتاح مكتبة عامة جديدة  \nنص الخبر هنا.", "افتتاح مكتبة عامة جديدة")]
    [InlineData("افتتاح مكتبة عامة جديدة\r\nنص الخبر هنا.", "افتتاح مكتبة عامة جديدة")]
    [InlineData("افتتحت البلدية مكتبة عامة جديدة.\nنص الخبر هنا.", null)]
    [InlineData("هل تفتح المكتبة أبوابها؟\nنص الخبر هنا.", null)]
    [InlineData("قال الوزير:\nنص الخبر هنا.", null)]
    [InlineData("افتتاح مكتبة عامة جديدة، وسط المدينة،\nنص الخبر هنا.", null)]
    [InlineData("افتتاح مكتبة عامة جديدة؛\nنص الخبر هنا.", null)]
    [InlineData("افتتاح مكتبة عامة جديدة۔\nنص الخبر هنا.", null)]
    [InlineData("افتتاح مكتبة عامة جديدة", null)]
    [InlineData("افتتاح مكتبة عامة جديدة\n   \n", null)]
    [InlineData("افتتحت البلدية صباح اليوم في وسط المدينة القديمة مكتبة عامة كبيرة تضم أكثر من عشرة آلاف كتاب ومجلة وقاعة للقراءة وأخرى للأطفال وسط حضور كبير من السكان\nنص الخبر هنا.", null)]
    public void Takes_a_short_first_line_without_a_final_stop_as_the_title(string text, string? expected)
    {
        Assert.Equal(expected, SingleArticle(Write("a.txt", text)).Title);
    }

    [Fact]
    public void Reads_a_json_array_saved_as_txt_as_json()
    {
        var path = Write("batch.txt", $$"""[{"text":"{{Second}}"}]""");
        var article = SingleArticle(path);
        Assert.Equal("json", article.Format);
        Assert.Equal(Second, article.Text);
        Assert.Equal("batch-1", article.Id);
    }

    [Fact]
    public void Reads_html_saved_as_dat_as_html()
    {
        var path = Write("page.dat", $"<html><body><article><p>{Second}</p></article></body></html>");
        var article = SingleArticle(path);
        Assert.Equal("html", article.Format);
        Assert.Equal($"{Second}\n", article.Text);
    }

    [Fact]
    public void Reads_plain_text_saved_as_html_as_html_by_tie_break()
    {
        var article = SingleArticle(Write("page.html", Second));
        Assert.Equal("html", article.Format);
        Assert.Equal(Second, article.Text);
    }
}
