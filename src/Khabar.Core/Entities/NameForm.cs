using System.Collections.Frozen;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Entities;

/// <summary>
/// One word of a name, ready for comparing: its script, its spellings as match keys (as written, and for the
/// first word of a name without its proclitics, for later words without ال), and their name keys.
/// </summary>
internal sealed record NameWord(TokenKind Kind, string[] Spellings, string[] Keys)
{
    public bool IsArabic => Kind == TokenKind.ArabicWord;

    public bool IsLatin => Kind == TokenKind.LatinWord;

    public string Primary => Spellings[0];
}

/// <summary>
/// One written form of a name (شويغو, سيرغي شويغو, Shoigu), reduced for comparing. Words in one script compare
/// by spelling (match keys, which keep the vowel letters), so السيسي is not السويس and باريس is not روسيا;
/// Arabic and Latin words compare by name key, the consonant skeleton both scripts share (شويغو = Shoigu).
/// Model designations compare by equipment key (Tu-160 → Tu 160).
/// </summary>
internal sealed class NameForm
{
    /// <summary>Spellings this long may differ by one letter (شويغو / شويجو, كينجال / كينزال, كنيفيتشي / نيفيتشي).</summary>
    private const int FuzzyLength = 5;

    /// <summary>Inside a name whose other words are equal, spellings this long may (أوليغ كويمياكو / كوزيمياكو).</summary>
    private const int FuzzyLengthInName = 4;

    private NameForm(string surface, NameWord[] words, string? equipment)
    {
        Surface = surface;
        Words = words;
        Equipment = equipment;
    }

    public string Surface { get; }

    public NameWord[] Words { get; }

    /// <summary>Equipment family and number (Tu 160) when the form is a model designation.</summary>
    public string? Equipment { get; }

    public bool IsLatin => Surface.Any(char.IsAsciiLetter) && !Surface.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>True when the first word may carry a proclitic (وموسكو).</summary>
    public bool MayHaveProclitic => Words.Length > 0 && Words[0].Spellings.Length > 1 && Words[0].IsArabic
        && Proclitics.IsLetter(Words[0].Primary[0]);

    /// <summary>Name-key letters over all words: too few say little about who is meant.</summary>
    public int KeyLetters => Words.Sum(w => w.Keys[0].Length);

    public static NameForm Of(string surface, EquipmentFamilies families)
    {
        var words = new List<NameWord>();
        var equipment = families.KeyOf(surface);
        var joined = JoinAbd(surface);
        foreach (var token in Tokenizer.Tokenize(joined))
        {
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            if (token.Kind == TokenKind.Designator && equipment is null)
            {
                AddDesignatorParts(token.Of(joined), words);
                continue;
            }

            var key = MatchKey.Of(token.Of(joined));
            if (key.Length == 0)
            {
                continue;
            }

            string[] spellings = token.Kind != TokenKind.ArabicWord ? [key]
                : words.Count == 0 ? [.. Proclitics.Readings(key).Distinct()]
                : key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 ? [key, key[2..]]
                : [key];
            words.Add(new NameWord(token.Kind, spellings, [.. spellings.Select(s => NameKey.Of(s)).Distinct()]));
        }

        return new NameForm(surface, [.. words], equipment);
    }

    /// <summary>
    /// A designator (كوفيد-19, جيران-25) as its runs of letters and of digits, one word each, so that the name
    /// without its number (كوفيد) is a short form of it as a family name is of a full name.
    /// </summary>
    private static void AddDesignatorParts(ReadOnlySpan<char> designator, List<NameWord> words)
    {
        var start = 0;
        for (var i = 1; i <= designator.Length; i++)
        {
            var boundary = i == designator.Length || !char.IsLetterOrDigit(designator[i]) || char.IsDigit(designator[i]) != char.IsDigit(designator[i - 1]);
            if (!boundary)
            {
                continue;
            }

            var run = designator[start..i];
            if (run.Length > 0 && char.IsLetterOrDigit(run[0]))
            {
                var key = MatchKey.Of(run);
                var kind = char.IsDigit(run[0]) ? TokenKind.Number : run[0] is >= '\u0600' and <= '\u06FF' ? TokenKind.ArabicWord : TokenKind.LatinWord;
                words.Add(new NameWord(kind, [key], [NameKey.Of(key)]));
            }

            start = i;
            while (start < designator.Length && !char.IsLetterOrDigit(designator[start]))
            {
                start++;
            }

            i = start;
        }
    }

    /// <summary>عبد الفتاح and عبدالفتاح (وعبد الله, لعبد الله) are one word of a name, however spaced.</summary>
    private static string JoinAbd(string surface)
    {
        var words = surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = new System.Text.StringBuilder(surface.Length);
        for (var i = 0; i < words.Length; i++)
        {
            joined.Append(words[i]);
            if (i + 1 < words.Length && !IsAbd(words[i]))
            {
                joined.Append(' ');
            }
        }

        return joined.ToString();
    }

    private static bool IsAbd(ReadOnlySpan<char> word) =>
        word is Abd || (word.Length == Abd.Length + 1 && Proclitics.IsLetter(word[0]) && word[1..] is Abd);

    private const string Abd = "عبد";

    /// <summary>
    /// Word <paramref name="i"/> of this form and word <paramref name="j"/> of <paramref name="other"/> are
    /// spelt alike: one spelling in common in one script, or one name key in common across Arabic and Latin.
    /// </summary>
    public bool WordEquals(int i, NameForm other, int j)
    {
        var (a, b) = (Words[i], other.Words[j]);
        if (a.Kind == b.Kind)
        {
            return ShareOne(a.Spellings, b.Spellings, minLength: 0);
        }

        return ((a.IsArabic && b.IsLatin) || (a.IsLatin && b.IsArabic)) && ShareOne(a.Keys, b.Keys, minLength: 2)
            && !(a.IsArabic ? AnotherGivenName(a, b) : AnotherGivenName(b, a));
    }

    /// <summary>Whether the two lists (a word's few spellings or keys) have a string of at least <paramref name="minLength"/> in common.</summary>
    private static bool ShareOne(string[] x, string[] y, int minLength)
    {
        foreach (var s in x)
        {
            if (s.Length >= minLength && Array.IndexOf(y, s) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Spelt alike, or in one script with bare spellings one letter apart when long enough:
    /// <see cref="FuzzyLength"/> letters, or <see cref="FuzzyLengthInName"/> within a name whose other words are
    /// equal (<paramref name="lenient"/>).
    /// </summary>
    public bool WordMatches(int i, NameForm other, int j, bool lenient = false)
    {
        if (WordEquals(i, other, j))
        {
            return true;
        }

        var (a, b) = (Words[i], other.Words[j]);
        if (a.Kind != b.Kind || a.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord))
        {
            return false;
        }

        var minimum = lenient ? FuzzyLengthInName : FuzzyLength;
        foreach (var x in a.Spellings)
        {
            foreach (var y in b.Spellings)
            {
                if (((Math.Min(x.Length, y.Length) >= minimum && NameKey.WithinOneEdit(x, y) && SoundsAlike(x, y)) || SameConsonants(x, y))
                    && !TwoGivenNames(x, y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Match keys of Arabic given names that differ from another only in a long vowel (<c>arabic-given-names.txt</c>).</summary>
    private static readonly Lazy<FrozenSet<string>> GivenNames = new(() => EmbeddedWordList
        .Load(typeof(NameForm).Assembly, "Khabar.Core.Entities.Resources.arabic-given-names.txt")
        .Select(w => MatchKey.Of(w)).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// For each given name of <see cref="GivenNames"/>, how the name pairs spell its sibling names (the same letters but
    /// for the long vowels) in Latin when they spell them otherwise than it: for محمد, «mahmoud».
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> SiblingLatin = new(() =>
    {
        var siblings = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var set in GivenNames.Value.GroupBy(WithoutLongVowels, StringComparer.Ordinal))
        {
            foreach (var name in set)
            {
                var own = Romanizer.Default.WholeWord(name);
                var others = set.Where(o => !string.Equals(o, name, StringComparison.Ordinal)).Select(Romanizer.Default.WholeWord)
                    .OfType<string>().Where(l => !string.Equals(l, own, StringComparison.OrdinalIgnoreCase))
                    .Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
                if (others.Count > 0)
                {
                    siblings[name] = others;
                }
            }
        }

        return siblings.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>
    /// Whether a Latin word is how the name pairs spell a sibling of the Arabic given name (محمد against «Mahmoud»): the
    /// consonants agree, the name does not.
    /// </summary>
    private static bool AnotherGivenName(NameWord arabic, NameWord latin)
    {
        foreach (var spelling in arabic.Spellings)
        {
            if (SiblingLatin.Value.TryGetValue(spelling, out var others) && latin.Spellings.Any(l => others.Contains(l.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two spellings are two Arabic given names that differ only in their long vowels (محمد / محمود، سعد / سعيد):
    /// Arabic names come in such sets, so there a long vowel more or other is another name, not another spelling.
    /// </summary>
    private static bool TwoGivenNames(string x, string y) =>
        !string.Equals(x, y, StringComparison.Ordinal) && GivenNames.Value.Contains(x) && GivenNames.Value.Contains(y)
        && string.Equals(WithoutLongVowels(x), WithoutLongVowels(y), StringComparison.Ordinal);

    /// <summary>A spelling without its long-vowel letters ا و ي: the consonants names a long vowel apart share (محمد، محمود → محمد).</summary>
    private static string WithoutLongVowels(string spelling) => string.Concat(spelling.Where(c => c is not ('ا' or 'و' or 'ي')));

    /// <summary>
    /// A one-letter difference that keeps the sound: equal name keys (شويغو / شويجو), or keys of 3 sounds or more
    /// one sound apart (كنيفيتشي / نيفيتشي). ماريا and مانيا differ in a sound that matters.
    /// </summary>
    private static bool SoundsAlike(string x, string y)
    {
        var (a, b) = (NameKey.Of(x), NameKey.Of(y));
        return a == b || (Math.Min(a.Length, b.Length) >= 3 && NameKey.WithinOneEdit(a, b));
    }

    /// <summary>
    /// One spelling has a long-vowel letter the other lacks, and nothing else differs (سيول / سيئول, whose
    /// hamza seat folds to ي): Arabic writes foreign vowels either way.
    /// </summary>
    private static bool SameConsonants(string x, string y) =>
        Math.Abs(x.Length - y.Length) == 1 && Math.Min(x.Length, y.Length) >= 3 && NameKey.WithinOneEdit(x, y)
        && string.Equals(WithoutLongVowels(x), WithoutLongVowels(y), StringComparison.Ordinal);

    /// <summary>Same number of words, each matching; a model designation matches only the same model.</summary>
    public bool SameName(NameForm other)
    {
        if (Equipment is not null || other.Equipment is not null)
        {
            return Equipment == other.Equipment;
        }

        if (Words.Length != other.Words.Length || Words.Length == 0)
        {
            return false;
        }

        var anyEqual = false;
        for (var i = 0; i < Words.Length; i++)
        {
            anyEqual |= WordEquals(i, other, i);
        }

        for (var i = 0; i < Words.Length; i++)
        {
            if (!WordMatches(i, other, i, lenient: anyEqual && Words.Length > 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where this shorter form's words are spelt as a contiguous run of <paramref name="longer"/>'s words (كيم at
    /// 0 in كيم جونغ أون, شويغو at 1 in سيرغي شويغو), or only close to them with <paramref name="close"/>; −1 when
    /// they are not.
    /// </summary>
    public int PositionIn(NameForm longer, bool close = false)
    {
        if (Equipment is not null || longer.Equipment is not null || Words.Length == 0 || Words.Length >= longer.Words.Length)
        {
            return -1;
        }

        // Spelt alike, not merely close: a short form is too short to be trusted on a near miss (ماريا / ألمانيا).
        for (var start = 0; start + Words.Length <= longer.Words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < Words.Length && all; i++)
            {
                all = close ? WordMatches(i, longer, start + i) : WordEquals(i, longer, start + i);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }
}
