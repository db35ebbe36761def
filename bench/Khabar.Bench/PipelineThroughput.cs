using System.Diagnostics;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// Runs the pipeline over a store, one part per process so that each part's peak memory shows on its own:
/// <c>pipeline DB PATH... --stage store</c> reads, cleans, analyses and writes; <c>--stage catchup</c> assigns and
/// consolidates what is new; <c>--stage all</c> (default) does both (<c>--alloc</c> with <c>store</c>: what it allocates, by type), as <c>khabar ingest</c> does. Prints the time
/// per stage and the peak working set. <c>pipeline DB --stage stories</c> reads every stored story back as the
/// reports do (decoded records, no writing) and prints the time; <c>--stage phases</c> times each phase of the JSON
/// report of every story; <c>--stage list</c> times the server's list of every story.
/// </summary>
internal static class PipelineThroughput
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--stage");
        var stage = at >= 0 ? args[at + 1] : "all";
        var paths = args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (at < 0 || i + 1 != at + 1)).ToList();
        using var store = SqliteArticleStore.Open(args[0]);
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        var clock = Stopwatch.StartNew();
        switch (stage)
        {
            case "store":
            {
                using var sampled = args.Contains("--alloc") ? new AllocationTypes() : null;
                Report(pipeline.Store(new FileSource(paths, IngestOptions.Default)));
                sampled?.Print(25);
                break;
            }
            case "write":
                Write(store, paths);
                break;
            case "catchup":
                Report(pipeline.CatchUp());
                break;
            case "assign-consolidate":
                // The two stages of a catch-up apart, so that the peak after each shows.
                var assigned = new Core.Assign.StoryAssignment(store, PipelineParts.BuiltIn().Weights).Run();
                Console.WriteLine($"assigned {assigned.Articles:N0} in {clock.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
                Console.WriteLine($"  {assigned.Times}; {assigned.Context:N0} context, {assigned.StoriesWritten:N0} stories written");
                var consolidated = pipeline.Consolidation.Run();
                Console.WriteLine($"consolidated {consolidated.Stories:N0} stories");
                break;
            case "stories":
                foreach (var withRemovals in new[] { false, true })
                {
                    var (stories, articles) = (0, 0);
                    var reading = Stopwatch.StartNew();
                    foreach (var story in pipeline.Reader.All(withRemovals))
                    {
                        stories++;
                        articles += story.Articles.Count;
                    }

                    Console.WriteLine($"{stories:N0} stories ({articles:N0} articles) read and decoded {(withRemovals ? "with" : "without")} removals in {reading.Elapsed.TotalSeconds:F2} s");
                }

                break;
            case "one":
                One(pipeline.Reader);
                var largest = store.Stories()[0].Id;
                var largestArticles = store.MembersOf([largest]);
                foreach (var (what, action) in new (string, Action)[]
                {
                    ("query", () => store.GetConsolidation(largest, Core.Consolidate.StoryConsolidator.Stamp)),
                    ("decode", () => Core.Store.DerivedCodec.ReadConsolidation(store.GetConsolidation(largest, Core.Consolidate.StoryConsolidator.Stamp)!, largestArticles)),
                    ("members", () => store.MembersOf([largest])),
                    ("find", () => store.FindStory(largest)),
                })
                {
                    for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(2);)
                    {
                        action();
                    }

                    var timer = Stopwatch.StartNew();
                    for (var i = 0; i < 20; i++)
                    {
                        action();
                    }

                    Console.WriteLine($"  {what}: {timer.Elapsed.TotalMilliseconds / 20:F2} ms");
                }

                break;
            case "parts":
                Parts(store);
                break;
            case "report":
                ReportParts(store);
                break;
            case "phases":
                ReportPhases(args[0]);
                break;
            case "list":
                ListStories(store);
                break;
            case "json-options":
                JsonOptions(store);
                break;
            default:
                // As Run, in two calls so that the peak after each part shows.
                Report(pipeline.Store(new FileSource(paths, IngestOptions.Default)));
                Console.WriteLine($"  peak working set after storing {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
                PipelineParts.BuiltIn().Analyzer.ForgetTokens();
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                Console.WriteLine($"  after collecting: heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F0} MB (live {GC.GetTotalMemory(true) / 1e6:F0} MB, fragmented {GC.GetGCMemoryInfo().FragmentedBytes / 1e6:F0} MB, pinned objects {GC.GetGCMemoryInfo().PinnedObjectsCount}), working set {Process.GetCurrentProcess().WorkingSet64 / 1e6:F0} MB");
                Report(pipeline.CatchUp());
                break;
        }

        Console.WriteLine($"wall {clock.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; GC paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalAllocatedBytes() / 1e9:F2} GB allocated, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>
    /// The SQLite writes of the Store stage alone: the inputs are prepared first (on all cores, as ingest does), then
    /// written in batches of 256 on one thread with nothing else running, and the writing timed.
    /// </summary>
    private static void Write(SqliteArticleStore store, List<string> paths)
    {
        var preparation = new ArticlePreparation(PipelineParts.BuiltIn().Analyzer);
        var raw = new FileSource(paths, IngestOptions.Default).Read().Where(i => i.Article is not null).Select(i => i.Article!).ToArray();
        var prepared = new ArticleToStore[raw.Length];
        Parallel.For(0, raw.Length, i =>
        {
            var article = preparation.Prepare(raw[i]);
            prepared[i] = new ArticleToStore(
                article.Article,
                [Core.Store.DerivedCodec.Cleaning(article.Cleaning), Core.Store.DerivedCodec.Analysis(article.Analysis)],
                Core.Search.SearchTerms.Of(article.Article.CleanText, article.Analysis));
        });
        var (pauses, allocated) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));
        var clock = Stopwatch.StartNew();
        foreach (var batch in prepared.Chunk(256))
        {
            store.Write(batch);
        }

        Console.WriteLine($"wrote {prepared.Length:N0} articles in {clock.Elapsed.TotalSeconds:F2} s ({clock.Elapsed.TotalMilliseconds * 1000 / prepared.Length:F0} µs/article); GC paused {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:F2} s; {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated");
    }

    /// <summary>
    /// Reading the largest stored story in full (with removals) and without removals, and a median-sized one:
    /// median of 21 reads after 3 s of reads to warm up (tiered compilation promotes a method to its optimized
    /// code some time after its 30th call, in the background, as in a server that has been running).
    /// </summary>
    private static void One(StoryReader reader)
    {
        var stories = reader.Stories();
        foreach (var story in new[] { stories[0], stories[stories.Count / 2] })
        {
            for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(3);)
            {
                reader.Story(story.Id);
                reader.Story(story.Id, withRemovals: false);
            }

            var times = new double[21];
            for (var i = 0; i < times.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                reader.Story(story.Id);
                times[i] = clock.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            var full = times[times.Length / 2];
            for (var i = 0; i < times.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                reader.Story(story.Id, withRemovals: false);
                times[i] = clock.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            Console.WriteLine($"story {story.Id} ({story.Articles.Count} articles): {full:F2} ms to read in full, {times[times.Length / 2]:F2} ms without removals");
        }
    }

    /// <summary>Where reading the stored stories goes: each query kind, and decoding the consolidations.</summary>
    private static void Parts(SqliteArticleStore store)
    {
        var stories = store.Stories();
        var times = new Dictionary<string, TimeSpan>();
        void Time(string what, Action action)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[what] = times.GetValueOrDefault(what) + clock.Elapsed;
        }

        long bytes = 0;
        foreach (var story in stories)
        {
            byte[]? payload = null;
            Time("consolidation query", () => payload = store.GetConsolidation(story.Id, Core.Consolidate.StoryConsolidator.Stamp));
            bytes += payload!.Length;
            IReadOnlyList<Core.Domain.Article> members = [];
            Time("members", () => members = store.MembersOf([story.Id]));
            Time("consolidation decode", () => Core.Store.DerivedCodec.ReadConsolidation(payload!, members));
            Time("links", () => store.LinksOf(story.Id));
            Time("reuse", () => store.ReuseOf(story.Id));
            Time("removals", () => store.DerivedOfMembers([story.Id], Core.Store.DerivedCodec.CleaningKind, Core.Clean.ArticleCleaner.Version));
        }

        foreach (var batch in stories.Chunk(64))
        {
            var ids = batch.Select(s => s.Id).ToArray();
            Time("batched consolidations", () => store.ConsolidationsOf(ids, Core.Consolidate.StoryConsolidator.Stamp));
            Time("batched members", () => store.MembersByStory(ids, withRawText: false));
        }

        Console.WriteLine($"{stories.Count:N0} stories, {bytes / 1e6:F0} MB of consolidations");
        foreach (var (what, time) in times)
        {
            Console.WriteLine($"  {what,-22} {time.TotalSeconds,6:F2} s");
        }
    }

    /// <summary>
    /// Every story listed, three rounds: the story rows alone and the stories with their members (the whole list the
    /// server kept until 2026-12-05), then the marks it keeps instead and their two orders, sorted as it sorts them.
    /// </summary>
    private static void ListStories(SqliteArticleStore store)
    {
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var rows = store.StoryRows();
            var rowsRead = clock.Elapsed;
            var stories = store.Stories();
            var listed = clock.Elapsed;
            var marks = store.StoryMarks();
            var marked = clock.Elapsed;
            var largest = Web.Api.StoryListing.Largest(marks);
            var sortedLargest = clock.Elapsed;
            var latest = Web.Api.StoryListing.Latest(marks);
            Console.WriteLine($"{rows.Count:N0} story rows {rowsRead.TotalSeconds:F2} s; {stories.Count:N0} stories with their members " +
                $"{(listed - rowsRead).TotalSeconds:F2} s; marks {(marked - listed).TotalSeconds:F2} s ({marks.Count:N0}); largest first " +
                $"{(sortedLargest - marked).TotalSeconds:F2} s, latest first {(clock.Elapsed - sortedLargest).TotalSeconds:F2} s ({largest.Count:N0}, {latest.Count:N0})");
        }
    }

    /// <summary>
    /// Where <c>khabar stories --format json</c> spends its time once the process runs: the catch-up every read
    /// command does first (by stage), listing the stories, reading and decoding them all (its own thread, as the
    /// report does), and reading them with the JSON written to nowhere. Three rounds: the first pays for cold code.
    /// </summary>
    private static void ReportPhases(string path)
    {
        using var store = SqliteArticleStore.OpenForReading(path); // as read commands open it (the file mapped)
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var caughtUp = pipeline.CatchUp();
            var catchUp = clock.Elapsed;
            clock.Restart();
            var listed = pipeline.Reader.Stories().Count;
            var listing = clock.Elapsed;
            clock.Restart();
            var facts = pipeline.Reader.All(withRemovals: false).Sum(r => r.Consolidated.Facts.Count);
            var reading = clock.Elapsed;
            clock.Restart();
            var (paused, allocated, collections) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)));
            using (var nowhere = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false)))
            {
                Present.Reports.ReportOutput.Write("json", Present.Reports.StoryReport.All(pipeline.Reader, "json"), nowhere);
            }

            var gc = $"gc {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s paused, {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3} collections, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:F0} MB allocated";

            Console.WriteLine($"catch-up {catchUp.TotalSeconds:F2} s (refresh {caughtUp.Times.Refresh.TotalSeconds:F2}, assign {caughtUp.Times.Assign.TotalSeconds:F2}, " +
                $"consolidate {caughtUp.Times.Consolidate.TotalSeconds:F2}), list {listed:N0} stories {listing.TotalSeconds:F2} s, read all ({facts:N0} facts) " +
                $"{reading.TotalSeconds:F2} s, read and write JSON {clock.Elapsed.TotalSeconds:F2} s ({gc})");
        }
    }

    /// <summary>
    /// What writing every story as JSON costs, part by part, on one thread: reading the rows, decoding the
    /// consolidations, making the reports, and serializing them (to nowhere).
    /// </summary>
    private static void ReportParts(SqliteArticleStore store)
    {
        var clocks = new Dictionary<string, Stopwatch>();
        var allocated = new Dictionary<string, long>();
        T Time<T>(string what, Func<T> action)
        {
            var clock = clocks.TryGetValue(what, out var c) ? c : clocks[what] = new Stopwatch();
            var before = GC.GetAllocatedBytesForCurrentThread();
            clock.Start();
            var result = action();
            clock.Stop();
            allocated[what] = allocated.GetValueOrDefault(what) + GC.GetAllocatedBytesForCurrentThread() - before;
            return result;
        }

        var noRemovals = new Dictionary<string, IReadOnlyList<Core.Store.StoredRemoval>>();
        var bytes = new CountingStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(bytes, new System.Text.Json.JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        }))
        {
            var stories = Time("stories", store.Stories);
            json.WriteStartArray();
            foreach (var batch in stories.Chunk(64))
            {
                var ids = batch.Select(s => s.Id).ToArray();
                var payloads = Time("read consolidations", () => store.ConsolidationsOf(ids, Core.Consolidate.StoryConsolidator.Stamp));
                var members = Time("read members", () => store.MembersByStory(ids, withRawText: false));
                foreach (var story in batch)
                {
                    var consolidated = Time("decode", () => Core.Store.DerivedCodec.ReadConsolidation(payloads[story.Id], members[story.Id]));
                    var report = Time("report model", () => Present.Reports.StoryReport.Of(new StoryRecord(story, members[story.Id], consolidated, noRemovals)));
                    Time("json", () =>
                    {
                        Present.Reports.StoryReportWriter.WriteJson(json, report);
                        json.Flush();
                        return 0;
                    });
                }
            }

            json.WriteEndArray();
        }

        Console.WriteLine($"{bytes.Length / 1e6:F0} MB of JSON; {GC.GetTotalAllocatedBytes() / 1e6:F0} MB allocated, GC paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s, gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        foreach (var (what, clock) in clocks)
        {
            Console.WriteLine($"  {what,-22} {clock.Elapsed.TotalSeconds,6:F2} s {allocated[what] / 1e6,6:F0} MB allocated");
        }
    }

    private static void JsonOptions(SqliteArticleStore store)
    {
        var noRemovals = new Dictionary<string, IReadOnlyList<Core.Store.StoredRemoval>>();
        var reports = new List<Present.Reports.StoryReport>();
        foreach (var batch in store.Stories().Chunk(64))
        {
            var ids = batch.Select(s => s.Id).ToArray();
            var payloads = store.ConsolidationsOf(ids, Core.Consolidate.StoryConsolidator.Stamp);
            var members = store.MembersByStory(ids, withRawText: false);
            foreach (var story in batch)
            {
                reports.Add(Present.Reports.StoryReport.Of(new StoryRecord(story, members[story.Id], Core.Store.DerivedCodec.ReadConsolidation(payloads[story.Id], members[story.Id]), noRemovals)));
            }
        }

        foreach (var (name, options) in new (string, System.Text.Json.JsonWriterOptions)[]
        {
            ("indented, all ranges", new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }),
            ("indented, no validation", new() { Indented = true, SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }),
            ("compact, all ranges", new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }),
        })
        {
            for (var round = 0; round < 2; round++)
            {
                var bytes = new CountingStream();
                var clock = Stopwatch.StartNew();
                using (var json = new System.Text.Json.Utf8JsonWriter(bytes, options))
                {
                    json.WriteStartArray();
                    foreach (var report in reports)
                    {
                        Present.Reports.StoryReportWriter.WriteJson(json, report);
                        json.Flush();
                    }

                    json.WriteEndArray();
                }

                Console.WriteLine($"{name,-24} {bytes.Length / 1e6,6:F0} MB {clock.Elapsed.TotalSeconds,6:F2} s");
            }
        }
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private static void Report(PipelineTally tally) =>
        Console.WriteLine($"{tally.Stored.Stored:N0} stored, {tally.Assigned.Articles:N0} assigned, {tally.Consolidated.Stories:N0} stories consolidated; {tally.Times}");
}
