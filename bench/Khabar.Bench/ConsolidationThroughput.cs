using System.Diagnostics;
using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Entities;
using Khabar.Core.Pipeline;
using Khabar.Core.Store;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// Times the Consolidate stage on the largest stories of a store that <c>khabar ingest</c> filled: reading the
/// story's articles and analyses, resolving its entities, and consolidating it (facts, dates, conflicts,
/// timeline, summary), each the median of 5 runs after a warm-up. Usage: <c>consolidate DB [--top N]</c>.
/// <c>consolidate DB --all [--limit N] [--alloc]</c> consolidates every stored story (or the first N by id) on one thread, as the
/// stage does but without storing, and prints the time and bytes allocated in consolidation alone (reading excluded), and
/// the share of stories of one article; <c>--alloc</c> adds the runtime's allocation samples by type (reading included).
/// </summary>
internal static class ConsolidationThroughput
{
    private const int Runs = 5;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine($"consolidate: usage: consolidate DB [--top N] [--steps] | consolidate DB --all [--limit N] [--alloc], DB a stored corpus{(args.Length > 0 ? $" ('{args[0]}' is no file)" : "")}");
            return 2;
        }

        if (args.Contains("--all"))
        {
            return All(args);
        }

        var at = Array.IndexOf(args, "--top");
        var top = at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 10;
        using var store = SqliteArticleStore.Open(args[0]);
        Console.WriteLine("articles  sentences  read ms  entities ms  consolidate ms  facts  conflicts  timeline");
        foreach (var story in store.Stories().OrderByDescending(s => s.Articles.Count).Take(top))
        {
            var read = Stopwatch.StartNew();
            var articles = StoredStoryArticles.Of(store, story);
            var reuse = store.ReuseOf(story.Id);
            var links = store.LinksOf(story.Id).Where(l => l.Kind != LinkKind.Related).ToList();
            read.Stop();

            var entities = Median(() => new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, Gazetteer.Default).Resolve(articles.Select(a => (a.Id, a.Analysis.Mentions))));
            ConsolidatedStory? result = null;
            var consolidate = Median(() => result = PipelineParts.BuiltIn().Consolidator.Consolidate(articles, reuse, links));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{articles.Count,8}  {articles.Sum(a => a.Analysis.Sentences.Count),9}  {read.Elapsed.TotalMilliseconds,7:F0}  {entities,11:F1}  {consolidate,14:F1}  {result!.Facts.Count,5}  {result.Conflicts.Count,9}  {result.Timeline.Count,8}"));
            if (args.Contains("--steps"))
            {
                Steps(articles, reuse, links);
            }
        }

        return 0;
    }

    private static int All(string[] args)
    {
        var limit = NerTraining.Option(args, "--limit") is { } given ? int.Parse(given, CultureInfo.InvariantCulture) : int.MaxValue;
        using var store = SqliteArticleStore.Open(args[0]);
        var consolidator = PipelineParts.BuiltIn().Consolidator;
        var stories = store.Stories().OrderBy(s => s.Id, StringComparer.Ordinal).Take(limit).ToList();
        // A warm-up on the first stories, so that the JIT's work is not counted.
        foreach (var story in stories.Take(200))
        {
            consolidator.Consolidate(StoredStoryArticles.Of(store, story), store.ReuseOf(story.Id), [.. store.LinksOf(story.Id).Where(l => l.Kind.IsCopy())]);
        }

        if (args.Contains("--steps"))
        {
            StepTotals(store, stories);
            return 0;
        }

        using var sampled = args.Contains("--alloc") ? new AllocationTypes() : null;
        var clock = new Stopwatch();
        var singles = new Stopwatch();
        long allocated = 0, facts = 0, articles = 0, singleCount = 0, singleAllocated = 0;
        foreach (var story in stories)
        {
            var inputs = StoredStoryArticles.Of(store, story);
            var reuse = store.ReuseOf(story.Id);
            var links = store.LinksOf(story.Id).Where(l => l.Kind.IsCopy()).ToList();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var part = inputs.Count == 1 ? singles : null;
            clock.Start();
            part?.Start();
            var result = consolidator.Consolidate(inputs, reuse, links);
            part?.Stop();
            clock.Stop();
            var spent = GC.GetAllocatedBytesForCurrentThread() - before;
            allocated += spent;
            facts += result.Facts.Count;
            articles += inputs.Count;
            if (inputs.Count == 1)
            {
                singleCount++;
                singleAllocated += spent;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stories.Count:N0} stories, {articles:N0} articles, {facts:N0} facts: {clock.Elapsed.TotalSeconds:F2} s on one thread, {allocated / 1e6:F0} MB allocated"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  of which {singleCount:N0} stories of one article: {singles.Elapsed.TotalSeconds:F2} s, {singleAllocated / 1e6:F0} MB allocated"));
        sampled?.Print(30);
        return 0;
    }

    /// <summary>
    /// The time of each step of <see cref="StoryConsolidator.Consolidate"/> summed over every story, the stories of one
    /// article apart (<c>consolidate DB --all --steps</c>), reading the store included: where a whole store's
    /// consolidation goes.
    /// </summary>
    private static void StepTotals(SqliteArticleStore store, List<Core.Domain.Story> stories)
    {
        var weights = PipelineParts.BuiltIn().Weights;
        var paraphrases = Paraphrases.Load();
        var entities = new Core.Entities.EntityResolver(Core.Entities.EquipmentFamilies.Default, Core.Entities.LatinNames.Default, Core.Entities.Gazetteer.Default);
        string[] names = ["read", "text", "align", "values", "infer", "outlets", "value days", "conflicts", "claims", "timeline", "summary", "entities"];
        var totals = new double[2, names.Length];
        foreach (var record in stories)
        {
            var clock = Stopwatch.StartNew();
            var row = 0;
            var step = 0;
            void Lap()
            {
                totals[row, step++] += clock.Elapsed.TotalSeconds;
                clock.Restart();
            }

            var articles = StoredStoryArticles.Of(store, record);
            var reuse = store.ReuseOf(record.Id);
            var links = store.LinksOf(record.Id).Where(l => l.Kind.IsCopy()).ToList();
            row = articles.Count == 1 ? 1 : 0;
            Lap();
            var story = StoryText.Of(articles, weights, paraphrases);
            Lap();
            var facts = FactAligner.Align(story, out var pairs);
            Lap();
            var factOf = new int[story.Sentences.Count];
            for (var f = 0; f < facts.Count; f++)
            {
                foreach (var s in facts[f])
                {
                    factOf[s] = f;
                }
            }

            var values = DatedValue.Of(story);
            Lap();
            var days = PublicationInference.Infer(story, pairs, values);
            Lap();
            var sources = new IndependentSources(story, reuse, links);
            var outlets = facts.Select(sources.Of).ToList();
            Lap();
            var valueDays = new ValueDays(story, values, factOf, days, sources);
            Lap();
            ConflictFinder.Find(story, pairs, values, valueDays, days, sources, null);
            Lap();
            ClaimConflicts.Find(story, facts, pairs, sources, Core.Consolidate.Stance.StanceModel.Default, StoryConsolidator.ClaimThreshold, Core.Consolidate.Stance.ClaimGate.Default);
            Lap();
            var ordered = facts.Select((f, i) => new Fact("f" + i, story.TextOf(story.Sentences[f[0]]), FactStatus.Single, f.Select(s => story.QuoteOf(story.Sentences[s])).ToList(), outlets[i])).ToList();
            var timeline = TimelineBuilder.Build(story, pairs, values, factOf, ordered, sources, valueDays, days);
            Lap();
            Summarizer.Pick(Summarizer.Rank(story, facts.Select((f, i) => (ordered[i], story.Sentences[f[0]])).ToList(), timeline), SummaryLength.Of(story));
            Lap();
            entities.Resolve(articles.Select(a => (a.Id, a.Analysis.Mentions)));
            Lap();
        }

        for (var row = 0; row < 2; row++)
        {
            Console.WriteLine((row == 0 ? "stories of several articles: " : "stories of one article: ") + string.Join(", ",
                names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n} {totals[row, i]:F2}"))) + string.Create(CultureInfo.InvariantCulture, $" (s; {Enumerable.Range(0, names.Length).Sum(i => totals[row, i]):F2} in all)"));
        }
    }

    /// <summary>The median time of each step of <see cref="StoryConsolidator.Consolidate"/>, run one by one.</summary>
    private static void Steps(List<StoryArticle> articles, IReadOnlyList<Khabar.Core.Domain.ReusePair> reuse, List<StoryLink> links)
    {
        StoryText story = null!;
        SentencePairs pairs = null!;
        List<int[]> facts = null!;
        DatedValue[][] values = null!;
        PublicationDay[] days = null!;
        var text = Median(() => story = StoryText.Of(articles, PipelineParts.BuiltIn().Weights, Paraphrases.Load()));
        var align = Median(() => facts = FactAligner.Align(story, out pairs));
        var factOf = new int[story.Sentences.Count];
        for (var f = 0; f < facts.Count; f++)
        {
            foreach (var s in facts[f])
            {
                factOf[s] = f;
            }
        }

        var slots = Median(() => values = DatedValue.Of(story));
        var infer = Median(() => days = PublicationInference.Infer(story, pairs, values));
        var sources = new IndependentSources(story, reuse, links);
        var outlets = Median(() => facts.Select(sources.Of).ToList());
        ValueDays valueDays = null!;
        var resolve = Median(() => valueDays = new ValueDays(story, values, factOf, days, sources));
        var conflicts = Median(() => ConflictFinder.Find(story, pairs, values, valueDays, days, sources));
        var made = PipelineParts.BuiltIn().Consolidator.Consolidate(articles, reuse, links);
        var byId = made.Facts.ToDictionary(f => f.Id);
        var ordered = facts.Select(f => made.Facts.First(x => x.Quotes.Count == f.Length && x.Quotes[0].Start == story.QuoteOf(story.Sentences[f[0]]).Start && x.Quotes[0].Article == story.QuoteOf(story.Sentences[f[0]]).Article)).ToList();
        var timeline = Median(() => TimelineBuilder.Build(story, pairs, values, factOf, ordered, sources, valueDays, days));
        var summary = Median(() => Summarizer.Pick(Summarizer.Rank(story, facts.Select((f, i) => (ordered[i], story.Sentences[f[0]])).ToList(), made.Timeline), SummaryLength.Shortest));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    steps ms: text {text:F1}, align {align:F1}, slots {slots:F1}, infer {infer:F1}, outlets {outlets:F1}, value days {resolve:F1}, conflicts {conflicts:F1}, timeline {timeline:F1}, summary {summary:F1}"));
    }

    private static double Median(Action action)
    {
        action();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[Runs / 2];
    }
}
