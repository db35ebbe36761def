namespace Khabar.Text.Transliterate;

/// <summary>
/// Folds a Latin letter with diacritics to lower-case ASCII, keeping the sound where the mark changes it
/// (š → sh, ž → zh, č → ch); other marks are dropped (é → e, ñ → n).
/// </summary>
internal static class LatinFolding
{
    private const char NotALetter = '.';
    private const char Latin1First = '\u00C0';
    private const char AdditionalFirst = '\u1E00';

    // One base letter per code point from U+00C0 to U+017F (Latin-1 Supplement, Latin Extended-A); '.' marks × and ÷.
    private const string Latin1Letters =
        "aaaaaaaceeeeiiiidnooooo.ouuuuyts" +
        "aaaaaaaceeeeiiiidnooooo.ouuuuyty" +
        "aaaaaaccccccccddddeeeeeeeeeegggg" +
        "gggghhhhiiiiiiiiiiiijjkkklllllll" +
        "lllnnnnnnnnnoooooooorrrrrrssssss" +
        "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    // One base letter per code point from U+1E00 to U+1EFF (Latin Extended Additional: ḥ ṣ ḍ ṭ ẓ, Vietnamese).
    private const string AdditionalLetters =
        "aabbbbbbccddddddddddeeeeeeeeeeff" +
        "gghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrr" +
        "ssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwyas..s." +
        "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooo" +
        "oooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>The largest number of characters one letter folds to.</summary>
    public const int MaxExpansion = 2;

    /// <summary>Whether <paramref name="c"/> is a Latin letter this folding knows.</summary>
    public static bool IsLetter(char c) => char.IsAsciiLetter(c) || Special(c).Length > 0 || BaseOf(c) != NotALetter;

    /// <summary>Whether <paramref name="c"/> is a combining mark or letter apostrophe that belongs to the word around it.</summary>
    public static bool IsMark(char c) => c is (>= '\u0300' and <= '\u036F') or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF';

    /// <summary>Writes the folded form of <paramref name="c"/> to <paramref name="into"/>; returns its length (0 to 2).</summary>
    public static int Fold(char c, Span<char> into)
    {
        if (char.IsAsciiLetter(c))
        {
            into[0] = char.ToLowerInvariant(c);
            return 1;
        }

        var special = Special(c);
        if (special.Length > 0)
        {
            special.CopyTo(into);
            return special.Length;
        }

        var letter = BaseOf(c);
        if (letter == NotALetter)
        {
            return 0;
        }

        into[0] = letter;
        return 1;
    }

    private static char BaseOf(char c)
    {
        if (c >= Latin1First && c - Latin1First < Latin1Letters.Length)
        {
            return Latin1Letters[c - Latin1First];
        }

        return c >= AdditionalFirst && c - AdditionalFirst < AdditionalLetters.Length
            ? AdditionalLetters[c - AdditionalFirst]
            : NotALetter;
    }

    // Letters whose mark makes a different consonant, and ligatures.
    private static ReadOnlySpan<char> Special(char c) => c switch
    {
        '\u00C6' or '\u00E6' => "ae",                       // Æ æ
        '\u00DF' => "ss",                                   // ß
        '\u00DE' or '\u00FE' => "th",                       // Þ þ
        '\u0106' or '\u0107' => "ch",                       // Ć ć
        '\u010C' or '\u010D' => "ch",                       // Č č
        '\u00C7' or '\u00E7' => "s",                        // Ç ç
        '\u0152' or '\u0153' => "oe",                       // Œ œ
        '\u015E' or '\u015F' => "sh",                       // Ş ş
        '\u0160' or '\u0161' => "sh",                       // Š š
        '\u017D' or '\u017E' => "zh",                       // Ž ž
        '\u0218' or '\u0219' => "sh",                       // Ș ș
        '\u021A' or '\u021B' => "ts",                       // Ț ț
        '\u0259' or '\u018F' => "e",                        // ə Ə
        _ => [],
    };
}
