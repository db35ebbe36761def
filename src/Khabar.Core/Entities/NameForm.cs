using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Entities;

/// <summary>
/// One written form of a name (شويغو, سيرغي شويغو, Shoigu), reduced for comparing: the name key of each word,
/// the first word also without a proclitic letter (وموسكو, لبوتين), and an equipment key (Tu-160 → tu 160).
/// </summary>
internal sealed class NameForm
{
    /// <summary>
    /// Keys of this length may differ by one sound (كوزيمياكو / كويمياكو inside a full name, كنيفيتشي / نيفيتشي
    /// as a lost first letter); shorter keys only by a lost first or last sound, and only down to 3.
    /// </summary>
    private const int FuzzyKey = 4, MinKeyWithLostEnd = 3;

    private NameForm(string surface, string[][] words, string? equipment)
    {
        Surface = surface;
        Words = words;
        Equipment = equipment;
    }

    public string Surface { get; }

    /// <summary>For each word, the keys it may be read as (the first word: with and without a proclitic).</summary>
    public string[][] Words { get; }

    /// <summary>Equipment family and number (tu 160) when the form is a model designation.</summary>
    public string? Equipment { get; }

    public bool IsLatin => Surface.Any(char.IsAsciiLetter) && !Surface.Any(c => c is >= '\u0600' and <= '\u06FF');

    public static NameForm Of(string surface, EquipmentFamilies families)
    {
        var words = new List<string[]>();
        foreach (var token in Tokenizer.Tokenize(surface))
        {
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            var text = token.Of(surface);
            var key = NameKey.Of(text);
            if (key.Length == 0)
            {
                continue;
            }

            if (words.Count == 0 && text.Length > 3 && text[0] is 'و' or 'ب' or 'ل' or 'ك' or 'ف')
            {
                var bare = NameKey.Of(text[1..]);
                words.Add(bare.Length > 0 && bare != key ? [key, bare] : [key]);
            }
            else
            {
                words.Add([key]);
            }
        }

        return new NameForm(surface, [.. words], families.KeyOf(surface));
    }

    /// <summary>Whether word <paramref name="i"/> of this form and word <paramref name="j"/> of <paramref name="other"/> have equal keys (with or without a proclitic).</summary>
    public bool WordEquals(int i, NameForm other, int j)
    {
        foreach (var a in Words[i])
        {
            foreach (var b in other.Words[j])
            {
                if (a == b)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the two words can be one: equal keys, or bare keys one sound apart. Within a name whose other
    /// words are equal (<paramref name="lenient"/>) any two keys of 3 sounds or more may differ by one;
    /// alone, keys must have <see cref="FuzzyKey"/> sounds, or lose only their first or last (knfc / nfc).
    /// </summary>
    public bool WordMatches(int i, NameForm other, int j, bool lenient = false)
    {
        if (WordEquals(i, other, j))
        {
            return true;
        }

        var x = Words[i][^1];
        var y = other.Words[j][^1];
        if (x.Any(char.IsDigit) || y.Any(char.IsDigit) || Math.Min(x.Length, y.Length) < MinKeyWithLostEnd || NameKey.Distance(x, y) > 1)
        {
            return false;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return lenient || shorter.Length >= FuzzyKey
            || (longer.Length == shorter.Length + 1 && (longer.StartsWith(shorter, StringComparison.Ordinal) || longer.EndsWith(shorter, StringComparison.Ordinal)));
    }

    /// <summary>True when the first word may carry a proclitic (وموسكو): such a spelling is a poor name to show.</summary>
    public bool MayHaveProclitic => Words.Length > 0 && Words[0].Length > 1;

    /// <summary>Same number of words, each matching.</summary>
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
    /// Where this shorter form's words match a contiguous run of <paramref name="longer"/>'s words (كيم at 0 in
    /// كيم جونغ أون, شويغو at 1 in سيرغي شويغو); −1 when they do not.
    /// </summary>
    public int PositionIn(NameForm longer)
    {
        if (Equipment is not null || longer.Equipment is not null || Words.Length == 0 || Words.Length >= longer.Words.Length)
        {
            return -1;
        }

        for (var start = 0; start + Words.Length <= longer.Words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < Words.Length && all; i++)
            {
                all = WordMatches(i, longer, start + i);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }
}
