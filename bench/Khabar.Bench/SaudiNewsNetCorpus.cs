using System.IO.Compression;
using System.Text.Json;

namespace Khabar.Bench;

/// <summary>Reads the article texts of the SaudiNewsNet release: one zip a day, each holding a JSON array.</summary>
internal static class SaudiNewsNetCorpus
{
    /// <summary>The corpus folder a bench command was given as its first argument, or ../shared/data/saudinewsnet.</summary>
    public static string FolderFrom(string[] args) =>
        args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? args[0]
            : Path.Combine("..", "shared", "data", "saudinewsnet");

    /// <summary>The <c>content</c> of every article in every zip under <paramref name="folder"/>, in file order.</summary>
    public static IEnumerable<string> Contents(string folder) => Titled(folder).Select(a => a.Content);

    /// <summary>Every article's title (empty when it has none) and content, in file order; articles without content are skipped.</summary>
    public static IEnumerable<(string Title, string Content)> Titled(string folder)
    {
        foreach (var zipPath in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(zipPath);
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                using var document = JsonDocument.Parse(stream);
                foreach (var article in document.RootElement.EnumerateArray())
                {
                    if (article.TryGetProperty("content", out var content) && content.GetString() is { Length: > 0 } text)
                    {
                        yield return (article.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "", text);
                    }
                }
            }
        }
    }
}
