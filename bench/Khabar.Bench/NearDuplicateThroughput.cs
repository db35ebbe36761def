using System.Diagnostics;
using Khabar.Core.Assign;

namespace Khabar.Bench;

/// <summary>
/// Streams the SaudiNewsNet texts through near-duplicate detection on one thread: shingles, MinHash, LSH
/// query, verification of candidates by estimated similarity, then LSH add. Prints the total, the time per
/// article over the first and the last tenth (the cost must not grow with the index), and pair counts.
/// Usage: <c>neardup [FOLDER] [--threshold 0.8]</c>.
/// </summary>
internal static class NearDuplicateThroughput
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var at = Array.IndexOf(args, "--threshold");
        var threshold = at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 0.8;
        var texts = SaudiNewsNetCorpus.Contents(folder).ToArray();
        var index = new LshIndex<int>();
        var signatures = new List<uint[]>(texts.Length);
        var perArticle = new double[texts.Length];
        long candidates = 0, pairs = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < texts.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            var signature = MinHash.Of(Shingles.Of(texts[i]));
            foreach (var other in index.Candidates(signature))
            {
                candidates++;
                pairs += MinHash.Similarity(signature, signatures[other]) >= threshold ? 1 : 0;
            }

            index.Add(i, signature);
            signatures.Add(signature);
            perArticle[i] = clock.Elapsed.TotalMilliseconds;
        }

        var tenth = texts.Length / 10;
        Console.WriteLine($"{texts.Length:N0} articles in {total.Elapsed.TotalSeconds:F2} s ({texts.Length / total.Elapsed.TotalSeconds:N0} articles/s, one thread)");
        Console.WriteLine($"per article: first 10% {perArticle[..tenth].Average() * 1000:F0} µs, last 10% {perArticle[^tenth..].Average() * 1000:F0} µs");
        Console.WriteLine($"LSH candidates {candidates:N0}; pairs at estimated similarity >= {threshold}: {pairs:N0}");
        Console.WriteLine($"managed memory after: {GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB");
        return 0;
    }
}
