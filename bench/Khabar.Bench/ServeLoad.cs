using System.Diagnostics;
using Khabar.Storage;
using Khabar.Web;
using Microsoft.Extensions.Logging;

namespace Khabar.Bench;

/// <summary>
/// <c>serve-load DB [--seconds N] [--clients N] [--only KIND]</c>: starts the server on 127.0.0.1 over a store (a SQLite file or a PostgreSQL database) and keeps N clients
/// requesting for N seconds per kind of request: story pages, story JSON, searches (stories and words drawn with a
/// fixed seed from the store itself): 200 words asked again and again (as a search box is), and words never asked
/// before in the run ("search new": each distinct title word once, none answered from the server's memory). Prints requests per second, median and 95th-percentile latency, errors.
/// The load runs on the same two cores as the server.
/// </summary>
internal static class ServeLoad
{
    public static int Run(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var clients = Option(args, "--clients", 8);
        var only = Array.IndexOf(args, "--only") is var at and >= 0 ? args[at + 1] : null; // one kind, e.g. "search new"
        var random = new Random(17);
        List<string> stories;
        List<string> words;
        List<string> fresh;
        using (var store = StoreLocation.Open(args[0]))
        {
            var all = store.Stories();
            stories = [.. Enumerable.Range(0, 200).Select(_ => all[random.Next(all.Count)].Id)];
            words = [.. all.Select(s => s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(t => t.Length > 2).Select(t => t[random.Next(t.Length)]).Where(w => w.Length > 3).Take(200)];
            // Every distinct title word, shuffled: a search never asked before, so never answered from memory.
            fresh = [.. all.SelectMany(s => s.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 3 && Core.Search.SearchQuery.Parse(w) is not null).Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next())];
            Console.WriteLine($"{all.Count:N0} stories; {fresh.Count:N0} distinct title words for new searches");
        }

        using var app = KhabarServer.Build(new ServerOptions(args[0], "http://127.0.0.1:0"), logging => logging.ClearProviders());
        app.StartAsync().GetAwaiter().GetResult();
        var baseAddress = new Uri(app.Urls.First());
        using var http = new HttpClient { BaseAddress = baseAddress };
        foreach (var (kind, url) in new (string, Func<int, string>)[]
        {
            ("story page", i => $"/stories/{stories[i % stories.Count]}"),
            ("story JSON", i => $"/api/stories/{stories[i % stories.Count]}"),
            ("search", i => $"/api/search?q={Uri.EscapeDataString(words[i % words.Count])}"),
            ("search new", i => $"/api/search?q={Uri.EscapeDataString(fresh[i % fresh.Count])}"),
        }.Where(k => only is null || k.Item1 == only))
        {
            Load(http, kind, url, TimeSpan.FromSeconds(2), clients, first: fresh.Count / 2); // warm-up, on the other half of the new words
            var (count, errors, latencies, elapsed) = Load(http, kind, url, TimeSpan.FromSeconds(seconds), clients, first: 0);
            latencies.Sort();
            Console.WriteLine($"{kind,-11} {count / elapsed.TotalSeconds,7:F0} requests/s, median {latencies[latencies.Count / 2]:F1} ms, p95 {latencies[(int)(latencies.Count * 0.95)]:F1} ms, {errors} errors ({count:N0} requests, {clients} clients)");
        }

        app.StopAsync().GetAwaiter().GetResult();
        return 0;
    }

    private static (int Count, int Errors, List<double> Latencies, TimeSpan Elapsed) Load(HttpClient http, string kind, Func<int, string> url, TimeSpan duration, int clients, int first)
    {
        var latencies = new List<double>();
        var (count, errors) = (0, 0);
        var clock = Stopwatch.StartNew();
        var gate = new Lock();
        Task.WaitAll([.. Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var i = first + client; clock.Elapsed < duration; i += clients)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url(i), HttpCompletionOption.ResponseContentRead);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (gate)
                {
                    count++;
                    errors += response.IsSuccessStatusCode ? 0 : 1;
                    latencies.Add(ms);
                }
            }
        }))]);
        return (count, errors, latencies, clock.Elapsed);
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
