using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

public class NormalizedTextTests
{
    [Theory]
    [InlineData("\u0643\u0640\u062A\u0640\u0627\u0628", new[] { 0, 2, 4, 5 })]        // كـتـاب → كتاب
    [InlineData("\uFEFB\u0646", new[] { 0, 0, 1 })]                                   // ﻻن → لان
    [InlineData("\u0627\u0654\u0628", new[] { 0, 2 })]                                // ا+ٔب → أب
    [InlineData("\u200F\u0628\u0651\u064E", new[] { 1, 1, 1 })]                        // reordered segment → its starter
    [InlineData("\u0628\u064E\u0640\u0631", new[] { 0, 1, 3 })]                        // unchanged marks keep their offsets
    [InlineData("x\uFDF2\u0640y", new[] { 0, 1, 1, 1, 1, 3 })]                         // ﷲ expands; tatweel goes
    [InlineData("e\u0301\u200Bt\u0661", new[] { 0, 3, 4 })]                            // é, ZWSP gone, t, 1
    public void Maps_each_output_char_to_its_source(string input, int[] expected)
    {
        var result = DisplayNormalizer.Normalize(input);
        var actual = new int[result.Text.Length];
        for (var i = 0; i < actual.Length; i++)
        {
            actual[i] = result.SourceOffset(i);
        }

        Assert.Equal(expected, actual);
        Assert.Equal(input.Length, result.SourceOffset(result.Text.Length));
        NormalizationAssert.GroupsNormalizeFromTheirSource(input, result);
    }

    [Fact]
    public void Source_extent_covers_an_expansion_whole()
    {
        var result = DisplayNormalizer.Normalize("\u0628\uFEFB\u0640\u0645");   // بﻻـم → بلام
        Assert.Equal("\u0628\u0644\u0627\u0645", result.Text);
        Assert.Equal(new TextExtent(1, 2), result.SourceExtent(new TextExtent(1, 1)));
        Assert.Equal(new TextExtent(1, 2), result.SourceExtent(new TextExtent(1, 2)));
        Assert.Equal(new TextExtent(0, 4), result.SourceExtent(new TextExtent(0, 4)));
        Assert.Equal(new TextExtent(3, 0), result.SourceExtent(new TextExtent(3, 0)));
    }

    [Fact]
    public void Source_offset_rejects_indexes_outside_the_text()
    {
        var result = DisplayNormalizer.Normalize("\u0640\u0628");
        Assert.Throws<ArgumentOutOfRangeException>(() => result.SourceOffset(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.SourceOffset(2));
    }
}
