using System.Reflection;

namespace Khabar.Text.Resources;

/// <summary>Reads a word list shipped inside this assembly: one entry a line, <c>#</c> starts a comment.</summary>
internal static class EmbeddedWordList
{
    /// <summary>The entries of the resource file <paramref name="fileName"/> (under Resources/), trimmed, in file order.</summary>
    public static IReadOnlyList<string> Load(string fileName)
    {
        var name = $"Khabar.Text.{fileName}";
        using var stream = typeof(EmbeddedWordList).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded word list '{name}' is missing from {typeof(EmbeddedWordList).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
