using Khabar.Text;

namespace Khabar.Core.Clean;

/// <summary>
/// A piece of the raw text that is not in the clean text as written: removed, or (when
/// <see cref="Replacement"/> is set) replaced by that text.
/// </summary>
/// <param name="Start">Offset in the raw text.</param>
/// <param name="Length">Raw characters covered.</param>
/// <param name="Rule">Why.</param>
/// <param name="Replacement">What the clean text has instead; null for a plain removal.</param>
public readonly record struct Removal(int Start, int Length, CleanRule Rule, string? Replacement = null)
{
    /// <summary>The offset just past the covered characters.</summary>
    public int End => Start + Length;

    /// <summary>The raw extent covered.</summary>
    public TextExtent Extent => new(Start, Length);

    /// <summary>True for whitespace housekeeping, which a UI may hide.</summary>
    public bool IsTrivial => Rule == CleanRule.Whitespace;

    /// <summary>The removed characters in <paramref name="raw"/>, for display.</summary>
    public ReadOnlySpan<char> Of(ReadOnlySpan<char> raw) => raw.Slice(Start, Length);
}
