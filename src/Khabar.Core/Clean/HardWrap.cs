using Khabar.Text.Unicode;

namespace Khabar.Core.Clean;

/// <summary>
/// Text broken into lines at a fixed width (archived and e-mailed news, plain-text wires: a break every 60–100
/// characters, wherever the last space before the width fell) is read as the paragraphs it was: a full-width line
/// joins the next line with a space, so sentences are not cut at each line (where one did end, the splitter still
/// cuts at its mark).
/// A text counts as wrapped when most of its lines end within <see cref="Band"/> of its longest line and that
/// longest line is at most <see cref="MaxWidth"/> characters; prose written a paragraph a line, lists and tables
/// are not (their lines are long, or of every length).
/// </summary>
internal static class HardWrap
{
    /// <summary>Widest line of a wrapped text: mail and archive tools wrap at 60–80 columns, some at 100.</summary>
    private const int MaxWidth = 110;

    /// <summary>Narrowest line of a wrapped text: shorter lines of like length are a list or a table.</summary>
    private const int MinWidth = 50;

    /// <summary>How far short of the widest line a full line may end: the longest Arabic words and a space.</summary>
    private const int Band = 20;

    /// <summary>
    /// Most a wrapped text's typical full line falls short of the widest: the wrap leaves about half a word. Lines of
    /// a list end anywhere within the band.
    /// </summary>
    private const int MaxMedianShortfall = 8;

    /// <summary>Fewest full lines that show a text is wrapped.</summary>
    private const int MinFullLines = 3;

    /// <summary>Share of the kept lines that must be full, and of the full lines that must end mid-sentence.</summary>
    private const double FullShare = 0.6;

    private const double OpenShare = 0.5;

    /// <summary>Off only to measure what joining changes (bench unwrap-check).</summary>
    internal static bool Enabled { get; set; } = true;

    public static void Mark(string raw, Span<LineInfo> lines)
    {
        if (!Enabled)
        {
            return;
        }

        var width = 0;
        var kept = 0;
        foreach (var line in lines)
        {
            if (IsKept(line))
            {
                kept++;
                width = Math.Max(width, Length(raw, line));
            }
        }

        if (width < MinWidth || width > MaxWidth || kept < MinFullLines + 1)
        {
            return;
        }

        var full = 0;
        var open = 0;
        Span<int> shortBy = stackalloc int[Band + 1];
        foreach (var line in lines)
        {
            if (IsKept(line) && IsFull(raw, line, width))
            {
                full++;
                open += EndsSentence(raw, line) ? 0 : 1;
                shortBy[width - Length(raw, line)]++;
            }
        }

        if (full < MinFullLines || full < FullShare * (kept - 1) || open < OpenShare * full || Median(shortBy, full) > MaxMedianShortfall)
        {
            return;
        }

        // Within a wrapped text a full line goes on on the next whatever it ends with: a colon before a quote, «..»
        // inside a sentence; where a sentence did end, the sentence splitter still cuts at its mark.
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (IsKept(lines[i]) && IsKept(lines[i + 1]) && IsFull(raw, lines[i], width))
            {
                lines[i].JoinsNext = true;
            }
        }
    }

    /// <summary>The median of values counted by value.</summary>
    private static int Median(ReadOnlySpan<int> counts, int total)
    {
        var seen = 0;
        for (var value = 0; value < counts.Length; value++)
        {
            seen += counts[value];
            if (2 * seen >= total)
            {
                return value;
            }
        }

        return counts.Length;
    }

    private static bool IsKept(LineInfo line) => line.HasContent && line.Removed is null;

    private static bool IsFull(string raw, LineInfo line, int width) => Length(raw, line) >= width - Band;

    /// <summary>The line's length without the white space at its ends.</summary>
    private static int Length(string raw, LineInfo line) => raw.AsSpan(line.Start, line.End - line.Start).Trim().Length;

    private static bool EndsSentence(string raw, LineInfo line)
    {
        var text = raw.AsSpan(line.Start, line.End - line.Start).TrimEnd().TrimEnd("\"'»”)]");
        return text.Length > 0 && Punctuation.IsSentenceFinal(text[^1]);
    }
}
