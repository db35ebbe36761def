namespace Khabar.Core.Clean;

/// <summary>
/// The folded visible text of one line (markup dropped, references decoded, whitespace made single spaces,
/// trimmed), which the line rules match against, plus the script counts they need.
/// </summary>
internal static class LineKey
{
    /// <summary>Writes the key of the line <c>[start, text.Length)</c> to <paramref name="key"/> (at least as long
    /// as the line) and returns its length.</summary>
    public static int Build(ReadOnlySpan<char> text, int start, Span<char> key, out bool hasContent, out int latin, out int arabic)
    {
        var length = 0;
        hasContent = false;
        latin = 0;
        arabic = 0;
        for (var position = start; position < text.Length;)
        {
            var piece = InlineScanner.Next(text, position);
            position = piece.End;
            switch (piece.Kind)
            {
                case PieceKind.Space or PieceKind.Markup:
                    if (length > 0 && key[length - 1] != ' ')
                    {
                        key[length++] = ' ';
                    }

                    break;
                case PieceKind.Text:
                    hasContent = true;
                    length = Append(text.Slice(piece.Start, piece.Length), key, length, ref latin, ref arabic);
                    break;
                default:
                    hasContent = true;
                    length = Append(piece.Value, key, length, ref latin, ref arabic);
                    break;
            }
        }

        return length > 0 && key[length - 1] == ' ' ? length - 1 : length;
    }

    private static int Append(ReadOnlySpan<char> chars, Span<char> key, int length, ref int latin, ref int arabic)
    {
        foreach (var c in chars)
        {
            if (CleanChars.IsArabicLetter(c))
            {
                arabic++;
            }
            else if (CleanChars.IsLatinLetter(c))
            {
                latin++;
            }

            var folded = TriggerFolding.Fold(c);
            if (folded != '\0')
            {
                key[length++] = folded;
            }
        }

        return length;
    }
}
