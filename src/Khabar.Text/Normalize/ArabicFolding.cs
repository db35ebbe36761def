using System.Globalization;
using System.Text;
using Khabar.Text.Unicode;

namespace Khabar.Text.Normalize;

/// <summary>
/// The folding rules of both layers, one method per rule, applied to single characters. The tables of
/// <see cref="DisplayNormalizer"/> and <see cref="MatchKey"/> are built from these once, at start-up.
/// </summary>
internal static class ArabicFolding
{
    /// <summary>Display rule: zero-width, joiner and bidi control marks, BOM, Arabic letter mark, soft hyphen vanish.</summary>
    public static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C' or '\u00AD';

    /// <summary>Display rule: tatweel (kashida) only stretches a word; it vanishes.</summary>
    public static bool IsTatweel(char c) => c == ArabicChars.Tatweel;

    /// <summary>Display rule: Arabic-Indic and Extended Arabic-Indic digits become ASCII digits.</summary>
    public static char FoldDigit(char c)
    {
        var value = CharClassTable.DigitValue(c);
        return value >= 0 ? (char)('0' + value) : c;
    }

    /// <summary>Display rule: a presentation form (U+FB50–FDFF, U+FE70–FEFF) becomes the letters it draws
    /// (its compatibility decomposition; an isolated haraka form loses the space it carries). Phrase ligatures
    /// such as ﷺ stay as they are. Null when <paramref name="c"/> is not such a form.</summary>
    public static string? UnfoldPresentationForm(char c)
    {
        if (c is not ((>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE')))
        {
            return null;
        }

        var decomposed = Normalized(c, NormalizationForm.FormKC) ?? c.ToString();
        if (decomposed.Length > 1 && decomposed[0] == ' ')
        {
            decomposed = decomposed[1..];
        }

        return decomposed == c.ToString() || decomposed.Contains(' ', StringComparison.Ordinal) ? null : decomposed;
    }

    /// <summary>Key rule: Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, combining hamza
    /// and maddah, Quranic annotation marks) are dropped.</summary>
    public static bool IsDiacritic(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06DC') or (>= '\u06DF' and <= '\u06E4')
            or (>= '\u06E7' and <= '\u06E8') or (>= '\u06EA' and <= '\u06ED') or (>= '\u08D3' and <= '\u08FF')
            or (>= '\u0610' and <= '\u061A');

    /// <summary>Key rule: the alef forms أ إ آ ٱ (and wavy-hamza alefs) become bare alef ا.</summary>
    public static char FoldAlef(char c) =>
        c is ArabicChars.AlefMadda or ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow or ArabicChars.AlefWasla
            or '\u0672' or '\u0673' ? ArabicChars.Alef : c;

    /// <summary>Key rule: alef maksura ى becomes ya ي.</summary>
    public static char FoldAlefMaksura(char c) => c == ArabicChars.AlefMaksura ? ArabicChars.Yeh : c;

    /// <summary>Key rule: ta marbuta ة becomes ha ه.</summary>
    public static char FoldTehMarbuta(char c) => c == ArabicChars.TehMarbuta ? ArabicChars.Heh : c;

    /// <summary>Key rule: hamza seats ؤ and ئ become their bare letters و and ي.</summary>
    public static char FoldHamzaSeat(char c) => c switch
    {
        ArabicChars.WawHamzaAbove => ArabicChars.Waw,
        ArabicChars.YehHamzaAbove => ArabicChars.Yeh,
        _ => c,
    };

    /// <summary>Key rule: Persian and Urdu letters become the Arabic letters news writes for them:
    /// ک→ك، ی→ي، گ→ك (the Gulf and Levantine reading of گ is k/g), ڤ→ف، پ→ب، چ→ج، ۀ ە ہ ھ→ه، ے→ي.</summary>
    public static char FoldPersian(char c) => c switch
    {
        ArabicChars.Keheh or ArabicChars.Gaf => ArabicChars.Kaf,
        ArabicChars.FarsiYeh or '\u06D2' => ArabicChars.Yeh,
        ArabicChars.Veh => ArabicChars.Feh,
        ArabicChars.Peh => ArabicChars.Beh,
        ArabicChars.Tcheh => ArabicChars.Jeem,
        '\u06C0' or '\u06D5' or '\u06C1' or '\u06BE' => ArabicChars.Heh,
        _ => c,
    };

    /// <summary>Key rule: letters of other scripts are lower-cased, culture-invariantly.</summary>
    public static char FoldCase(char c) => char.IsUpper(c) ? char.ToLowerInvariant(c) : c;

    /// <summary>Key rule: a letter that is a base letter plus marks loses the marks (é→e, ğ→g; for Arabic this
    /// agrees with the alef and hamza-seat rules). Other combining marks of any script are dropped too.</summary>
    public static char FoldAccent(char c)
    {
        if (c < '\u00C0' || char.IsSurrogate(c))
        {
            return c;
        }

        var decomposed = Normalized(c, NormalizationForm.FormD);
        if (decomposed is null || decomposed.Length < 2 || !char.IsLetter(decomposed[0]))
        {
            return c;
        }

        foreach (var mark in decomposed.AsSpan(1))
        {
            if (!IsCombiningMark(mark))
            {
                return c;
            }
        }

        return decomposed[0];
    }

    /// <summary>Key rule: a non-spacing or enclosing mark of any script is dropped.</summary>
    public static bool IsNonSpacingMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    /// <summary>Display rule (part of NFC): a character that NFC replaces on its own, or null.</summary>
    public static string? NfcSingleton(char c)
    {
        if (char.IsSurrogate(c) || c < '\u0340' || IsCombiningMark(c))
        {
            return null;
        }

        var composed = Normalized(c, NormalizationForm.FormC);
        return composed is null || composed == c.ToString() ? null : composed;
    }

    /// <summary>The platform's normalization of one character; null for those it refuses (noncharacters).</summary>
    private static string? Normalized(char c, NormalizationForm form) => Normalized(c.ToString(), form);

    /// <summary>The platform's normalization of <paramref name="text"/>; null when it refuses it (lone
    /// surrogates, noncharacters).</summary>
    public static string? Normalized(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Every key rule that maps one character to one character, in order.</summary>
    public static char FoldKeyLetter(char c) =>
        FoldCase(FoldPersian(FoldHamzaSeat(FoldTehMarbuta(FoldAlefMaksura(FoldAlef(FoldAccent(FoldDigit(c))))))));

    /// <summary>Whether NFC may reorder <paramref name="c"/> or compose it with what precedes it: combining
    /// marks, and the Hangul vowel and final jamo that join a syllable.</summary>
    public static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark
        || c is >= '\u1160' and <= '\u11FF';
}
