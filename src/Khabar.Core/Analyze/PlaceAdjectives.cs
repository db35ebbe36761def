using System.Collections.Frozen;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Stem;

namespace Khabar.Core.Analyze;

/// <summary>
/// A country whose name ends in «ا» read as the adjective made from it: «تركيا» as «التركية»، «روسيا» as «الروسي»،
/// «أمريكا» as «الأمريكية». The light stemmer already gives «الصين» and «الصينية» one stem, but it keeps the final
/// alef of «تركيا» (stem تركيا) while the adjective loses its «ية» (stem ترك), so «مقاتلات تركية» never met «تركيا».
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

    private readonly FrozenDictionary<ulong, ulong> _adjectiveOf;
    private readonly FrozenSet<ulong> _adjectives;

    private PlaceAdjectives(FrozenDictionary<ulong, ulong> adjectiveOf, IReadOnlyList<(string Place, string Adjective)> pairs)
    {
        _adjectiveOf = adjectiveOf;
        _adjectives = adjectiveOf.Values.ToFrozenSet();
        Pairs = pairs;
    }

    public static PlaceAdjectives Default => Shipped.Value;

    /// <summary>Each place's stem and the adjective's stem it is read as, for review.</summary>
    public IReadOnlyList<(string Place, string Adjective)> Pairs { get; }

    /// <summary>
    /// The stem hash a word's stem hash is matched as: its adjective's for a listed country, else itself. Every listed
    /// country's stem ends in «ا», so a caller holding the stem asks only for those.
    /// </summary>
    public ulong Of(ulong stem) => _adjectiveOf.TryGetValue(stem, out var adjective) ? adjective : stem;

    /// <summary>
    /// Whether <paramref name="stem"/> is the stem a listed country is read as. Such a word is matched by stem even when
    /// rare: «كندا» and «الكندية» have no name key in common.
    /// </summary>
    public bool IsAdjective(ulong stem) => _adjectives.Contains(stem);

    /// <summary>
    /// From lines of «capital|spelling TAB country|spelling» (<c>capitals.txt</c>). Capitals are not read as their
    /// countries here: measured, SaudiNewsNet's stories lost (dev B-cubed F1 0.762 → 0.760; «الرياض» is mostly the city).
    /// </summary>
    public static PlaceAdjectives Of(IEnumerable<string> lines, TermWeights weights)
    {
        var map = new Dictionary<ulong, ulong>();
        var pairs = new List<(string, string)>();
        void Add(string from, string to)
        {
            if (from != to && map.TryAdd(TermHash.Of(from), TermHash.Of(to)))
            {
                pairs.Add((from, to));
            }
        }

        foreach (var line in lines)
        {
            var sides = line.Split('\t');
            if (sides.Length != 2)
            {
                throw new FormatException($"capitals.txt: '{line}' is not 'capital TAB country'");
            }

            foreach (var name in OneWordNames(sides[1]))
            {
                if (name.Length < 4 || name[^1] != 'ا')
                {
                    continue;
                }

                // Match keys fold «ة» to «ه»: «تركيا» → «التركيه», «أمريكا» → «الامريكيه».
                var adjective = LightStemmer.StemOf("ال" + (name[^2] == 'ي' ? name[..^1] + "ه" : name[..^1] + "يه")).ToString();
                var stem = LightStemmer.StemOf(name).ToString();
                if (adjective.Length >= 3 && stem.EndsWith('ا') && weights.IsKnown(TermHash.Of(adjective)))
                {
                    Add(stem, adjective);
                }
            }
        }

        return new PlaceAdjectives(map.ToFrozenDictionary(), pairs);
    }

    private static IEnumerable<string> OneWordNames(string side) =>
        side.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => !n.Contains(' ', StringComparison.Ordinal))
            .Select(n => MatchKey.Of(n));
}
