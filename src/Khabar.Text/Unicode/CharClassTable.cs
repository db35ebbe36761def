using System.Globalization;

namespace Khabar.Text.Unicode;

/// <summary>A precomputed class for every BMP code unit, so the tokenizer does one array read per char.</summary>
internal static class CharClassTable
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => Table[c];

    /// <summary>The numeric value 0-9 of an ASCII, Arabic-Indic or Extended Arabic-Indic digit; -1 otherwise.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= ArabicChars.ArabicIndicZero and <= '\u0669' => c - ArabicChars.ArabicIndicZero,
        >= ArabicChars.ExtendedIndicZero and <= '\u06F9' => c - ArabicChars.ExtendedIndicZero,
        _ => -1,
    };

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }

    private static CharClass Classify(char c)
    {
        if (DigitValue(c) >= 0)
        {
            return CharClass.Digit;
        }

        if (IsInvisible(c))
        {
            return CharClass.Invisible;
        }

        if (char.IsHighSurrogate(c))
        {
            return CharClass.HighSurrogate;
        }

        if (char.IsLowSurrogate(c))
        {
            return CharClass.LowSurrogate;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharClass.Space;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        var arabic = IsArabicScript(c);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                => arabic ? (c == ArabicChars.Tatweel ? CharClass.ArabicMark : CharClass.ArabicLetter)
                    : IsLatin(c) ? CharClass.LatinLetter
                    : CharClass.OtherLetter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                => arabic ? CharClass.ArabicMark : CharClass.Mark,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
                => CharClass.Punctuation,
            UnicodeCategory.Control or UnicodeCategory.Format => CharClass.Invisible,
            _ => CharClass.Symbol,
        };
    }

    private static bool IsArabicScript(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    private static bool IsLatin(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');

    /// <summary>Zero-width, joiner and bidi control marks, and other format or control characters.</summary>
    private static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C' or '\u00AD';
}
