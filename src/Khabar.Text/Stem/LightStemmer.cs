using static Khabar.Text.Unicode.ArabicChars;

namespace Khabar.Text.Stem;

/// <summary>
/// Light stemmer after Larkey, Ballesteros and Connell's "light10": strips a few frequent prefixes and
/// suffixes, never touches the inside of a word, and reports the stem as an extent of the key.
/// </summary>
/// <remarks>
/// Input is a match key, so the rules are written for the folded alphabet: ة arrives as ه, ى as ي,
/// hamza seats as their bare letters. Consequently light10's ة and ية suffixes are the ه and يه rules.
/// Steps, each applied at most once and in this order:
/// <list type="number">
/// <item>the conjunction و, when at least 3 letters remain;</item>
/// <item>one article form (بال كال فال ال لل, longest first; light10's وال is steps 1 and 2 together),
/// when at least 2 letters remain, so وبالتالي and وللشعب lose both particles;</item>
/// <item>one pass over the suffixes ها ان ات ون ين يه ه ي in that order, each removed when found at the
/// current end and at least 2 letters remain.</item>
/// </list>
/// A lone ف ب ك ل is never stripped: it begins too many names and stems (بلد, كتب, فيل, لبنان, فرنسا,
/// بريطانيا) for any length guard to separate; these particles go only as part of an article form.
/// </remarks>
public static class LightStemmer
{
    /// <summary>Words this short are returned whole.</summary>
    private const int MaxUntouchedLength = 2;

    /// <summary>Light10: و goes only when 3 letters remain (وطن, ولد stay).</summary>
    private const int MinAfterConjunction = 3;

    /// <summary>Light10: an article form goes only when 2 letters remain (الف stays).</summary>
    private const int MinAfterArticle = 2;

    /// <summary>Light10: a suffix goes only when 2 letters remain (بان, مات stay).</summary>
    private const int MinAfterSuffix = 2;

    /// <summary>
    /// The stem of <paramref name="key"/> as an extent inside it. Keys of 2 letters or fewer, and keys with
    /// any character that is not an Arabic letter (Latin, digits, symbols), are returned whole.
    /// Never empty for a non-empty key.
    /// </summary>
    public static TextExtent Stem(ReadOnlySpan<char> key)
    {
        if (key.Length <= MaxUntouchedLength || !IsArabicWord(key))
        {
            return new TextExtent(0, key.Length);
        }

        var start = PrefixLength(key);
        var length = key.Length - start - SuffixLength(key[start..]);
        return new TextExtent(start, length);
    }

    /// <summary>The characters of the stem of <paramref name="key"/>; a slice of it, not a copy.</summary>
    public static ReadOnlySpan<char> StemOf(ReadOnlySpan<char> key) => Stem(key).Of(key);

    /// <summary>How many leading characters the prefix steps remove.</summary>
    /// <remarks>One line per rule, comparing named letters: this runs once per word of every article.</remarks>
    internal static int PrefixLength(ReadOnlySpan<char> word)
    {
        // Step 1: the conjunction و.
        var start = word[0] == Waw && word.Length - 1 >= MinAfterConjunction ? 1 : 0;

        // Step 2: one article form, longest first: بال كال فال, then ال, then لل.
        var rest = word[start..];
        if (rest.Length - 3 >= MinAfterArticle && rest[1] == Alef && rest[2] == Lam && rest[0] is Beh or Kaf or Feh)
        {
            return start + 3;
        }

        if (rest.Length - 2 >= MinAfterArticle && ((rest[0] == Alef && rest[1] == Lam) || (rest[0] == Lam && rest[1] == Lam)))
        {
            return start + 2;
        }

        return start;
    }

    /// <summary>How many trailing characters the suffix pass removes.</summary>
    /// <remarks>Light10's order, each suffix tried once at the current end: ها ان ات ون ين يه ه ي.</remarks>
    internal static int SuffixLength(ReadOnlySpan<char> word)
    {
        var end = word.Length;
        end = Strip(word, end, Heh, Alef);   // ها  her/its
        end = Strip(word, end, Alef, Noon);  // ان  dual
        end = Strip(word, end, Alef, Teh);   // ات  feminine plural
        end = Strip(word, end, Waw, Noon);   // ون  masculine plural
        end = Strip(word, end, Yeh, Noon);   // ين  masculine plural/dual, oblique
        end = Strip(word, end, Yeh, Heh);    // يه  nisba feminine (ية), or "his" after ي
        end = Strip(word, end, Heh);         // ه   feminine (ة) or "his"
        end = Strip(word, end, Yeh);         // ي   nisba or "my"
        return word.Length - end;
    }

    private static int Strip(ReadOnlySpan<char> word, int end, char first, char last) =>
        end - 2 >= MinAfterSuffix && word[end - 1] == last && word[end - 2] == first ? end - 2 : end;

    private static int Strip(ReadOnlySpan<char> word, int end, char last) =>
        end - 1 >= MinAfterSuffix && word[end - 1] == last ? end - 1 : end;

    private static bool IsArabicWord(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!IsArabicLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // Letters of the Arabic block, including the extended ones (پ چ گ ک ی ...), without tatweel,
    // marks or digits.
    private static bool IsArabicLetter(char c) =>
        c is (>= Hamza and <= '\u063F') or (>= Feh and <= Yeh) or (>= AlefWasla and <= '\u06D3');

}
