namespace Khabar.Text;

/// <summary>A run of characters in some text, by start offset and length (UTF-16 code units).</summary>
public readonly record struct TextExtent(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters of this extent in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Of(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
