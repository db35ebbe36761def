namespace Khabar.Core.Clean;

/// <summary>Splits one line of raw text into <see cref="InlinePiece"/>s: text runs (single spaces between words
/// included), other whitespace, markup and character references. Pure, allocation-free except for decoded numeric references.</summary>
internal static class InlineScanner
{
    /// <summary>The piece at <paramref name="position"/>; <paramref name="text"/> ends at the line's end.</summary>
    public static InlinePiece Next(ReadOnlySpan<char> text, int position)
    {
        if (TryNonText(text, position, out var piece))
        {
            return piece;
        }

        for (var i = position + 1; i < text.Length; i++)
        {
            if (!CleanChars.IsTextStop(text[i]))
            {
                continue;
            }

            // A single space between words stays inside the text run: clean prose is one piece per line.
            if (text[i] == ' ' && i + 1 < text.Length && !CleanChars.IsTextStop(text[i + 1]))
            {
                i++;
                continue;
            }

            if (TryNonText(text, i, out _))
            {
                return new InlinePiece(PieceKind.Text, position, i - position);
            }
        }

        return new InlinePiece(PieceKind.Text, position, text.Length - position);
    }

    private static bool TryNonText(ReadOnlySpan<char> text, int position, out InlinePiece piece)
    {
        var c = text[position];
        if (CleanChars.IsSpace(c))
        {
            piece = new InlinePiece(PieceKind.Space, position, 1, IsPlainSpace: c == ' ');
            return true;
        }

        if (c is '<' or '/')
        {
            var length = MarkupScanner.Match(text[position..]);
            piece = new InlinePiece(PieceKind.Markup, position, length);
            return length > 0;
        }

        if (c == '&')
        {
            var length = HtmlEntities.TryDecode(text[position..], out var value);
            var kind = value.Length == 1 && CleanChars.IsSpace(value[0]) ? PieceKind.Space : PieceKind.Entity;
            piece = new InlinePiece(kind, position, length, value);
            return length > 0;
        }

        piece = default;
        return false;
    }
}
