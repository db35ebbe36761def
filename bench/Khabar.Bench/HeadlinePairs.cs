using Khabar.Core.Consolidate.Stance;
using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Entities;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// What a user sees when two outlets headline one event: each pair of <c>bench/data/stance/headline-pairs/*.tsv</c>
/// (a SaudiNewsNet headline, read from the corpus by its url, and a headline written for it: a paraphrase, a
/// contradiction or another claim about the same subject) is ingested as two one-headline articles of two outlets
/// on one day into a store of their own, through the whole pipeline; then the pair's story is read as a report
/// would read it. Counted: the two in one story, their headlines in one fact, that fact corroborated by two
/// independent sources, and a conflict between them.
/// Usage: <c>headline-pairs FILE... [--corpus DIR] [--title] [--undated] [--show KIND|SUBTYPE [--why]] [--threshold P] [--dice D] [--words N] [--model DIR]</c>
/// (P: the claim-conflict threshold; D: the least Dice of a claim conflict; DIR: a stance model written by
/// <c>stance-train --write-to DIR</c> instead of the shipped one, as for a writer's pairs it was not fitted on).
/// </summary>
internal static class HeadlinePairs
{
    private sealed record Pair(string Url, string Kind, string Subtype, string Text);

    private sealed record Outcome(bool SameStory, bool OneFact, bool Corroborated, bool Conflict, string Why, ConflictKind? Kind = null);

    public static int Run(string[] args)
    {
        var files = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var corpus = NerTraining.Option(args, "--corpus") ?? Path.Combine("..", "shared", "data", "saudinewsnet");
        var asTitle = args.Contains("--title");
        var undated = args.Contains("--undated");
        var show = NerTraining.Option(args, "--show");
        var pairs = files.SelectMany(Read).ToList();
        var wanted = pairs.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var headlines = StanceTraining.SnnTitles(wanted, corpus);
        var threshold = NerTraining.Option(args, "--threshold") is { } t ? double.Parse(t, CultureInfo.InvariantCulture) : StoryConsolidator.ClaimThreshold;
        var gate = ClaimProbe.GateOf(args);
        var stance = NerTraining.Option(args, "--model") is { } folder ? StanceTraining.Load(folder) : StanceModel.Default;

        var builtIn = PipelineParts.BuiltIn();
        var parts = new PipelineParts(() => builtIn.Analyzer, () => builtIn.Weights, () => new StoryConsolidator(TermWeights.Default, Paraphrases.Load(),
            new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, Gazetteer.Default), stance, threshold, gate));
        var work = Path.Combine(Path.GetTempPath(), $"khabar-pairs-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var results = new List<(Pair Pair, Outcome Outcome)>();
        try
        {
            var n = 0;
            foreach (var pair in pairs)
            {
                if (!headlines.TryGetValue(pair.Url, out var original))
                {
                    Console.Error.WriteLine($"not in the corpus: {pair.Url}");
                    continue;
                }

                var outcome = Judge(parts, Path.Combine(work, $"p{n++}.db"), original, pair, asTitle, undated);
                results.Add((pair, outcome));
                if (show is not null && (pair.Kind == show || pair.Subtype == show))
                {
                    Console.WriteLine($"{pair.Kind}/{pair.Subtype}\t{Mark(outcome)}{(outcome.Kind is { } k ? " (" + k.ToString().ToLowerInvariant() + ")" : "")}\t{original}\t{pair.Text}\t{outcome.Why}");
                    if (args.Contains("--why"))
                    {
                        Console.WriteLine("\t" + StanceFeatures.Why(Statement.Of(original, StanceCues.Default), Statement.Of(pair.Text, StanceCues.Default), gate));
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(asTitle ? "headline as title and text" : "headline as text")}, {results.Count} pairs, claim threshold {threshold}"));
        Console.WriteLine("kind            pairs  one story  one fact  corroborated  conflict");
        foreach (var group in results.GroupBy(r => r.Pair.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(group.Key, [.. group.Select(g => g.Outcome)]);
            if (group.Key == "contradiction")
            {
                foreach (var sub in group.GroupBy(g => g.Pair.Subtype).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    Row("  " + sub.Key, [.. sub.Select(g => g.Outcome)]);
                }
            }
        }

        // The kind each flagged contradiction is stated as, against the kind its writer made.
        var flagged = results.Where(r => r.Pair.Kind == "contradiction" && r.Outcome.Kind is not null).ToList();
        if (flagged.Count > 0)
        {
            var kinds = flagged.Select(r => r.Outcome.Kind!.Value).Distinct().Order().ToList();
            Console.WriteLine("contradictions flagged, written as (rows) and stated as (columns):");
            Console.WriteLine($"  {"",-10} {string.Join("  ", kinds.Select(k => k.ToString().ToLowerInvariant()))}");
            foreach (var sub in flagged.GroupBy(r => r.Pair.Subtype).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {sub.Key,-10} {string.Join("  ", kinds.Select(k => sub.Count(r => r.Outcome.Kind == k).ToString(CultureInfo.InvariantCulture).PadLeft(k.ToString().Length)))}");
            }

            var right = flagged.Count(r => StatedAsWritten(r.Pair.Subtype, r.Outcome.Kind!.Value));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kind stated as written: {right} of {flagged.Count} ({(double)right / flagged.Count:P1})"));
        }

        return 0;
    }

    /// <summary>Whether a conflict's stated kind is the kind of contradiction its writer made (a denial is a negation too).</summary>
    private static bool StatedAsWritten(string subtype, ConflictKind kind) => (subtype, kind) switch
    {
        ("negation", ConflictKind.Negation) or ("denial", ConflictKind.Denial or ConflictKind.Negation) => true,
        ("antonym", ConflictKind.Opposite) or ("roles", ConflictKind.Roles) => true,
        ("number", ConflictKind.Number) or ("date", ConflictKind.Date or ConflictKind.Postponement) => true,
        ("entity", ConflictKind.Person or ConflictKind.Place or ConflictKind.Organization) => true,
        _ => false,
    };

    private static string Mark(Outcome o) =>
        o.Conflict ? "conflict" : o.Corroborated ? "corroborated" : o.OneFact ? "one-fact" : o.SameStory ? "story" : "apart";

    private static void Row(string name, IReadOnlyList<Outcome> outcomes)
    {
        string Share(Func<Outcome, bool> f) => (outcomes.Count(f) / (double)outcomes.Count).ToString("P1", CultureInfo.InvariantCulture);
        Console.WriteLine($"{name,-15} {outcomes.Count,5}  {Share(o => o.SameStory),9}  {Share(o => o.OneFact),8}  {Share(o => o.Corroborated),12}  {Share(o => o.Conflict),8}");
    }

    private static Outcome Judge(PipelineParts parts, string path, string original, Pair pair, bool asTitle, bool undated)
    {
        var day = new DateTimeOffset(2025, 3, 9, 10, 0, 0, TimeSpan.Zero);
        RawArticle Make(string id, string outlet, string headline) => new()
        {
            Id = id,
            Origin = "pairs.jsonl",
            Format = "json",
            Source = outlet,
            Title = asTitle ? headline : null,
            Text = headline,
            Published = undated ? null : day,
        };

        using (var store = SqliteArticleStore.Open(path))
        {
            var pipeline = new KhabarPipeline(store, parts);
            pipeline.Run(new Items([Make("a", "outlet-a", original), Make("b", "outlet-b", pair.Text)]));
            var story = pipeline.Reader.Stories().FirstOrDefault(s => s.Articles.Contains("a") && s.Articles.Contains("b"));
            if (story is null)
            {
                return new Outcome(false, false, false, false, Features(parts, store, "a", "b"));
            }

            var record = pipeline.Reader.Story(story.Id, withRemovals: false)!.Consolidated;
            var fact = record.Facts.FirstOrDefault(f => f.Sources.Contains("a") && f.Sources.Contains("b"));
            var between = record.Conflicts.FirstOrDefault(c => c.Sides.Any(s => s.Sources.Contains("a")) && c.Sides.Any(s => s.Sources.Contains("b")));
            var conflict = between is not null || fact?.Status == FactStatus.Conflict;
            var why = fact is null ? $"{record.Facts.Count} facts" : $"{fact.Status} {fact.Independent}";
            return new Outcome(true, fact is not null, fact is { Status: FactStatus.Corroborated, Independent: >= 2 }, conflict, why, between?.About);
        }
    }

    /// <summary>Why two articles were not linked: whether they are compared at all, and the link models' features and probabilities.</summary>
    private static string Features(PipelineParts parts, SqliteArticleStore store, string x, string y)
    {
        AssignArticle Of(string id)
        {
            var article = store.Find(id)!;
            var terms = ContentTerms.Of(article.CleanText, parts.Weights);
            return new AssignArticle(id, article.Published, article.ContentHash, ArticleProfile.Of(article.Title, terms, parts.Weights));
        }

        var (a, b) = (Of(x), Of(y));
        var compared = StoryLinker.Candidates(a, b, out _);
        var features = LinkFeatures.Of(a, b, a.Profile.Similarity(b.Profile));
        return string.Create(CultureInfo.InvariantCulture,
            $"compared {compared}, index {a.Profile.IndexTerms.Length}/{b.Profile.IndexTerms.Length}, event p {LinkModels.Default.Event.Probability(features):F2}, features {string.Join(' ', features.Select(f => f.ToString("F2", CultureInfo.InvariantCulture)))}");
    }

    private sealed class Items(IReadOnlyList<RawArticle> articles) : IArticleSource
    {
        public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default) => articles.Select(IngestItem.Of);
    }

    private static IEnumerable<Pair> Read(string file) =>
        File.ReadLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(c => new Pair(c[0], c[1], c[2], c[3]));
}
