using System.Globalization;
using Khabar.Core.Consolidate;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>fact-labels DB [LABELS]</c>: the corroborated facts of a stored SaudiNewsNet read by eye
/// (<c>bench/data/facts/snn-corroborated.tsv</c>, the sets whose rows give the fact's quotes as <c>article@start</c>) against
/// what the store's current consolidation says of them: per set, how many of each verdict are still corroborated (a fact
/// holding two of the labelled quotes or more), and the share right of those decided.
/// <c>fact-labels DB --sample N --seed S --out FILE</c>: N corroborated facts drawn at random from stories no labelled row
/// names, written for reading (story, fact, quotes, and each quote's outlet and sentence); the file holds SaudiNewsNet's
/// text and stays outside the repository. <c>--new-against PAIRS</c> draws only facts none of whose quote pairs is in the
/// list PAIRS that <c>fact-labels DB --pairs-out PAIRS</c> wrote of a store: what a change made corroborated. Write the list
/// with the bench built before the change: a store read by this code is consolidated again by it first.
/// </summary>
internal static class FactLabels
{
    private sealed record Label(string Set, string Id, string Story, string Verdict, string Reason, IReadOnlySet<(string Article, int Start)> Quotes);

    public static int Run(string[] args)
    {
        var path = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : Path.Combine("bench", "data", "facts", "snn-corroborated.tsv");
        var labels = new List<Label>();
        var stories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 6)
            {
                Console.Error.WriteLine($"{path}: '{line}' is not set, id, story, fact, verdict, reason[, quotes] separated by tabs");
                return 2;
            }

            stories.Add(fields[2]);
            if (fields.Length >= 7)
            {
                var quotes = fields[6].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(q => q.Split('@') is [var article, var start] ? (article, int.Parse(start, CultureInfo.InvariantCulture)) : throw new FormatException($"{path}: quote '{q}' is not article@start"))
                    .ToHashSet();
                labels.Add(new Label(fields[0], fields[1], fields[2], fields[4], fields[5], quotes));
            }
        }

        using var store = SqliteArticleStore.Open(args[0]);
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        pipeline.CatchUp();
        var sample = NerTraining.Option(args, "--sample");
        HashSet<string>? before = null;
        if (NerTraining.Option(args, "--pairs-out") is { } pairsOut)
        {
            File.WriteAllLines(pairsOut, pipeline.Reader.All(withRemovals: false)
                .SelectMany(r => r.Consolidated.Facts.Where(f => f.Status == FactStatus.Corroborated).SelectMany(QuotePairs)).Order(StringComparer.Ordinal));
            return 0;
        }

        if (NerTraining.Option(args, "--new-against") is { } list)
        {
            if (!File.Exists(list))
            {
                Console.Error.WriteLine($"fact-labels: --new-against {list}: no such file (write it with --pairs-out)");
                return 2;
            }

            before = [.. File.ReadLines(list)];
        }

        return sample is null ? Score(pipeline, labels, args.Contains("--show")) : Sample(pipeline, stories, int.Parse(sample, CultureInfo.InvariantCulture),
            int.Parse(NerTraining.Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture), NerTraining.Option(args, "--out") ?? "facts-sample.tsv", before);
    }

    private static int Score(KhabarPipeline pipeline, List<Label> labels, bool show)
    {
        foreach (var set in labels.GroupBy(l => l.Set))
        {
            var still = set.Where(l => Holding(pipeline, l) is { Status: FactStatus.Corroborated }).ToList();
            string Count(IEnumerable<Label> of, string verdict) => of.Count(l => l.Verdict == verdict).ToString(CultureInfo.InvariantCulture);
            var (right, wrong) = (still.Count(l => l.Verdict == "RIGHT"), still.Count(l => l.Verdict == "WRONG"));
            Console.WriteLine(
                $"{set.Key}: {set.Count()} read ({Count(set, "RIGHT")} right, {Count(set, "WRONG")} wrong, {Count(set, "UNSURE")} unsure); " +
                $"still corroborated: {right} right, {wrong} wrong, {Count(still, "UNSURE")} unsure: {(right + wrong == 0 ? 0 : 100.0 * right / (right + wrong)):F1} % right of those decided");
            var quotes = Environment.GetCommandLineArgs().Contains("--quotes");
            foreach (var label in set.Where(_ => show))
            {
                var fact = Holding(pipeline, label);
                Console.WriteLine($"    {label.Id}\t{label.Verdict}\t{fact?.Status.ToString() ?? "gone"}\t{label.Story} {fact?.Id}\t{label.Reason.Split(':')[0]}");
                if (quotes && fact is not null)
                {
                    var record = pipeline.Reader.Story(label.Story, withRemovals: false)!;
                    Console.WriteLine($"      groups: {string.Join(" / ", fact.Outlets.Select(g => string.Join(",", g.Select(a => record.Find(a)?.Source ?? "?"))))}");
                    foreach (var quote in fact.Quotes)
                    {
                        Console.WriteLine($"      {record.Find(quote.Article)?.Source}\t{quote.Text.ReplaceLineEndings(" ")}");
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>The story's fact now holding two of the label's quotes or more, if any.</summary>
    private static Fact? Holding(KhabarPipeline pipeline, Label label) =>
        pipeline.Reader.Story(label.Story, withRemovals: false)?.Consolidated.Facts
            .FirstOrDefault(f => f.Quotes.Count(q => label.Quotes.Contains((q.Article, q.Start))) >= 2);

    private static IEnumerable<string> QuotePairs(Fact fact) =>
        from a in fact.Quotes from b in fact.Quotes where string.CompareOrdinal($"{a.Article}@{a.Start}", $"{b.Article}@{b.Start}") < 0
        select $"{a.Article}@{a.Start} {b.Article}@{b.Start}";

    /// <param name="before">With <c>--new-against PAIRS</c>: the quote pairs corroborated before; only facts holding none are drawn.</param>
    private static int Sample(KhabarPipeline pipeline, HashSet<string> labelled, int count, int seed, string output, HashSet<string>? before)
    {
        var facts = new List<(string Story, Fact Fact)>();
        foreach (var record in pipeline.Reader.All(withRemovals: false))
        {
            if (!labelled.Contains(record.Story.Id))
            {
                facts.AddRange(record.Consolidated.Facts.Where(f => f.Status == FactStatus.Corroborated && (before is null || !QuotePairs(f).Any(before.Contains)))
                    .Select(f => (record.Story.Id, f)));
            }
        }

        var drawn = facts.OrderBy(f => f.Story, StringComparer.Ordinal).ThenBy(f => f.Fact.Id, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var picked = drawn.OrderBy(_ => random.Next()).Take(count).ToList();
        using var writer = new StreamWriter(output);
        writer.WriteLine("# id\tstory\tfact\toutlet groups\tquotes (article@start)\tthen one line per quote: outlet, article, sentence");
        for (var i = 0; i < picked.Count; i++)
        {
            var (story, fact) = picked[i];
            var record = pipeline.Reader.Story(story, withRemovals: false)!;
            var groups = string.Join(" / ", fact.Outlets.Select(g => string.Join(",", g.Select(a => record.Find(a)?.Source ?? "?"))));
            writer.WriteLine($"G{i + 1}\t{story}\t{fact.Id}\t{groups}\t{string.Join(' ', fact.Quotes.Select(q => $"{q.Article}@{q.Start}"))}");
            foreach (var quote in fact.Quotes)
            {
                writer.WriteLine($"\t{record.Find(quote.Article)?.Source ?? "?"}\t{quote.Article}\t{quote.Text.ReplaceLineEndings(" ")}");
            }
        }

        Console.WriteLine($"{facts.Count:N0} corroborated facts in unlabelled stories; {picked.Count} written to {output}");
        return 0;
    }
}
