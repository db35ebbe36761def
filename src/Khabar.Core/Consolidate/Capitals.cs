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

    private readonly FrozenDictionary<string, int> _countryOf;

    private Capitals(FrozenDictionary<string, int> countryOf) => _countryOf = countryOf;

    public static Capitals Default => Shipped.Value;

    /// <summary>Reads lines of «capital|spelling TAB country|spelling».</summary>
    public static Capitals Parse(IEnumerable<string> lines)
    {
        var countryOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var country = 0;
        foreach (var line in CountryLine.Parse(lines))
        {
            country++;
            foreach (var name in line.Capital.Concat(line.Country))
            {
                countryOf.TryAdd(Key(EntityConflicts.Forms(name)), country);
            }
        }

        return new Capitals(countryOf.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether two names (their words' forms) are one country, or a country and its capital.</summary>
    public bool OnePlace(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        _countryOf.TryGetValue(Key(a), out var x) && _countryOf.TryGetValue(Key(b), out var y) && x == y;

    /// <summary>
    /// The country a one-word name stands for, by its form (<see cref="EntityConflicts.Forms"/>: «الإيرانية», «إيراني» and
    /// «إيران» are one; a capital is its country), as a number; null for any other word.
    /// </summary>
    public int? CountryOf(string form) => _countryOf.TryGetValue(form, out var country) ? country : null;

    /// <summary>Whether a name (its words' forms) is one of the listed countries (or their capitals), as «الفرنسية» is «فرنسا».</summary>
    public bool IsCountry(IReadOnlySet<string> forms) => _countryOf.ContainsKey(Key(forms));

    private static string Key(IEnumerable<string> forms) => string.Join(' ', forms.Order(StringComparer.Ordinal));
}
