using System.Collections.Frozen;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Stem;

namespace Khabar.Core.Analyze;

/// <summary>
/// The adjective of a country whose name ends in «ا» read as the country: «التركية» as «تركيا»، «الروسي» as «روسيا»،
/// «الأمريكية» as «أمريكا». The light stemmer already gives «الصين» and «الصينية» one stem, but it keeps the final
/// alef of «تركيا» (stem تركيا) while the adjective loses its «ية» (stem ترك), so «مقاتلات تركية» never met «تركيا».
/// Only a word with an adjective's ending is read so (<see cref="HasAdjectiveEnding"/>): «ترك» (left), «سور» (a wall)
/// and «كوب» (a cup) share the adjectives' stems and stay themselves.
/// The adjective (nisba) is made by rule from each one-word country name of <c>Resources/capitals.txt</c>: «…يا» takes
/// «…ية», any other «…ا» takes «…ية» in its place, both after the article. A pair is kept only when the adjective's
/// stem is a word news uses (<see cref="TermWeights.IsKnown"/>). Georgia is not listed: its adjective's stem is «جورج»
/// (George); a test keeps every adjective's stem off the lists' persons. Only countries: a town's made-up adjective meets
/// common words (صيدا → صيد، درعا → درع، جباليا → جبال).
/// </summary>
public sealed class PlaceAdjectives
{
    private static readonly Lazy<PlaceAdjectives> Shipped = new(() => Of(
        EmbeddedWordList.Load(typeof(PlaceAdjectives).Assembly, "Khabar.Core.Analyze.Resources.capitals.txt"), TermWeights.Default));

    private readonly FrozenDictionary<ulong, ulong> _countryOf;

    private PlaceAdjectives(FrozenDictionary<ulong, ulong> countryOf, IReadOnlyList<(string Place, string Adjective)> pairs)
    {
        _countryOf = countryOf;
        Pairs = pairs;
    }

    public static PlaceAdjectives Default => Shipped.Value;

    /// <summary>Each country's stem and its adjective's stem, read as the country's; for review.</summary>
    public IReadOnlyList<(string Place, string Adjective)> Pairs { get; }

    /// <summary>The country's stem hash for an adjective's stem hash, when <paramref name="stem"/> is one.</summary>
    public bool CountryOf(ulong stem, out ulong country) => _countryOf.TryGetValue(stem, out country);

    /// <summary>
    /// Whether a word (its match key) ends as an adjective of origin or its plural does: ي، ية، يين، يون، يان، يات
    /// (التركي، التركية، الأمريكيين، الروسيات).
    /// </summary>
    public static bool HasAdjectiveEnding(ReadOnlySpan<char> key) =>
        key.Length >= 4 && (key[^1] == 'ي' || key.EndsWith("يه") || key.EndsWith("يين") || key.EndsWith("يون") || key.EndsWith("يان") || key.EndsWith("يات"));

    /// <summary>
    /// From lines of «capital|spelling TAB country|spelling» (<c>capitals.txt</c>). Capitals are not read as their
    /// countries here: measured, SaudiNewsNet's stories lost (dev B-cubed F1 0.762 → 0.760; «الرياض» is mostly the city).
    /// </summary>
    public static PlaceAdjectives Of(IEnumerable<string> lines, TermWeights weights)
    {
        var map = new Dictionary<ulong, ulong>();
        var pairs = new List<(string, string)>();
        foreach (var line in CountryLine.Parse(lines))
        {
            foreach (var name in line.Country.Where(n => !n.Contains(' ', StringComparison.Ordinal)).Select(n => MatchKey.Of(n)))
            {
                if (name.Length < 4 || name[^1] != 'ا')
                {
                    continue;
                }

                // Match keys fold «ة» to «ه»: «تركيا» → «التركيه», «أمريكا» → «الامريكيه».
                var adjective = LightStemmer.StemOf("ال" + (name[^2] == 'ي' ? name[..^1] + "ه" : name[..^1] + "يه")).ToString();
                var stem = LightStemmer.StemOf(name).ToString();
                if (adjective.Length >= 3 && stem.EndsWith('ا') && weights.IsKnown(TermHash.Of(adjective)) && map.TryAdd(TermHash.Of(adjective), TermHash.Of(stem)))
                {
                    pairs.Add((stem, adjective));
                }
            }
        }

        return new PlaceAdjectives(map.ToFrozenDictionary(), pairs);
    }
}
