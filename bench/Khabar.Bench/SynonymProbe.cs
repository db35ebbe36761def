using System.Diagnostics;
using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>
/// <c>synonym-probe [SAUDINEWSNET] [--words W,W,...] [--min N] [--window K] [--top K]</c>: each word's nearest words by
/// the company they keep in SaudiNewsNet: the content words (matched stems, as stories compare them) within K words
/// either side, weighted by positive PMI with smoothed context counts (α 0.75), the heaviest 200 contexts of each word
/// kept, cosine between words. Prints the nearest words of each word asked for.
/// </summary>
internal static class SynonymProbe
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var min = int.Parse(NerTraining.Option(args, "--min") ?? "20", CultureInfo.InvariantCulture);
        var window = int.Parse(NerTraining.Option(args, "--window") ?? "4", CultureInfo.InvariantCulture);
        var top = int.Parse(NerTraining.Option(args, "--top") ?? "10", CultureInfo.InvariantCulture);
        var asked = (NerTraining.Option(args, "--words") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var clock = Stopwatch.StartNew();
        var vectors = DistributionalVectors.Build(folder, min, window);
        Console.Error.WriteLine($"{vectors.Words.Length:N0} words ({clock.Elapsed.TotalSeconds:F1} s)");
        foreach (var word in asked)
        {
            var stem = DistributionalVectors.StemOf(word);
            var near = vectors.Nearest(stem, top);
            Console.WriteLine($"{word} ({stem}): {string.Join("  ", near.Select(n => $"{n.Word} {n.Cosine:F2}"))}");
        }

        return 0;
    }
}
