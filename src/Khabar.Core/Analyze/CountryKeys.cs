using System.Collections.Frozen;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Stem;

namespace Khabar.Core.Analyze;

/// <summary>
/// A country's one content key (<see cref="ContentTerm.Key"/>) for what else names it in a headline: its capital
/// («أنقرة»), its other one-word names («سورية» for «سوريا»), and its adjective with the article or a feminine or plural
/// ending («التركية»; not «تركي», also a given name), by <see cref="PlaceAdjectives"/>, from <c>Resources/capitals.txt</c>.
/// Read only on headlines and briefs (the linker's short pairs, consolidation's stories told in headlines): in a long
/// text a capital is mostly the city.
/// </summary>
public sealed class CountryKeys
{
    private static readonly Lazy<CountryKeys> Shipped = new(() => Of(
        EmbeddedWordList.Load(typeof(CountryKeys).Assembly, "Khabar.Core.Analyze.Resources.capitals.txt"), TermWeights.Default));

    private readonly FrozenDictionary<ulong, ulong> _countryOf;
    private readonly FrozenDictionary<ulong, ulong> _countryOfStem;

    private CountryKeys(FrozenDictionary<ulong, ulong> countryOf, FrozenDictionary<ulong, ulong> countryOfStem)
    {
        _countryOf = countryOf;
        _countryOfStem = countryOfStem;
    }

    public static CountryKeys Default => Shipped.Value;

    /// <summary>The country's key for a capital's or another name's key; <paramref name="key"/> itself for any other word.</summary>
    public ulong Of(ulong key) => _countryOf.GetValueOrDefault(key, key);

    /// <summary>
    /// The country's key for a word of <paramref name="text"/> (its key <paramref name="key"/>): a capital or another name
    /// by its key, an adjective of a country («اليونانية») by its form (<see cref="PlaceAdjectives"/>).
    /// </summary>
    public ulong Of(ReadOnlySpan<char> word, ulong key)
    {
        if (_countryOf.TryGetValue(key, out var country))
        {
            return country;
        }

        Span<char> match = stackalloc char[MatchKey.MaxLength(word.Length)];
        var length = MatchKey.Write(word, match);
        var form = match[..length];
        if (PlaceAdjectives.HasAdjectiveEnding(form) && (form.StartsWith("ال") || form[^1] != 'ي')
            && PlaceAdjectives.Default.CountryOf(TermHash.Of(LightStemmer.StemOf(form)), out var stem)
            && _countryOfStem.TryGetValue(stem, out country))
        {
            return country;
        }

        return key;
    }

    /// <summary>
    /// Names never read as their country although <see cref="WholeStem"/> lets them: «الرياض» is the stem of «الرياضة»
    /// (sport), and «المملكة» names several kingdoms.
    /// </summary>
    private static readonly string[] NotKeys = ["الرياض", "المملكة"];

    /// <summary>
    /// Whether the light stem of a name is the whole name but for the article and a final «ة», or at least four letters of
    /// it: where the stemmer cuts a name down to three letters or fewer its stem is some common word's too («تالين» → «تال»,
    /// of «التالي»; «طهران» → «طهر», purity; «سورية» → «سور», a wall; «بكين» → «بك»). Such a name is left as it is.
    /// </summary>
    private static bool WholeStem(string name)
    {
        var key = MatchKey.Of(name);
        var bare = key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;
        var stem = LightStemmer.StemOf(key).ToString();
        return stem == bare || (bare.EndsWith('ه') && stem == bare[..^1]) || stem.Length >= 4;
    }

    /// <summary>
    /// From lines of «capital|spelling TAB country|spelling»: each one-word name is the line's first one-word country name.
    /// Only a name matched by its stem is read so: a rare name is matched by its consonant skeleton (<see cref="ContentTerms"/>),
    /// which other rare words share («مناسك» has Minsk's, «أطنان» Athens's, «بوك» of «فيس بوك» Baku's). A key two lines
    /// claim, or one that is another line's country, is read as neither.
    /// </summary>
    public static CountryKeys Of(IEnumerable<string> capitals, TermWeights weights)
    {
        static ContentTerm? TermOf(string name, TermWeights weights) =>
            name.Contains(' ', StringComparison.Ordinal) || ContentTerms.Of(name, weights).Terms is not [var term] ? null : term;

        var countryOf = new Dictionary<ulong, ulong>();
        var countryOfStem = new Dictionary<ulong, ulong>();
        var claimed = new HashSet<ulong>();
        var countries = new HashSet<ulong>();
        foreach (var line in CountryLine.Parse(capitals))
        {
            if (line.Country.Select(n => TermOf(n, weights)).FirstOrDefault(t => t is not null) is not { } country)
            {
                continue;
            }

            countries.Add(country.Key);
            foreach (var name in line.Capital.Concat(line.Country).Where(n => !NotKeys.Contains(n, StringComparer.Ordinal)))
            {
                if (TermOf(name, weights) is not { } term || term.Key != term.Stem || !WholeStem(name))
                {
                    continue;
                }

                countryOfStem.TryAdd(term.Stem, country.Key);
                if (term.Key != country.Key && !countryOf.TryAdd(term.Key, country.Key) && countryOf[term.Key] != country.Key)
                {
                    claimed.Add(term.Key);
                }
            }
        }

        foreach (var key in claimed.Concat(countries.Where(countryOf.ContainsKey)))
        {
            countryOf.Remove(key);
        }

        return new CountryKeys(countryOf.ToFrozenDictionary(), countryOfStem.ToFrozenDictionary());
    }
}
