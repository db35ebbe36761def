using System.Diagnostics;
using Khabar.Core.Assign;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// Re-runs the Assign stage over a database that <c>khabar ingest</c> filled: forgets its stories, assigns every
/// article again, and prints the time per phase, the story size distribution and peak memory. With
/// <c>--batches N</c> the articles are assigned in N runs, as a stream would, to show the per-article cost
/// stays flat. Usage: <c>stories DB [--batches N]</c>.
/// </summary>
internal static class StoryThroughput
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var at = Array.IndexOf(args, "--batches");
        var batches = at >= 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        using var store = SqliteArticleStore.Open(path);
        store.ResetStories();
        var total = store.Count();
        var clock = Stopwatch.StartNew();
        if (batches == 1)
        {
            var tally = new StoryAssignment(store, PipelineParts.BuiltIn().Weights).Run();
            Console.WriteLine($"{tally.Articles:N0} articles assigned in {tally.Elapsed.TotalSeconds:F2} s: {tally.Times}");
            Console.WriteLine($"{tally.Links:N0} links, {tally.ReusePairs:N0} pairs sharing copy or a passage");
        }
        else
        {
            RunBatches(path, store, total, batches);
        }

        var stories = store.Stories();
        Console.WriteLine($"{stories.Count:N0} stories in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (label, low, high) in new[] { ("1", 1, 1), ("2", 2, 2), ("3-4", 3, 4), ("5-9", 5, 9), ("10-19", 10, 19), ("20-49", 20, 49), ("50+", 50, int.MaxValue) })
        {
            var inBin = stories.Where(s => s.Articles.Count >= low && s.Articles.Count <= high).ToList();
            Console.WriteLine($"  size {label,-6} {inBin.Count,7:N0} stories {inBin.Sum(s => s.Articles.Count),7:N0} articles");
        }

        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }

    /// <summary>Hides all but the first k/N of the articles from assignment by assigning in N runs over growing prefixes.</summary>
    private static void RunBatches(string path, SqliteArticleStore store, long total, int batches)
    {
        // Move the later articles aside and bring them back one batch at a time, so each run sees only new ones.
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "CREATE TABLE IF NOT EXISTS held AS SELECT * FROM articles WHERE 0; DELETE FROM held;");
        Execute(connection, "PRAGMA foreign_keys = OFF; INSERT INTO held SELECT * FROM articles; DELETE FROM derived; DELETE FROM articles;");
        var size = (total + batches - 1) / batches;
        for (var k = 0; k < batches; k++)
        {
            Execute(connection, $"INSERT INTO articles SELECT * FROM held ORDER BY seq LIMIT {size}; DELETE FROM held WHERE seq IN (SELECT seq FROM articles);");
            var tally = new StoryAssignment(store, PipelineParts.BuiltIn().Weights).Run();
            Console.WriteLine($"batch {k + 1}: {tally.Articles:N0} new, {tally.Context:N0} in window, {tally.Elapsed.TotalMilliseconds / Math.Max(1, tally.Articles) * 1000:F0} µs per article ({tally.Times})");
        }

        Execute(connection, "DROP TABLE held;");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
