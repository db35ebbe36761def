using System.Collections.Frozen;
using Khabar.Core.Analyze;
using Khabar.Text.Resources;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Capitals and the countries they stand for in news (<c>Analyze/Resources/capitals.txt</c>, shared with <see cref="Analyze.PlaceAdjectives"/>): «واشنطن قد تتخذ خطوات» says what
/// «الولايات المتحدة يمكن أن تتخذ خطوات» says. Names are compared by their words' forms (<see cref="EntityConflicts.Forms"/>),
/// so «بواشنطن» and «أمريكا» are found as well.
/// </summary>
internal sealed class Capitals
{
    private static readonly Lazy<Capitals> Shipped = new(() => Parse(
        EmbeddedWordList.Load(typeof(Capitals).Assembly, "Khabar.Core.Analyze.Resources.capitals.txt")));

    private readonly FrozenDictionary<string, int[]> _placesOf;
    private readonly FrozenDictionary<string, int> _countryNamed;

    private Capitals(FrozenDictionary<string, int[]> placesOf, FrozenDictionary<string, int> countryNamed) =>
        (_placesOf, _countryNamed) = (placesOf, countryNamed);

    public static Capitals Default => Shipped.Value;

    /// <summary>Reads lines of «capital|spelling TAB country|spelling».</summary>
    public static Capitals Parse(IEnumerable<string> lines)
    {
        // A form may be a capital and a country both («عمان»: Amman, and Oman); each country it may stand for is kept.
        var placesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var countryNamed = new Dictionary<string, int>(StringComparer.Ordinal);
        var country = 0;
        foreach (var line in CountryLine.Parse(lines))
        {
            country++;
            foreach (var name in line.Capital.Concat(line.Country))
            {
                var key = Key(EntityConflicts.Forms(name));
                var places = placesOf.TryGetValue(key, out var known) ? known : placesOf[key] = [];
                if (!places.Contains(country))
                {
                    places.Add(country);
                }
            }

            foreach (var name in line.Country)
            {
                countryNamed.TryAdd(Key(EntityConflicts.Forms(name)), country);
            }
        }

        return new Capitals(
            placesOf.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            countryNamed.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether two names (their words' forms) are one country, or a country and its capital.</summary>
    public bool OnePlace(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        _placesOf.TryGetValue(Key(a), out var x) && _placesOf.TryGetValue(Key(b), out var y) && x.Intersect(y).Any();

    /// <summary>
    /// The country a one-word name stands for, by its form (<see cref="EntityConflicts.Forms"/>: «الإيرانية», «إيراني» and
    /// «إيران» are one): a country's name first («عمان» is Oman), else a capital that is one country's only («طهران»);
    /// as a number, null for any other word.
    /// </summary>
    public int? CountryOf(ReadOnlySpan<char> form) =>
        _countryNamed.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var country) ? country
        : _placesOf.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var places) && places.Length == 1 ? places[0]
        : null;

    /// <summary>
    /// Whether a name (its words' forms) is one of the listed countries' names, as «الفرنسية» is «فرنسا». Capitals are not:
    /// their adjectives' forms are common words («الرياضية», sport, is «الرياض»).
    /// </summary>
    public bool IsCountry(IReadOnlySet<string> forms) => _countryNamed.ContainsKey(Key(forms));

    private static string Key(IEnumerable<string> forms) => string.Join(' ', forms.Order(StringComparer.Ordinal));
}
