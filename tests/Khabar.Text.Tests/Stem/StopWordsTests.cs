using Khabar.Text.Normalize;
using Khabar.Text.Stem;

namespace Khabar.Text.Tests.Stem;

public class StopWordsTests
{
    [Fact]
    public void Default_list_loads_from_the_resource()
    {
        Assert.True(StopWords.Default.Count > 100, $"only {StopWords.Default.Count} entries");
        Assert.Same(StopWords.Default, StopWords.Default);
    }

    [Theory]
    [InlineData("في")]
    [InlineData("من")]
    [InlineData("إلى")]
    [InlineData("على")]
    [InlineData("عن")]
    [InlineData("الذي")]
    [InlineData("هذه")]
    [InlineData("كان")]
    [InlineData("لقد")]
    public void Contains_function_words(string word) => Assert.True(StopWords.Default.Contains(MatchKey.Of(word)));

    [Theory]
    [InlineData("روسيا")]
    [InlineData("قال")]    // a reporting verb, kept on purpose (see the resource header)
    [InlineData("رئيس")]
    [InlineData("putin")]
    [InlineData("")]
    public void Does_not_contain_content_words(string word) => Assert.False(StopWords.Default.Contains(MatchKey.Of(word)));

    [Fact]
    public void Looks_up_a_slice_of_text()
    {
        var text = "زار في روسيا".AsSpan();
        Assert.True(StopWords.Default.Contains(text.Slice(4, 2)));
        Assert.False(StopWords.Default.Contains(text.Slice(7, 5)));
    }

    [Fact]
    public void Folds_entries_with_the_match_key_on_load()
    {
        var words = new StopWords(["  إلى ", "إلى", ""]);
        Assert.Equal(1, words.Count);
        Assert.True(words.Contains(MatchKey.Of("إلى")));
    }

    [Fact]
    public void Parses_comments_and_blank_lines()
    {
        var words = StopWords.Parse("# header\r\nفي\n\n  من  # trailing comment\n#عن\n");
        Assert.Equal(2, words.Count);
        Assert.True(words.Contains("في"));
        Assert.True(words.Contains("من"));
        Assert.False(words.Contains("عن"));
    }

    [Fact]
    public void Lookup_does_not_allocate()
    {
        var text = "زار في روسيا".AsSpan();
        var words = StopWords.Default;
        words.Contains(text[..3]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = 0;
        for (var i = 0; i < 1_000; i++)
        {
            hits += words.Contains(text.Slice(4, 2)) ? 1 : 0;
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal(1_000, hits);
    }
}
