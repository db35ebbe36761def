using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

/// <summary>Bugs the reader tests found, each pinned.</summary>
public sealed class ReaderRegressionTests : InputFolder
{
    [Fact]
    public void A_json_ld_date_that_is_not_a_string_is_ignored()
    {
        const string html = "<html><head><script type=\"application/ld+json\">{\"datePublished\":20150721}</script></head><body><p>نص الخبر عن الميناء.</p></body></html>";

        var article = Read("page.html", Encoding.UTF8.GetBytes(html)).Single().Article!;

        Assert.Null(article.Published);
        Assert.Equal("نص الخبر عن الميناء.\n", article.Text);
    }

    [Fact]
    public void A_json_array_behind_a_bom_is_read()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("[{\"text\":\"نص الخبر الأول.\"}]")];

        Assert.Equal("نص الخبر الأول.", Read("bom.json", bytes).Single().Article!.Text);
    }

    [Fact]
    public void A_truncated_array_names_the_item_it_broke_in()
    {
        var items = Read("cut.json", Encoding.UTF8.GetBytes("[{\"text\":\"نص أول.\"},{\"text\":\"نص"));

        Assert.NotNull(items[0].Article);
        Assert.EndsWith("cut.json#2", items[1].Rejection!.Origin, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[عاجل] زلزال يضرب المنطقة\nوقالت السلطات إن الأضرار محدودة.")]
    [InlineData("{تحديث} الرئيس يصل إلى العاصمة")]
    public void Text_starting_with_a_bracket_is_plain_text(string text)
    {
        var article = Read("news.txt", Encoding.UTF8.GetBytes(text)).Single().Article!;

        Assert.Equal("text", article.Format);
        Assert.Equal(text, article.Text);
    }
}
