using System.Text;
using Khabar.Core.Clean;

namespace Khabar.Core.Tests.Clean;

public class CleanRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\r\n\t \u00A0\u2029")]
    [InlineData("/>")]
    [InlineData("<br>\n<p></p>\n&nbsp;")]
    public void Gives_empty_text_for_input_without_content(string raw)
    {
        var clean = ArticleCleaner.Clean(raw);
        CleanInvariants.Check(raw, clean);
        Assert.Equal("", clean.Text);
        Assert.Equal(0, clean.SourceOffset(0));
    }

    [Theory]
    [InlineData("The quick brown fox.\nJumps over the lazy dog.")]
    [InlineData("Le président a déclaré « non ».")]
    [InlineData("数字 123 と記号 <>&;")]
    public void Leaves_non_arabic_prose_alone(string raw)
    {
        var clean = ArticleCleaner.Clean(raw);
        CleanInvariants.Check(raw, clean);
        Assert.Equal(raw, clean.Text);
    }

    [Theory]
    [InlineData("&")]
    [InlineData("&#")]
    [InlineData("&#x;")]
    [InlineData("&#99999999999;")]
    [InlineData("&#0;")]
    [InlineData("&#xD800;")]
    [InlineData("<")]
    [InlineData("</")]
    [InlineData("<p")]
    [InlineData("<!--")]
    [InlineData("<a href=\"")]
    [InlineData("\uD800")]
    [InlineData("— (@")]
    public void Leaves_truncated_markup_and_references_as_text(string raw)
    {
        var clean = ArticleCleaner.Clean(raw);
        CleanInvariants.Check(raw, clean);
        Assert.Equal(raw, clean.Text);
    }

    [Fact]
    public void Holds_its_invariants_on_random_input()
    {
        string[] pieces =
        [
            "<", ">", "&", "/>", "<br>", "</p>", "<p class=\"x\">", "&amp;", "&#1575;", "&#x1F600;", "&nbsp;", "&bogus;",
            "\n", "\r\n", "\r", "\t", " ", "  ", "\u00A0", "\u2029", "\u200C", "\u0640", "\uD83D", "\uDE00",
            "اقرأ أيضاً:", "شارك", "تويتر", "صورة:", "pic.twitter.com/x", "— A (@b) May 1, 2020", "كيم", "روسيا",
            "abc", "123", "«", "»", "-", "(", ")", ".",
        ];
        var random = new Random(20230916);
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 40);
            for (var i = 0; i < count; i++)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append((char)random.Next(0, 0x10000));
                }
                else
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }
            }

            var raw = builder.ToString();
            CleanInvariants.Check(raw, ArticleCleaner.Clean(raw));
        }
    }
}
