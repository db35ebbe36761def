using System.Diagnostics;
using Khabar.Core.Pipeline;
using Khabar.Core.Search;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>search-latency DB [--queries N] [--limit N] [--window N] [--fresh] [--pages]</c>: one thread, N searches for words drawn (fixed seed) from story
/// titles, as <c>serve-load</c> draws them; prints the latency of the index query alone and of the whole search
/// (texts, stories, marks), median, p95 and max, and how latency grows with the number of sentences a word matches.
/// <c>--pages</c>: instead, how many pages a search reads from the file, with one hit and with its hits joined.
/// </summary>
internal static class SearchLatency
{
    public static int Run(string[] args)
    {
        var count = Option(args, "--queries", 200);
        var limit = Option(args, "--limit", 20);
        var window = Option(args, "--window", Core.Search.ArticleSearch.RankWindow);
        using var store = SqliteArticleStore.OpenForReading(args[0]);
        var random = new Random(17);
        var all = store.Stories();
        // --fresh: distinct title words in random order, as serve-load's never-asked searches draw them.
        var words = args.Contains("--fresh")
            ? all.SelectMany(s => s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 3 && SearchQuery.Parse(w) is not null)
                .Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(count).ToList()
            : all.Select(s => s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(t => t.Length > 2)
                .Select(t => t[random.Next(t.Length)]).Where(w => w.Length > 3 && SearchQuery.Parse(w) is not null).Take(count).ToList();
        var reader = new KhabarPipeline(store, PipelineParts.BuiltIn()).Reader;
        foreach (var word in words.Take(20))
        {
            reader.Search(SearchQuery.Parse(word)!, limit); // warm-up
        }

        if (args.Contains("--pages"))
        {
            // Pages read from the file per search: the index query alone (one hit) against it with its hits joined.
            foreach (var hits in new[] { 1, limit })
            {
                var before = store.PagesRead();
                var asked = words.Where((_, i) => i % 2 == (hits == 1 ? 0 : 1)).ToList();
                foreach (var word in asked)
                {
                    store.Search(SearchQuery.Parse(word)!, hits, window);
                }

                Console.WriteLine($"{hits,3} hits: {(store.PagesRead() - before) / (double)asked.Count,6:F1} pages read from the file per search ({asked.Count} words)");
            }

            return 0;
        }

        var rows = new List<(string Word, long Matches, double Index, double Whole)>();
        foreach (var word in words)
        {
            var query = SearchQuery.Parse(word)!;
            var started = Stopwatch.GetTimestamp();
            store.Search(query, limit, window);
            var index = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            reader.Search(query, limit);
            var whole = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            rows.Add((word, store.SearchCount(query), index, whole));
        }

        static string Stats(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return $"median {sorted[sorted.Count / 2],6:F1} ms, p95 {sorted[(int)(sorted.Count * 0.95)],6:F1} ms, max {sorted[^1],6:F1} ms";
        }

        Console.WriteLine($"{store.Count():N0} articles, {rows.Count} queries, limit {limit}, index query ranking the newest {window:N0} matches");
        Console.WriteLine($"index query  {Stats(rows.Select(r => r.Index))}");
        Console.WriteLine($"whole search {Stats(rows.Select(r => r.Whole))}");
        foreach (var (low, high) in new (long, long)[] { (0, 100), (100, 1_000), (1_000, 10_000), (10_000, long.MaxValue) })
        {
            var band = rows.Where(r => r.Matches >= low && r.Matches < high).ToList();
            if (band.Count > 0)
            {
                Console.WriteLine($"  matching {low,6:N0}–{(high == long.MaxValue ? "" : high.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),-6} sentences: {band.Count,3} queries, whole search {Stats(band.Select(r => r.Whole))}; index query {Stats(band.Select(r => r.Index))}");
            }
        }

        foreach (var row in rows.OrderByDescending(r => r.Whole).Take(3))
        {
            Console.WriteLine($"  slowest: {row.Word} ({row.Matches:N0} sentences, {row.Whole:F1} ms)");
        }

        return 0;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
