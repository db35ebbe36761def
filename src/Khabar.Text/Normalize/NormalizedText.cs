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
}
