using System.Runtime.InteropServices;

namespace Khabar.Core.Entities;

/// <summary>
/// Latin-script names for entities written only in Arabic: a translation when the English name is one
/// (<c>Resources/latin-translations.txt</c>: كوريا الشمالية → North Korea, قناة السويس → Suez Canal), else a
/// known Latin name with the same name keys (<c>Resources/latin-names.txt</c>: شويغو → Shoigu).
/// </summary>
public sealed class LatinNames
{
    private static readonly Lazy<LatinNames> DefaultNames = new(() => new LatinNames(
        Gazetteer.Parse(Gazetteer.ReadResource("latin-names.txt"), GazetteerKind.None, latin: true),
        Translations(Gazetteer.ReadResource("latin-translations.txt"))));

    private readonly List<(GazetteerKind Kind, NameForm Form)> _names;

    /// <summary>
    /// The names (by position) under each spelling and each name key of their first word: a name can match a form
    /// only if their first words share one (<see cref="NameForm.WordEquals"/>), so only these few are compared.
    /// </summary>
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _translations;

    /// <summary>The translations under <see cref="WithoutDoubledSeats"/> of their keys, where that key is one name's alone.</summary>
    private readonly Dictionary<string, string> _translationsBySeatless;

    public LatinNames(IEnumerable<(string Name, GazetteerKind Kind)> names, IEnumerable<(string Arabic, string Latin)>? translations = null)
    {
        _names = names.Select(n => (n.Kind, NameForm.Of(n.Name, EquipmentFamilies.Default))).ToList();
        for (var i = 0; i < _names.Count; i++)
        {
            if (_names[i].Form.Words is [var first, ..])
            {
                foreach (var term in first.Spellings.Concat(first.Keys).Distinct(StringComparer.Ordinal))
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(_byFirstWord, term, out _) ??= []).Add(i);
                }
            }
        }

        _translations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (arabic, latin) in translations ?? [])
        {
            _translations.TryAdd(Gazetteer.KeyPhrase(arabic), latin);
        }

        _translationsBySeatless = _translations.GroupBy(t => WithoutDoubledSeats(t.Key), StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Value).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// A key with each run of ي or و written once: a hamza seat after a long vowel (سيئول, whose key reads ئ as ي) is a
    /// spelling of the same name as the one without it (سيول).
    /// </summary>
    internal static string WithoutDoubledSeats(string key)
    {
        var builder = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is 'ي' or 'و' && builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Reads <c>Arabic TAB Latin</c> lines; <c>#</c> starts a comment.</summary>
    public static IEnumerable<(string Arabic, string Latin)> Translations(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }

    /// <summary>
    /// The English name that translates <paramref name="written"/>, its first word read without proclitics if need be,
    /// and with a hamza seat after a long vowel read as that vowel if need be (سيئول as سيول).
    /// </summary>
    public string? Translation(string written)
    {
        var phrase = Gazetteer.KeyPhrase(written);
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var (first, rest) = space < 0 ? (phrase, "") : (phrase[..space], phrase[space..]);
        foreach (var reading in Khabar.Text.Normalize.Proclitics.Readings(first))
        {
            if (_translations.TryGetValue(reading + rest, out var latin))
            {
                return latin;
            }
        }

        foreach (var reading in Khabar.Text.Normalize.Proclitics.Readings(first))
        {
            if (_translationsBySeatless.TryGetValue(WithoutDoubledSeats(reading + rest), out var latin))
            {
                return latin;
            }
        }

        return null;
    }

    public static LatinNames Default => DefaultNames.Value;

    /// <summary>Name keys this short match too many names to pick a Latin spelling by sound alone (صلالة / Seoul).</summary>
    private const int MinKeyLetters = 4;

    /// <summary>The Latin name of the same type whose words' keys all equal <paramref name="form"/>'s, when the keys are long enough to tell.</summary>
    internal string? Find(EntityType type, NameForm form)
    {
        var kind = Gazetteer.KindOf(type);
        if (form.KeyLetters < MinKeyLetters)
        {
            return null;
        }

        if (form.Words is not [var first, ..])
        {
            return null;
        }

        // The first name in list order that matches, as a scan of the whole list would find.
        var best = int.MaxValue;
        foreach (var term in first.Spellings.Concat(first.Keys))
        {
            if (!_byFirstWord.TryGetValue(term, out var candidates))
            {
                continue;
            }

            foreach (var i in candidates)
            {
                if (i < best && Matches(_names[i], kind, form))
                {
                    best = i;
                    break; // candidates are in list order
                }
            }
        }

        return best == int.MaxValue ? null : _names[best].Form.Surface;
    }

    private static bool Matches((GazetteerKind Kind, NameForm Form) name, GazetteerKind kind, NameForm form)
    {
        if (name.Kind != kind || name.Form.Words.Length != form.Words.Length)
        {
            return false;
        }

        for (var i = 0; i < form.Words.Length; i++)
        {
            if (!form.WordEquals(i, name.Form, i))
            {
                return false;
            }
        }

        return true;
    }
}
