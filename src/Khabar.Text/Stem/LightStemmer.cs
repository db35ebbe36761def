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
    /// Article forms, longest first; at most one is removed. Light10's وال needs no entry: whenever it
    /// would apply (5+ letters), step 1 has already taken the و and ال follows with the same result.
    /// </summary>
    private static readonly string[] Articles =
    [
        Letters(Beh, Alef, Lam),  // بال  with/in the
        Letters(Kaf, Alef, Lam),  // كال  like the
        Letters(Feh, Alef, Lam),  // فال  so the
        Letters(Alef, Lam),       // ال   the
        Letters(Lam, Lam),        // لل   for the
    ];

    /// <summary>Suffixes in light10 order; ية and ة fold into يه and ه, so each appears once.</summary>
    private static readonly string[] Suffixes =
    [
        Letters(Heh, Alef),       // ها  her/its
        Letters(Alef, Noon),      // ان  dual
        Letters(Alef, Teh),       // ات  feminine plural
        Letters(Waw, Noon),       // ون  masculine plural
        Letters(Yeh, Noon),       // ين  masculine plural/dual, oblique
        Letters(Yeh, Heh),        // يه  nisba feminine (ية), or "his" after ي
        Letters(Heh),             // ه   feminine (ة) or "his"
        Letters(Yeh),             // ي   nisba or "my"
    ];

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
    internal static int PrefixLength(ReadOnlySpan<char> word)
    {
        var start = 0;
        if (word[0] == Waw && word.Length - 1 >= MinAfterConjunction)
        {
            start = 1;
        }

        var rest = word[start..];
        foreach (var article in Articles)
        {
            if (rest.Length - article.Length >= MinAfterArticle && rest.StartsWith(article, StringComparison.Ordinal))
            {
                return start + article.Length;
            }
        }

        return start;
    }

    /// <summary>How many trailing characters the suffix pass removes.</summary>
    internal static int SuffixLength(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        foreach (var suffix in Suffixes)
        {
            if (length - suffix.Length >= MinAfterSuffix && word[..length].EndsWith(suffix, StringComparison.Ordinal))
            {
                length -= suffix.Length;
            }
        }

        return word.Length - length;
    }

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

    private static string Letters(params ReadOnlySpan<char> letters) => new(letters);
}
