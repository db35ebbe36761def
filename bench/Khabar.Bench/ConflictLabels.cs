using Khabar.Core.Consolidate;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>conflict-labels DB [LABELS] [--show] [--list KIND]</c>: the conflicts of a stored SaudiNewsNet read by eye
/// (<c>bench/data/conflicts/snn-conflicts.tsv</c>: a dev sample and a held-out one, each conflict RIGHT, WRONG or
/// UNSURE) against what the store's current consolidation flags: per set, how many of each verdict are still flagged,
/// and the share right of those decided. A labelled conflict is still flagged when its story has a conflict of the same
/// kind with at least two of its values. The store is brought up to date first (a consolidation of another version is
/// redone). Also by kind; <c>--show</c> lists the labelled conflicts still flagged, <c>--list KIND</c> every conflict
/// of one kind (claim, date, number, person, place, organization) with each side's articles and first quote.
/// </summary>
internal static class ConflictLabels
{
    private const string DefaultLabels = "bench/data/conflicts/snn-conflicts.tsv";

    private sealed record Label(string Set, string Id, string Story, string About, HashSet<string> Values, string Verdict);

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine($"conflict-labels DB [LABELS] [--show] [--list KIND]: {(args.Length == 0 ? "no store given" : $"{args[0]}: no such store")}");
            return 2;
        }

        var path = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : DefaultLabels;
        var labels = new List<Label>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Split('\t') is not [var set, var id, var story, var about, var values, var verdict, ..])
            {
                Console.Error.WriteLine($"{path}:{number}: expected set, id, story, kind, values, verdict, reason separated by tabs");
                return 2;
            }

            labels.Add(new Label(set, id, story, about, values.Split(" | ").ToHashSet(StringComparer.Ordinal), verdict));
        }

        using var store = SqliteArticleStore.Open(args[0]);
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        pipeline.CatchUp();
        var total = 0;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in pipeline.Reader.All(withRemovals: false))
        {
            total += story.Consolidated.Conflicts.Count;
            foreach (var conflict in story.Consolidated.Conflicts)
            {
                var kind = conflict.About.IsClaim() ? "claim" : conflict.About.ToString().ToLowerInvariant();
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }
        }

        if (NerTraining.Option(args, "--list") is { } listed)
        {
            foreach (var story in pipeline.Reader.All(withRemovals: false))
            {
                foreach (var conflict in story.Consolidated.Conflicts.Where(c => string.Equals(c.About.IsClaim() ? "claim" : c.About.ToString(), listed, StringComparison.OrdinalIgnoreCase)))
                {
                    Console.WriteLine($"{story.Story.Id}\t{conflict.About}\t{string.Join("\t", conflict.Sides.Select(s => $"{s.Value} [{string.Join(", ", s.Quotes.Select(q => q.Article))}]: {s.Quotes[0].Text}"))}");
                }
            }
        }

        Console.WriteLine($"conflicts flagged in the store: {total:N0} ({string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value:N0}"))})");
        foreach (var set in labels.GroupBy(l => l.Set))
        {
            var flagged = set.Where(Flagged).ToList();
            string Count(IEnumerable<Label> of, string verdict) => of.Count(l => l.Verdict == verdict).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (right, wrong) = (flagged.Count(l => l.Verdict == "RIGHT"), flagged.Count(l => l.Verdict == "WRONG"));
            Console.WriteLine(
                $"{set.Key}: {set.Count()} read ({Count(set, "RIGHT")} right, {Count(set, "WRONG")} wrong, {Count(set, "UNSURE")} unsure); " +
                $"still flagged: {Count(flagged, "RIGHT")} right, {Count(flagged, "WRONG")} wrong, {Count(flagged, "UNSURE")} unsure: " +
                $"{(right + wrong == 0 ? 0 : 100.0 * right / (right + wrong)):F1} % right of those decided");
            foreach (var kind in flagged.GroupBy(l => l.About).OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {kind.Key}: still flagged {Count(kind, "RIGHT")} right, {Count(kind, "WRONG")} wrong, {Count(kind, "UNSURE")} unsure");
            }

            if (args.Contains("--show"))
            {
                foreach (var label in flagged)
                {
                    Console.WriteLine($"    {label.Id}\t{label.About}\t{label.Verdict}\t{string.Join(" | ", label.Values)}\t{Alike(label):F2}");
                }
            }
        }

        return 0;

        // How alike the two first sides' first quotes are without their numbers (Dice over content keys): a diagnostic of
        // whether two values are told of one thing.
        double Alike(Label label)
        {
            var conflict = pipeline.Reader.Story(label.Story, withRemovals: false)!.Consolidated.Conflicts.First(c =>
                string.Equals(c.About.IsClaim() ? "claim" : c.About.ToString(), label.About, StringComparison.OrdinalIgnoreCase)
                && c.Sides.Count(s => label.Values.Contains(s.Value)) >= 2);
            var sides = conflict.Sides.Where(s => label.Values.Contains(s.Value)).Take(2).Select(s => KeysOf(s.Quotes[0].Text)).ToList();
            var shared = sides[0].Intersect(sides[1]).Count();
            return sides[0].Count + sides[1].Count == 0 ? 0 : 2.0 * shared / (sides[0].Count + sides[1].Count);
        }

        static HashSet<ulong> KeysOf(string text)
        {
            var keys = new HashSet<ulong>();
            foreach (var term in Core.Analyze.ContentTerms.Of(text).Terms)
            {
                if (!term.IsNumber)
                {
                    keys.Add(term.Key);
                }
            }

            return keys;
        }

        bool Flagged(Label label) =>
            pipeline.Reader.Story(label.Story, withRemovals: false) is { } story
            && story.Consolidated.Conflicts.Any(c =>
                string.Equals(c.About.IsClaim() ? "claim" : c.About.ToString(), label.About, StringComparison.OrdinalIgnoreCase)
                && c.Sides.Count(s => label.Values.Contains(s.Value)) >= 2);
    }
}
