using System.Text;
using Khabar.Text.Normalize;

namespace Khabar.Core.Entities;

/// <summary>
/// Model families of named equipment and their spellings (<c>Resources/equipment-families.txt</c>: a Latin
/// family name, a tab, its spellings separated by <c>|</c>), so that Tu-160, توبوليف 160 and تي.يو160 all read
/// as <c>Tu 160</c> while Tu-95 stays another aircraft.
/// </summary>
public sealed class EquipmentFamilies
{
    private static readonly Lazy<EquipmentFamilies> DefaultFamilies = new(() => Parse(Gazetteer.ReadResource("equipment-families.txt")));

    private readonly Dictionary<string, string> _familyOf;

    private EquipmentFamilies(Dictionary<string, string> familyOf) => _familyOf = familyOf;

    public static EquipmentFamilies Default => DefaultFamilies.Value;

    public static EquipmentFamilies Parse(string text)
    {
        var familyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            var family = line[..tab].Trim();
            familyOf[Letters(family)] = family;
            foreach (var spelling in line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                familyOf[Letters(spelling)] = family;
            }
        }

        return new EquipmentFamilies(familyOf);
    }

    /// <summary>"Family number" (Tu 160) when <paramref name="name"/> is a known family followed by a model number; otherwise null.</summary>
    public string? KeyOf(string name)
    {
        var firstDigit = -1;
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsDigit(name[i]))
            {
                firstDigit = i;
                break;
            }
        }

        if (firstDigit <= 0)
        {
            return null;
        }

        var letters = Letters(name[..firstDigit]);
        if (!_familyOf.TryGetValue(letters, out var family)
            && !(letters.Length > 1 && "وبلكف".Contains(letters[0], StringComparison.Ordinal) && _familyOf.TryGetValue(letters[1..], out family)))
        {
            return null;
        }

        var model = new StringBuilder();
        foreach (var c in name[firstDigit..])
        {
            if (char.IsDigit(c))
            {
                model.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else if (char.IsLetter(c))
            {
                model.Append(char.ToUpperInvariant(c));
            }
            else if (!char.IsWhiteSpace(c) && c is not '-' and not '.')
            {
                break;
            }
        }

        return $"{family} {model}";
    }

    /// <summary>The letters of a spelling, folded as match keys, without spaces, dots or hyphens (تي.يو → تييو).</summary>
    private static string Letters(string spelling)
    {
        var key = MatchKey.Of(spelling);
        var letters = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }
}
