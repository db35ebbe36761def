namespace Khabar.Core.Clean;

/// <summary>
/// The folded visible text of one line (markup dropped, references decoded, whitespace made single spaces,
/// trimmed), which the line rules match against.
/// </summary>
internal static class LineKey
{
    /// <summary>Writes the key of the line <c>[start, text.Length)</c> to <paramref name="key"/> and returns its
    /// length. Stops once the key is longer than <paramref name="maxLength"/> (no line rule applies to such a
    /// line) and then returns more than <paramref name="maxLength"/>; <paramref name="key"/> must have room for
    /// <paramref name="maxLength"/> + 1 characters more than the longest piece of a line.</summary>
    public static int Build(
        ReadOnlySpan<char> text, int start, int maxLength, Span<char> key, out bool hasContent)
    {
        var length = 0;
        hasContent = false;
        for (var position = start; position < text.Length && length <= maxLength;)
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
                    length = Append(text.Slice(piece.Start, piece.Length), key, length, maxLength);
                    break;
                default:
                    hasContent = true;
                    length = Append(piece.Value, key, length, maxLength);
                    break;
            }
        }

        return length > maxLength ? maxLength + 1 : length > 0 && key[length - 1] == ' ' ? length - 1 : length;
    }

    private static int Append(ReadOnlySpan<char> chars, Span<char> key, int length, int maxLength)
    {
        foreach (var c in chars)
        {
            if (length > maxLength)
            {
                break;
            }

            var folded = TriggerFolding.Fold(c);
            if (folded != '\0')
            {
                key[length++] = folded;
            }
        }

        return length;
    }

    /// <summary>Whether the text of the line <c>[start, text.Length)</c> has more Latin letters than Arabic ones.</summary>
    public static bool IsLatinScript(ReadOnlySpan<char> text, int start)
    {
        var balance = 0;
        for (var position = start; position < text.Length;)
        {
            var piece = InlineScanner.Next(text, position);
            position = piece.End;
            if (piece.Kind != PieceKind.Text)
            {
                continue;
            }

            foreach (var c in text.Slice(piece.Start, piece.Length))
            {
                balance += CleanChars.IsLatinLetter(c) ? 1 : CleanChars.IsArabicLetter(c) ? -1 : 0;
            }
        }

        return balance > 0;
    }
}
