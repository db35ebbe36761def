using Khabar.Text;

namespace Khabar.Core.Clean;

/// <summary>
/// An article body without scraping residue: one paragraph per line, single spaces, no empty lines. Every
/// clean character maps back to the raw text, and every raw character not in the clean text as written is
/// covered by a <see cref="Removal"/> saying why.
/// </summary>
public sealed record CleanText
{
    private readonly OffsetRun[] _runs;
    private readonly int _sourceEnd;

    internal CleanText(string source, string text, OffsetRun[] runs, int sourceEnd, Removal[] removals)
    {
        Source = source;
        Text = text;
        _runs = runs;
        _sourceEnd = sourceEnd;
        Removals = removals;
    }

    /// <summary>The raw text this was cleaned from (unchanged).</summary>
    public string Source { get; }

    /// <summary>The clean text.</summary>
    public string Text { get; }

    /// <summary>What was removed or replaced, in raw order, not overlapping.</summary>
    public IReadOnlyList<Removal> Removals { get; }

    /// <summary>Number of offset runs in the map: one per stretch copied unchanged or per replacement.</summary>
    public int RunCount => _runs.Length;

    /// <summary>
    /// The raw offset of what produced the clean character at <paramref name="cleanIndex"/>: the character itself
    /// or the start of the reference, markup or whitespace run it stands for. <c>Text.Length</c> maps to the end
    /// of the last clean character's source (0 when the text is empty).
    /// </summary>
    public int SourceOffset(int cleanIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cleanIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cleanIndex, Text.Length);
        if (cleanIndex == Text.Length)
        {
            return _sourceEnd;
        }

        var run = _runs[FindRun(cleanIndex)];
        return run.ReplacedLength > 0 ? run.SourceStart : run.SourceStart + (cleanIndex - run.CleanStart);
    }

    /// <summary>The raw extent that produced the clean characters <c>[cleanStart, cleanStart + cleanLength)</c>,
    /// removals inside it included.</summary>
    public TextExtent SourceExtent(int cleanStart, int cleanLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cleanLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cleanStart + cleanLength, Text.Length);
        var start = SourceOffset(cleanStart);
        if (cleanLength == 0)
        {
            return new TextExtent(start, 0);
        }

        var lastIndex = cleanStart + cleanLength - 1;
        var last = _runs[FindRun(lastIndex)];
        var end = last.ReplacedLength > 0
            ? last.SourceStart + last.ReplacedLength
            : last.SourceStart + (lastIndex - last.CleanStart) + 1;
        return new TextExtent(start, end - start);
    }

    /// <summary>Index of the last run starting at or before <paramref name="cleanIndex"/>.</summary>
    private int FindRun(int cleanIndex)
    {
        int low = 0, high = _runs.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >>> 1;
            if (_runs[mid].CleanStart <= cleanIndex)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
