using System.Text;
using Khabar.Text.Normalize;

namespace Khabar.Core.Entities;

/// <summary>
/// Known names and trigger words, kept as data files in <c>Entities/Resources</c> (one entry a line, <c>#</c>
/// comments). Entries are stored by key phrase, the match keys of their words joined by single spaces, as
/// written. A word from a text is looked up in each of its <see cref="Proclitics.Readings"/>, so والرياض and
/// بالرياض find the entry الرياض, but سوف does not find وسوف.
/// </summary>
public sealed class Gazetteer
{
    private static readonly (string File, GazetteerKind Kind)[] Files =
    [
        ("gazetteer-persons.txt", GazetteerKind.Person),
        ("gazetteer-locations.txt", GazetteerKind.Location),
        ("gazetteer-organizations.txt", GazetteerKind.Organization),
        ("gazetteer-equipment.txt", GazetteerKind.Equipment),
        ("triggers-person.txt", GazetteerKind.PersonTrigger),
        ("triggers-location.txt", GazetteerKind.LocationTrigger),
        ("triggers-organization.txt", GazetteerKind.OrganizationTrigger),
        ("speech-verbs.txt", GazetteerKind.SpeechVerb),
    ];

    private const string LatinFile = "latin-names.txt";

    private static readonly Lazy<Gazetteer> DefaultGazetteer = new(Load);

    private readonly Dictionary<string, GazetteerKind> _entries;
    private readonly Dictionary<string, GazetteerKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _twoWordStarts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<(string Entry, GazetteerKind Kind)> entries, ulong fingerprint)
    {
        _entries = new Dictionary<string, GazetteerKind>(StringComparer.Ordinal);
        foreach (var (entry, kind) in entries)
        {
            var phrase = KeyPhrase(entry);
            if (phrase.Length == 0)
            {
                continue;
            }

            _entries[phrase] = _entries.GetValueOrDefault(phrase) | kind;
            var second = phrase.IndexOf(' ', StringComparison.Ordinal);
            if (second > 0)
            {
                var third = phrase.IndexOf(' ', second + 1);
                _twoWordStarts.Add(third > 0 ? phrase[..third] : phrase);
                _firstWords.Add(phrase[..second]);
            }

            MaxWords = Math.Max(MaxWords, phrase.Count(c => c == ' ') + 1);
        }

        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Fingerprint = fingerprint;
    }

    /// <summary>The lists shipped with Khabar.</summary>
    public static Gazetteer Default => DefaultGazetteer.Value;

    /// <summary>Words in the longest entry.</summary>
    public int MaxWords { get; }

    public int Count => _entries.Count;

    /// <summary>Every entry as its key phrase, with what it is known to be.</summary>
    public IEnumerable<(string Entry, GazetteerKind Kind)> Entries => _entries.Select(e => (e.Key, e.Value));

    /// <summary>A hash of the lists' contents; a tagger model records the one it was trained with.</summary>
    public ulong Fingerprint { get; }

    /// <summary>What the key phrase (see <see cref="KeyPhrase"/>) is known to be, read exactly.</summary>
    public GazetteerKind Of(ReadOnlySpan<char> keyPhrase) =>
        _lookup.TryGetValue(keyPhrase, out var kind) ? kind : GazetteerKind.None;

    /// <summary>What a text word (its match key) is known to be, in its most literal reading that is listed.</summary>
    public GazetteerKind OfWord(string key) => OfWord(key.AsSpan());

    /// <summary>As <see cref="OfWord(string)"/>, for a key written in a buffer: no string is made.</summary>
    public GazetteerKind OfWord(ReadOnlySpan<char> key)
    {
        // Only a word starting with a proclitic letter or the article has readings besides itself (most words do not).
        if (key.Length == 0 || !(Proclitics.IsLetter(key[0]) || key[0] == Khabar.Text.Unicode.ArabicChars.Alef))
        {
            return Of(key);
        }

        Span<char> article = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        foreach (var reading in Proclitics.Readings(key, article))
        {
            var kind = Of(reading);
            if (kind != GazetteerKind.None)
            {
                return kind;
            }
        }

        return GazetteerKind.None;
    }

    /// <summary>What a name written in a text (one or more words) is known to be, its first word read as <see cref="OfWord"/> does.</summary>
    public GazetteerKind OfName(string written)
    {
        var phrase = KeyPhrase(written);
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return OfWord(phrase);
        }

        foreach (var reading in Proclitics.Readings(phrase[..space]))
        {
            var kind = Of(reading + phrase[space..]);
            if (kind != GazetteerKind.None)
            {
                return kind;
            }
        }

        return GazetteerKind.None;
    }

    /// <summary>Whether some entry of two words or more begins with this word (a key): most words start none.</summary>
    public bool StartsLongerEntry(string firstWord) => _firstWords.Contains(firstWord);

    /// <summary>Whether some entry of two words or more begins with these two words (a key phrase).</summary>
    public bool StartsEntry(string twoWords) => _twoWordStarts.Contains(twoWords);

    /// <summary>The key phrase of a written name: the match keys of its words, joined by single spaces.</summary>
    public static string KeyPhrase(string entry) =>
        string.Join(' ', entry.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(w => MatchKey.Of(w)));

    /// <summary>Parses the data files' format; <paramref name="latin"/> lines are <c>name TAB TYPE</c>.</summary>
    public static IEnumerable<(string Entry, GazetteerKind Kind)> Parse(string text, GazetteerKind kind, bool latin = false)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            line = (hash >= 0 ? line[..hash] : line).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!latin)
            {
                yield return (line, kind);
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab > 0 && EntityTypes.TryParse(line.AsSpan(tab + 1).Trim(), out var type))
            {
                yield return (line[..tab].Trim(), KindOf(type));
            }
        }
    }

    /// <summary>The one entity type the lists give a name written in a text (<see cref="OfName"/>), or null when none or several.</summary>
    public EntityType? OnlyTypeOf(string written)
    {
        var kind = OfName(written);
        EntityType? type = null;
        foreach (var candidate in EntityTypes.All)
        {
            if ((kind & KindOf(candidate)) != 0)
            {
                if (type is not null)
                {
                    return null;
                }

                type = candidate;
            }
        }

        return type;
    }

    public static GazetteerKind KindOf(EntityType type) => type switch
    {
        EntityType.Person => GazetteerKind.Person,
        EntityType.Location => GazetteerKind.Location,
        EntityType.Organization => GazetteerKind.Organization,
        _ => GazetteerKind.Equipment,
    };

    private static Gazetteer Load()
    {
        var entries = new List<(string, GazetteerKind)>();
        var fingerprint = 14695981039346656037UL;
        foreach (var (file, kind) in Files.Append((LatinFile, GazetteerKind.None)))
        {
            var text = ReadResource(file);
            foreach (var c in text)
            {
                fingerprint = (fingerprint ^ c) * 1099511628211UL;
            }

            entries.AddRange(Parse(text, kind, latin: file == LatinFile));
        }

        return new Gazetteer(entries, fingerprint);
    }

    internal static string ReadResource(string file)
    {
        var name = $"Khabar.Core.Entities.Resources.{file}";
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from Khabar.Core");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
