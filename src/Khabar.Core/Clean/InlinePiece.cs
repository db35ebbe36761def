namespace Khabar.Core.Clean;

/// <summary>What a piece of a line is, for cleaning.</summary>
internal enum PieceKind
{
    /// <summary>Characters kept as they are.</summary>
    Text,

    /// <summary>One whitespace character, or a reference that decodes to one: part of a gap between words.</summary>
    Space,

    /// <summary>Markup: part of a gap between words.</summary>
    Markup,

    /// <summary>A character reference replaced by <see cref="InlinePiece.Value"/>.</summary>
    Entity,
}

/// <summary>One piece of a line, at absolute raw offsets.</summary>
/// <param name="Value">For <see cref="PieceKind.Entity"/>, the decoded text.</param>
/// <param name="IsPlainSpace">A single U+0020 that can stand for its gap as it is.</param>
internal readonly record struct InlinePiece(PieceKind Kind, int Start, int Length, string? Value = null, bool IsPlainSpace = false)
{
    public int End => Start + Length;

    /// <summary>The rule recorded when this piece is removed or replaced.</summary>
    public CleanRule Rule => Kind switch
    {
        PieceKind.Markup => CleanRule.MarkupFragment,
        PieceKind.Entity => CleanRule.Entity,
        _ => Value is null ? CleanRule.Whitespace : CleanRule.Entity,
    };
}
