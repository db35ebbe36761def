using System.Collections.Frozen;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Stem;

namespace Khabar.Core.Analyze;

/// <summary>
/// A country's one content key (<see cref="ContentTerm.Key"/>) for what else names it in a headline: its capital
/// («أنقرة»), its other one-word names («سورية» for «سوريا»), and its adjective («التركية», by
/// <see cref="PlaceAdjectives"/>), from <c>Resources/capitals.txt</c>. Read only where statements are headline-length
/// (the linker's short pairs, consolidation's short sentences): in a long text «الرياض» is mostly the city.
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
        if (PlaceAdjectives.HasAdjectiveEnding(match[..length])
            && PlaceAdjectives.Default.CountryOf(TermHash.Of(LightStemmer.StemOf(match[..length])), out var stem)
            && _countryOfStem.TryGetValue(stem, out country))
        {
            return country;
        }

        return key;
    }

    /// <summary>From lines of «capital|spelling TAB country|spelling»: each one-word name is the line's first one-word country name.</summary>
    public static CountryKeys Of(IEnumerable<string> capitals, TermWeights weights)
    {
        static ContentTerm? TermOf(string name, TermWeights weights) =>
            name.Contains(' ', StringComparison.Ordinal) || ContentTerms.Of(name, weights).Terms is not [var term] ? null : term;

        var countryOf = new Dictionary<ulong, ulong>();
        var countryOfStem = new Dictionary<ulong, ulong>();
        foreach (var line in CountryLine.Parse(capitals))
        {
            if (line.Country.Select(n => TermOf(n, weights)).FirstOrDefault(t => t is not null) is not { } country)
            {
                continue;
            }

            foreach (var name in line.Capital.Concat(line.Country))
            {
                if (TermOf(name, weights) is { } term)
                {
                    countryOfStem.TryAdd(TermHash.Of(LightStemmer.StemOf(MatchKey.Of(name))), country.Key);
                    if (term.Key != country.Key)
                    {
                        countryOf.TryAdd(term.Key, country.Key);
                    }
                }
            }
        }

        return new CountryKeys(countryOf.ToFrozenDictionary(), countryOfStem.ToFrozenDictionary());
    }
}
