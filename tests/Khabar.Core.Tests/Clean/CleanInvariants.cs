using Khabar.Core.Clean;

namespace Khabar.Core.Tests.Clean;

/// <summary>What every <see cref="CleanText"/> must satisfy, whatever the input.</summary>
internal static class CleanInvariants
{
    public static void Check(string raw, CleanText clean)
    {
        Assert.Same(raw, clean.Source);
        CheckRemovals(raw, clean);
        CheckReconstructionAndMap(raw, clean);
        CheckShape(clean.Text);
    }

    private static void CheckRemovals(string raw, CleanText clean)
    {
        var previousEnd = 0;
        foreach (var removal in clean.Removals)
        {
            Assert.True(removal.Length > 0, $"empty removal at {removal.Start}");
            Assert.True(removal.Start >= previousEnd, $"removal at {removal.Start} overlaps or is out of order");
            Assert.True(removal.End <= raw.Length, $"removal at {removal.Start} runs past the text");
            Assert.True(removal.Replacement is null or { Length: > 0 });
            previousEnd = removal.End;
        }
    }

    /// <summary>Raw text minus removals, with replacements, is the clean text, and each clean character maps
    /// to the raw offset it was copied from or to the start of what it replaced.</summary>
    private static void CheckReconstructionAndMap(string raw, CleanText clean)
    {
        var text = new System.Text.StringBuilder();
        var origins = new List<int>();
        var position = 0;
        foreach (var removal in clean.Removals)
        {
            for (; position < removal.Start; position++)
            {
                text.Append(raw[position]);
                origins.Add(position);
            }

            foreach (var c in removal.Replacement ?? "")
            {
                text.Append(c);
                origins.Add(removal.Start);
            }

            position = removal.End;
        }

        for (; position < raw.Length; position++)
        {
            text.Append(raw[position]);
            origins.Add(position);
        }

        Assert.Equal(text.ToString(), clean.Text);
        var previous = 0;
        for (var i = 0; i < clean.Text.Length; i++)
        {
            var source = clean.SourceOffset(i);
            Assert.Equal(origins[i], source);
            Assert.True(source >= previous, $"map not monotonic at {i}");
            Assert.True(raw[source] == clean.Text[i] || IsReplacementStart(clean, source), $"clean[{i}] does not come from raw[{source}]");
            previous = source;
        }

        var end = clean.SourceOffset(clean.Text.Length);
        if (clean.Text.Length == 0)
        {
            Assert.Equal(0, end);
        }
        else
        {
            Assert.Equal(clean.SourceExtent(0, clean.Text.Length).End, end);
            Assert.True(end > previous && end <= raw.Length, "end does not map past the last clean character");
        }
    }

    private static bool IsReplacementStart(CleanText clean, int source)
    {
        foreach (var removal in clean.Removals)
        {
            if (removal.Start == source && removal.Replacement is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckShape(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        foreach (var line in text.Split('\n'))
        {
            Assert.NotEqual("", line);
            Assert.False(CleanChars.IsSpace(line[0]), "line starts with whitespace");
            Assert.False(CleanChars.IsSpace(line[^1]), "line ends with whitespace");
            Assert.DoesNotContain("  ", line, StringComparison.Ordinal);
            Assert.DoesNotContain('\t', line);
            Assert.DoesNotContain('\r', line);
        }
    }
}
