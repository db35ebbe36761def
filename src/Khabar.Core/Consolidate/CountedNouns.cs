using System.Collections.Frozen;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Stem;

namespace Khabar.Core.Consolidate;

/// <summary>
/// The thing a number counts, whatever form the counted noun takes after it (<c>Resources/counted-nouns.txt</c>): «6
/// أشخاص», «14 شخصاً» and «1200 شخص» all count persons. A counted noun is its light stem without the accusative alef
/// («شخصاً» → «شخص»), a listed broken plural its singular's («أشخاص» → «شخص»).
/// </summary>
internal sealed class CountedNouns
{
    private static readonly Lazy<CountedNouns> Shipped = new(() => Parse(
        EmbeddedWordList.Load(typeof(CountedNouns).Assembly, "Khabar.Core.Consolidate.Resources.counted-nouns.txt")));

    private readonly FrozenDictionary<string, string> _singularOf;

    private CountedNouns(FrozenDictionary<string, string> singularOf) => _singularOf = singularOf;

    public static CountedNouns Default => Shipped.Value;

    /// <summary>Reads lines of «singular TAB plural plural…».</summary>
    public static CountedNouns Parse(IEnumerable<string> lines)
    {
        var singularOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[1].Trim().Length == 0)
            {
                throw new FormatException($"counted-nouns.txt: '{line}' is not 'singular TAB plurals'");
            }

            var singular = Stem(parts[0].Trim());
            foreach (var plural in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = Stem(plural);
                if (singularOf.TryGetValue(stem, out var other) && other != singular)
                {
                    throw new FormatException($"counted-nouns.txt: '{plural}' (stem {stem}) is listed for '{other}' and for '{parts[0].Trim()}' ('{line}')");
                }

                singularOf[stem] = singular;
            }
        }

        return new CountedNouns(singularOf.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The hash of what a word after a number counts (<see cref="TermHash"/> of a stem).</summary>
    public ulong KeyOf(ReadOnlySpan<char> word)
    {
        var stem = Stem(word);
        return TermHash.Of(_singularOf.TryGetValue(stem, out var singular) ? singular : stem);
    }

    /// <summary>
    /// A word's light stem, without the accusative alef of a counted singular when three letters remain, the rest
    /// stemmed as the bare singular is («شخصاً» → «شخص», «جندياً» → «جندي» → «جند»). Only an alef the word ends in as
    /// written: a plural in «ـاء» ends in an alef once its hamza is folded away («أمراء», «خبراء», «نساء»), and is kept.
    /// </summary>
    private static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[MatchKey.MaxLength(word.Length)];
        var stem = LightStemmer.StemOf(key[..MatchKey.Write(word, key)]);
        return stem.Length >= 4 && stem[^1] == 'ا' && EndsInAlef(word) ? LightStemmer.StemOf(stem[..^1]).ToString() : stem.ToString();
    }

    /// <summary>Whether a word as written ends in an alef, its tanween or other marks after it aside («شخصاً», «شخصا»; not «أمراء»).</summary>
    private static bool EndsInAlef(ReadOnlySpan<char> word)
    {
        var end = word.Length;
        while (end > 0 && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(word[end - 1]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format)
        {
            end--;
        }

        return end > 0 && word[end - 1] == 'ا';
    }
}
