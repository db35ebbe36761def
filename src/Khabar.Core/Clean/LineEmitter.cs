namespace Khabar.Core.Clean;

/// <summary>
/// Writes one kept line: text copied, references replaced, and each gap (whitespace and markup between
/// words) made one space that maps to the gap's start (its first character when that is a plain space), or dropped at the line's ends.
/// </summary>
internal static class LineEmitter
{
    private const string Space = " ";

    /// <summary>Emits the line <c>[start, text.Length)</c>.</summary>
    public static void Emit(ReadOnlySpan<char> text, int start, CleanTextBuilder builder)
    {
        var gapStart = -1;
        var hasContent = false;
        for (var position = start; position < text.Length;)
        {
            var piece = InlineScanner.Next(text, position);
            position = piece.End;
            if (piece.Kind is PieceKind.Space or PieceKind.Markup)
            {
                if (gapStart < 0)
                {
                    gapStart = piece.Start;
                }

                continue;
            }

            if (gapStart >= 0)
            {
                EmitGap(text[..piece.Start], gapStart, hasContent, builder);
                gapStart = -1;
            }

            hasContent = true;
            if (piece.Kind == PieceKind.Text)
            {
                builder.Copy(piece.Start, piece.Length);
            }
            else
            {
                builder.Replace(piece.Start, piece.Length, piece.Value!, CleanRule.Entity);
            }
        }

        if (gapStart >= 0)
        {
            EmitGap(text, gapStart, emitSpace: false, builder);
        }
    }

    private static void EmitGap(ReadOnlySpan<char> text, int start, bool emitSpace, CleanTextBuilder builder)
    {
        for (var position = start; position < text.Length;)
        {
            var piece = InlineScanner.Next(text, position);
            position = piece.End;
            if (!emitSpace || piece.Start != start)
            {
                builder.Remove(piece.Start, piece.Length, piece.Rule);
            }
            else if (piece.IsPlainSpace)
            {
                builder.Copy(piece.Start, 1);
            }
            else
            {
                builder.Replace(piece.Start, piece.Length, Space, piece.Rule);
            }
        }
    }
}
