using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

internal static class NormalizationAssert
{
    /// <summary>
    /// Output chars sharing a source offset, taken together, are the display form of the source from that
    /// offset to the next group's: each output char came from the source char its offset names.
    /// </summary>
    public static void GroupsNormalizeFromTheirSource(string source, NormalizedText result)
    {
        Assert.Equal(string.Empty, DisplayNormalizer.Normalize(source[..result.SourceOffset(0)]).Text);
        var text = result.Text;
        var i = 0;
        while (i < text.Length)
        {
            var from = result.SourceOffset(i);
            var end = i + 1;
            while (end < text.Length && result.SourceOffset(end) == from)
            {
                end++;
            }

            var to = result.SourceOffset(end);
            Assert.Equal(text[i..end], DisplayNormalizer.Normalize(source[from..to]).Text);
            i = end;
        }
    }

    /// <summary>The map is non-decreasing and within [0, source length].</summary>
    public static void MapIsMonotonic(NormalizedText result)
    {
        var previous = 0;
        for (var i = 0; i <= result.Text.Length; i++)
        {
            var offset = result.SourceOffset(i);
            Assert.InRange(offset, previous, result.SourceLength);
            previous = offset;
        }
    }
}
