using System.Diagnostics;
using Khabar.Core.Assign;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>story-eval DB LABELS.tsv... [--reassign [--time-store] [--alloc]] [--detail]</c>: B-cubed precision, recall and F1 of the stored
/// stories against hand-labelled stories and events (<c>bench/data/story-labels</c>), over the labelled articles
/// of a store holding the whole corpus (the other articles stay in as distractors). <c>--reassign</c> first drops
/// every story and assigns the store again with the current code (no consolidation), timing it (with
/// <c>--time-store</c>, also the time spent in each store call, <see cref="TimedStore"/>). <c>--detail</c>
/// lists, for each labelled story, the stored stories its articles fell into, and each stored story that mixes
/// labelled stories. <c>--event P</c>, <c>--story P</c>, <c>--wordless P</c>, <c>--named P</c>, <c>--names S</c>, <c>--attach P|none</c> and <c>--attach-candidates N</c> set the link models' thresholds for the reassignment
/// (<see cref="LinkRules"/>).
/// </summary>
internal static class StoryEval
{
    public static int Run(string[] args)
    {
        var labelFiles = args.Skip(1).Where(a => a.EndsWith(".tsv", StringComparison.Ordinal)).ToList();
        using var store = SqliteArticleStore.Open(args[0]);
        if (args.Contains("--reassign"))
        {
            var clock = Stopwatch.StartNew();
            store.ResetStories();
            using var sampled = args.Contains("--alloc") ? new AllocationTypes() : null;
            var allocated = GC.GetTotalAllocatedBytes();
            double Option(string name, double fallback) => Array.IndexOf(args, name) is var at and >= 0 ? double.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
            var rules = new LinkRules(LinkModels.Default, Option("--event", LinkRules.DefaultEventThreshold), Option("--story", LinkRules.DefaultStoryThreshold), Option("--wordless", LinkRules.DefaultWordlessStoryThreshold),
                Option("--named", LinkRules.DefaultNamedStoryThreshold), Option("--names", LinkRules.DefaultMinSharedNames))
            {
                AttachThreshold = Array.IndexOf(args, "--attach") is var a and >= 0
                    ? (args[a + 1] == "none" ? null : double.Parse(args[a + 1], System.Globalization.CultureInfo.InvariantCulture))
                    : LinkRules.DefaultAttachThreshold,
                AttachMaxCandidates = Array.IndexOf(args, "--attach-candidates") is var c and >= 0
                    ? int.Parse(args[c + 1], System.Globalization.CultureInfo.InvariantCulture)
                    : LoneArticles.MaxCandidates,
            };
            var tally = new StoryAssignment(args.Contains("--time-store") ? TimedStore.Wrap(store) : store, () => PipelineParts.BuiltIn().Weights, rules).Run();
            Console.WriteLine($"event links from p ≥ {rules.EventThreshold}, story links from p ≥ {rules.StoryThreshold} (sharing no wording: {rules.WordlessStoryThreshold}; no wording and {rules.MinSharedNames} of the names: {rules.NamedStoryThreshold}); lone articles attach from p ≥ {rules.AttachThreshold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "never"}");
            Console.WriteLine($"reassigned {tally.Articles:N0} articles into {store.Stories().Count:N0} stories in {clock.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"assign: {tally.Times}; {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N0} MB allocated");
            sampled?.Print(25);
            TimedStore.Print();
        }

        var idOfUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in store.Articles())
        {
            if (article.Url is { } url)
            {
                idOfUrl.TryAdd(url, article.Id);
            }
        }

        foreach (var file in labelFiles)
        {
            var labels = Labels.Read(file).Where(l => idOfUrl.ContainsKey(l.Url)).ToList();
            var ids = labels.Select(l => idOfUrl[l.Url]).ToList();
            var storyOf = store.StoryOf(ids);
            var predicted = labels.Where(l => storyOf.ContainsKey(idOfUrl[l.Url])).ToDictionary(l => l.Url, l => storyOf[idOfUrl[l.Url]], StringComparer.Ordinal);
            var stories = BCubed.Of(predicted, labels.ToDictionary(l => l.Url, l => l.Story, StringComparer.Ordinal));
            var events = BCubed.Of(predicted, labels.ToDictionary(l => l.Url, l => l.Event, StringComparer.Ordinal));
            Console.WriteLine($"{Path.GetFileName(file)}: {labels.Count:N0} labelled articles in {labels.Select(l => l.Story).Distinct().Count()} stories / {labels.Select(l => l.Event).Distinct().Count()} events; Khabar put them in {predicted.Values.Distinct().Count()} stories");
            Console.WriteLine($"  vs stories  P {stories.Precision:F3}  R {stories.Recall:F3}  F1 {stories.F1:F3}");
            Console.WriteLine($"  vs events   P {events.Precision:F3}  R {events.Recall:F3}  F1 {events.F1:F3}");
            foreach (var kind in new[] { "developing", "story", "template", "single" })
            {
                var part = labels.Where(l => l.Kind == kind).Select(l => l.Url).ToHashSet(StringComparer.Ordinal);
                var inPart = BCubed.Of(predicted, labels.Where(l => part.Contains(l.Url)).ToDictionary(l => l.Url, l => l.Story, StringComparer.Ordinal));
                Console.WriteLine($"  {kind,-10}  P {inPart.Precision:F3}  R {inPart.Recall:F3}  ({inPart.Items} articles)");
            }

            if (args.Contains("--detail"))
            {
                Detail(labels, predicted);
            }
        }

        return 0;
    }

    private static void Detail(List<Labels.Label> labels, Dictionary<string, string> predicted)
    {
        foreach (var story in labels.GroupBy(l => l.Story).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parts = story.Where(l => predicted.ContainsKey(l.Url)).GroupBy(l => predicted[l.Url]).Select(g => g.Count()).OrderDescending().ToList();
            Console.WriteLine($"    {story.Key} ({story.First().Kind}, {story.Count()}): {string.Join(' ', parts)}");
        }

        foreach (var mixed in labels.Where(l => predicted.ContainsKey(l.Url)).GroupBy(l => predicted[l.Url]).Where(g => g.Select(l => l.Story).Distinct().Count() > 1))
        {
            Console.WriteLine($"    mixed {mixed.Key}: {string.Join(", ", mixed.GroupBy(l => l.Story).Select(g => $"{g.Key}×{g.Count()}"))}");
        }
    }

    /// <summary>The rows of a label file (<c>url story event kind note</c>, tab-separated, one header line).</summary>
    private static class Labels
    {
        public sealed record Label(string Url, string Story, string Event, string Kind);

        public static IEnumerable<Label> Read(string path) => File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length >= 4)
            .Select(f => new Label(f[0], f[1], f[2], f[3]));
    }
}
