using Khabar.Text.Normalize;

namespace Khabar.Core.Clean;

/// <summary>
/// The folding under which trigger lists and line text are compared: the match-key folding of
/// <see cref="MatchKey"/>, applied a character at a time. For matching only, never shown.
/// </summary>
internal static class TriggerFolding
{
    /// <summary>The folded form of <paramref name="c"/>, or <c>'\0'</c> when it is dropped.</summary>
    public static char Fold(char c) => MatchKey.Fold(c);

    /// <summary>Folds a trigger from a word list: each character folded, whitespace runs made one space.</summary>
    public static string FoldPhrase(ReadOnlySpan<char> phrase)
    {
        Span<char> buffer = phrase.Length <= 256 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        var length = 0;
        foreach (var c in phrase.Trim())
        {
            if (CleanChars.IsSpace(c))
            {
                if (length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }

                continue;
            }

            var folded = Fold(c);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }
        }

        return new string(buffer[..length]);
    }
}
