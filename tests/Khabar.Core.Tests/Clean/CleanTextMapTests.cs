using Khabar.Core.Clean;

namespace Khabar.Core.Tests.Clean;

public class CleanTextMapTests
{
    [Fact]
    public void Maps_a_decoded_reference_to_its_start()
    {
        const string raw = "أ &amp; ب";
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal("أ & ب", clean.Text);
        Assert.Equal(2, clean.SourceOffset(2));
        Assert.Equal(8, clean.SourceOffset(4));
        Assert.Equal(new Khabar.Text.TextExtent(2, 5), clean.SourceExtent(2, 1));
        Assert.Equal(new Removal(2, 5, CleanRule.Entity, "&"), Assert.Single(clean.Removals));
    }

    [Fact]
    public void Maps_both_halves_of_a_decoded_surrogate_pair_to_the_reference()
    {
        var clean = ArticleCleaner.Clean("&#128512;");
        Assert.Equal(2, clean.Text.Length);
        Assert.Equal(0, clean.SourceOffset(0));
        Assert.Equal(0, clean.SourceOffset(1));
        Assert.Equal(9, clean.SourceOffset(2));
    }

    [Fact]
    public void Maps_a_collapsed_whitespace_run_to_its_start()
    {
        const string raw = "أ\t \tب";
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal("أ ب", clean.Text);
        Assert.Equal(1, clean.SourceOffset(1));
        Assert.Equal(4, clean.SourceOffset(2));
    }

    [Fact]
    public void Maps_the_space_of_a_gap_to_the_markup_that_opens_it()
    {
        const string raw = "أ<br> ب";
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal("أ ب", clean.Text);
        Assert.Equal(1, clean.SourceOffset(1));
        Assert.Equal(
            [new Removal(1, 4, CleanRule.MarkupFragment, " "), new Removal(5, 1, CleanRule.Whitespace)],
            clean.Removals);
    }

    [Fact]
    public void Keeps_a_plain_space_that_opens_a_gap()
    {
        const string raw = "أ  <br>ب";
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal("أ ب", clean.Text);
        Assert.Equal(1, clean.SourceOffset(1));
        Assert.Equal(
            [new Removal(2, 1, CleanRule.Whitespace), new Removal(3, 4, CleanRule.MarkupFragment)],
            clean.Removals);
    }

    [Fact]
    public void Maps_the_end_to_the_end_of_the_last_kept_character()
    {
        const string raw = "نص\n\nاقرأ أيضاً: عنوان\n";
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal("نص", clean.Text);
        Assert.Equal(2, clean.SourceOffset(clean.Text.Length));
    }

    [Fact]
    public void Maps_lines_after_removed_lines_to_their_raw_offsets()
    {
        const string raw = "/>أول\n/>\n/>ثان";
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal("أول\nثان", clean.Text);
        Assert.Equal(raw.IndexOf("ثان", StringComparison.Ordinal), clean.SourceOffset(4));
        Assert.Equal(raw.IndexOf('\n', StringComparison.Ordinal), clean.SourceOffset(3));
        Assert.Equal(3, clean.Removals.Count(r => r.Rule == CleanRule.MarkupFragment));
    }

    [Fact]
    public void Rejects_offsets_outside_the_clean_text()
    {
        var clean = ArticleCleaner.Clean("نص");
        Assert.Throws<ArgumentOutOfRangeException>(() => clean.SourceOffset(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => clean.SourceOffset(3));
    }
}
