using System.Collections.Frozen;
using System.Reflection;
using Khabar.Text.Normalize;

namespace Khabar.Text.Resources;

/// <summary>
/// Reads a word list shipped inside an assembly: one entry a line, <c>#</c> starts a comment. Lists that are
/// matched against text are folded on load with <see cref="MatchKey"/>, as the text is, so a list may be written
/// in its natural spelling (الماضية، الفائت، جمادى الآخرة) and still match every spelling of it.
/// </summary>
public static class EmbeddedWordList
{
    /// <summary>The entries of this assembly's resource file <paramref name="fileName"/> (under Resources/).</summary>
    internal static IReadOnlyList<string> Load(string fileName) => Load(typeof(EmbeddedWordList).Assembly, $"Khabar.Text.{fileName}");

    /// <summary>The entries of <paramref name="assembly"/>'s resource <paramref name="resourceName"/>, trimmed, in file order.</summary>
    public static IReadOnlyList<string> Load(Assembly assembly, string resourceName) => Read(assembly, resourceName, commentsAnywhere: true);

    /// <summary>
    /// The lines of this assembly's resource file <paramref name="fileName"/>, trimmed, where only a line that begins with
    /// <c>#</c> and a space is a comment: for tables whose entries use <c>#</c> themselves (the romanizer's word edge,
    /// <c>##أب_</c>).
    /// </summary>
    internal static IReadOnlyList<string> LoadLines(string fileName) =>
        Read(typeof(EmbeddedWordList).Assembly, $"Khabar.Text.{fileName}", commentsAnywhere: false);

    private static List<string> Read(Assembly assembly, string resourceName, bool commentsAnywhere)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded word list '{resourceName}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = commentsAnywhere ? line.IndexOf('#', StringComparison.Ordinal) : line is "#" || line.StartsWith("# ", StringComparison.Ordinal) ? 0 : -1;
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>The entries of a resource as key phrases (see <see cref="KeyPhrase"/>): the set a text's keys are looked up in.</summary>
    public static FrozenSet<string> LoadKeys(Assembly assembly, string resourceName) => ToKeys(Load(assembly, resourceName));

    /// <summary>The entries of this assembly's resource file <paramref name="fileName"/> as key phrases.</summary>
    internal static FrozenSet<string> LoadKeys(string fileName) => ToKeys(Load(fileName));

    /// <summary>
    /// A list of <c>value TAB entry</c> lines from this assembly's resource file <paramref name="fileName"/>, by the
    /// entry's key phrase. Two spellings that fold to one key must carry one value.
    /// </summary>
    internal static FrozenDictionary<string, T> LoadKeyed<T>(string fileName, Func<string, T> parseValue)
    {
        var byKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var line in Load(fileName))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"'{fileName}': '{line}' is not 'value TAB entry'");
            }

            var value = parseValue(line[..tab].Trim());
            var key = KeyPhrase(line.AsSpan(tab + 1));
            if (byKey.TryGetValue(key, out var earlier) && !EqualityComparer<T>.Default.Equals(earlier, value))
            {
                throw new FormatException($"'{fileName}': '{key}' is listed as both {earlier} and {value}");
            }

            byKey[key] = value;
        }

        return byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The key phrase of an entry: the <see cref="MatchKey"/> of each of its words, joined by one space.</summary>
    public static string KeyPhrase(ReadOnlySpan<char> entry)
    {
        var words = new List<string>();
        foreach (var range in entry.SplitAny(" \t\u00A0"))
        {
            var key = MatchKey.Of(entry[range]);
            if (key.Length > 0)
            {
                words.Add(key);
            }
        }

        return string.Join(' ', words);
    }

    private static FrozenSet<string> ToKeys(IReadOnlyList<string> entries)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = KeyPhrase(entry);
            if (key.Length > 0)
            {
                keys.Add(key);
            }
        }

        return keys.ToFrozenSet(StringComparer.Ordinal);
    }
}
