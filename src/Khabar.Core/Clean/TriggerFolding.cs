using Khabar.Text.Unicode;

namespace Khabar.Core.Clean;

/// <summary>
/// The light folding under which trigger lists and line text are compared: alef/hamza forms to alef, alef
/// maksura and Farsi yeh to yeh, ta marbuta to heh, keheh to kaf, Arabic-Indic digits to ASCII; tatweel,
/// diacritics and invisible format marks dropped; Latin lowercased. For matching only, never shown.
/// </summary>
internal static class TriggerFolding
{
    /// <summary>The folded form of <paramref name="c"/>, or <c>'\0'</c> when it is dropped.</summary>
    public static char Fold(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c,
        >= '\u0600' and <= '\u06FF' => FoldArabic(c),
        '\u00AD' or (>= '\u200B' and <= '\u200F') => '\0',
        _ => char.IsUpper(c) ? char.ToLowerInvariant(c) : c,
    };

    private static char FoldArabic(char c) => c switch
    {
        ArabicChars.AlefMadda or ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow or ArabicChars.AlefWasla
            => ArabicChars.Alef,
        ArabicChars.AlefMaksura or ArabicChars.FarsiYeh => ArabicChars.Yeh,
        ArabicChars.TehMarbuta => ArabicChars.Heh,
        ArabicChars.Keheh => ArabicChars.Kaf,
        ArabicChars.Tatweel or '\u061C' or ArabicChars.SuperscriptAlef => '\0',
        >= ArabicChars.Fathatan and <= ArabicChars.HamzaBelow => '\0',
        >= ArabicChars.ArabicIndicZero and <= '\u0669' => (char)('0' + (c - ArabicChars.ArabicIndicZero)),
        >= ArabicChars.ExtendedIndicZero and <= '\u06F9' => (char)('0' + (c - ArabicChars.ExtendedIndicZero)),
        _ => c,
    };

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
