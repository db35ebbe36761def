namespace Khabar.Text.Normalize;

/// <summary>Display-normalized text and, for each of its offsets, the offset in the text it came from.</summary>
public sealed class NormalizedText
{
    private readonly int[]? _sourceOffsets;

    internal NormalizedText(string text, int sourceLength, int[]? sourceOffsets)
    {
        Text = text;
        SourceLength = sourceLength;
        _sourceOffsets = sourceOffsets;
    }

    public string Text { get; }

    /// <summary>The length of the text it was made from.</summary>
    public int SourceLength { get; }

    /// <summary>Whether normalization changed nothing (then every offset maps to itself).</summary>
    public bool IsUnchanged => _sourceOffsets is null;

    /// <summary>The source offset of the character at <paramref name="index"/>; <see cref="Text"/>.Length maps to
    /// <see cref="SourceLength"/>. Characters produced together (a decomposed ligature) share their source offset.</summary>
    public int SourceOffset(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        return _sourceOffsets is null ? index : _sourceOffsets[index];
    }

    /// <summary>The source extent that produced <paramref name="extent"/> of <see cref="Text"/>: from the source
    /// of its first character up to the source of the next character not made from the same source character
    /// (so a ligature unfolded into two letters, and anything removed after it, is covered whole).</summary>
    public TextExtent SourceExtent(TextExtent extent)
    {
        var start = SourceOffset(extent.Start);
        if (extent.Length == 0)
        {
            return new TextExtent(start, 0);
        }

        var last = SourceOffset(extent.End - 1);
        var end = extent.End;
        while (end < Text.Length && SourceOffset(end) == last)
        {
            end++;
        }

        return new TextExtent(start, SourceOffset(end) - start);
    }
}
