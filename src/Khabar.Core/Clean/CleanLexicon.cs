using System.Collections.Frozen;
using System.Globalization;

namespace Khabar.Core.Clean;

/// <summary>The cleaner's word lists, read once from the embedded <c>Clean/Resources/*.txt</c> files and
/// folded with <see cref="TriggerFolding"/> like the text they are matched against.</summary>
internal static class CleanLexicon
{
    private const int DefaultPromoMaxLength = 300;

    public static readonly PrefixTrigger[] Promo = LoadPrefixTriggers("PromoTriggers.txt", DefaultPromoMaxLength);

    public static readonly string[] Captions = LoadPhrases("CaptionTriggers.txt");

    public static readonly string[] EmbedMarkers = LoadPhrases("EmbedMarkers.txt");

    public static readonly string[] EmbedLinks = LoadPhrases("EmbedLinks.txt");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareWords = LoadSet("ShareWords.txt");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareConnectors = LoadSet("ShareConnectors.txt");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = LoadSet("Months.txt");

    /// <summary>Section names written before a title and a slash (<see cref="ArticleCleaner.CleanTitle"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSections = LoadSet("TitleSections.txt");

    /// <summary>HTML element names, compared ignoring ASCII case.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HtmlElements =
        ReadLines("HtmlElements.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static PrefixTrigger[] LoadPrefixTriggers(string name, int defaultMaxLength)
    {
        var triggers = new List<PrefixTrigger>();
        foreach (var line in ReadLines(name))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var max = bar < 0
                ? defaultMaxLength
                : int.Parse(line.AsSpan(bar + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            var phrase = bar < 0 ? line : line[..bar];
            triggers.Add(new PrefixTrigger(TriggerFolding.FoldPhrase(phrase), max));
        }

        // Longest first, so a longer phrase wins over its own prefix.
        return [.. triggers.Distinct().OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal)];
    }

    private static string[] LoadPhrases(string name) =>
        [.. ReadLines(name).Select(l => TriggerFolding.FoldPhrase(l)).Distinct().OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal)];

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadSet(string name) =>
        ReadLines(name).Select(l => TriggerFolding.FoldPhrase(l)).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<string> ReadLines(string name)
    {
        var resource = "Khabar.Core.Clean.Resources." + name;
        using var stream = typeof(CleanLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
