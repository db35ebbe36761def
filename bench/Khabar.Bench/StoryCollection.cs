using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khabar.Core.Assign;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>story-collection LABELS.tsv [--kind K] [--undated] [--stretch K] [--corpus DIR] [--keep FILE] [--undated-event P] [--attach P|none] [--attach-candidates N]</c>: the labelled stories of one
/// kind (default <c>developing</c>; <c>all</c> takes every kind) as a collection of their own, without the rest of SaudiNewsNet: their articles are
/// read from the corpus, written as one JSON file (the corpus's own fields; <c>--undated</c> drops the dates) and
/// ingested through the whole pipeline into a store of their own, whose stories are scored against the labels (B-cubed,
/// stories and events). That is the situation of a user who brings a handful of developing stories and nothing else,
/// as against <c>story-eval</c>, which scores them among every other article of the corpus. <c>--keep</c> leaves the
/// JSON file there. <c>--stretch K</c> spaces the articles K times as far apart in time (the corpus's 18 days become 18 × K),
/// as a story followed for weeks or months is reported. <c>--undated-event P</c> assigns the stories again with
/// <see cref="LinkRules.UndatedEventThreshold"/> at P (for its curve); <c>--attach P</c> with <see cref="LinkRules.AttachThreshold"/> at P
/// (<c>none</c>: no lone article attaches), <c>--attach-candidates N</c> with <see cref="LinkRules.AttachMaxCandidates"/> at N.
/// </summary>
internal static class StoryCollection
{
    private sealed record Label(string Story, string Event);

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine($"story-collection LABELS.tsv [--kind K] [--undated] [--stretch K] [--corpus DIR] [--keep FILE] [--undated-event P] [--attach P|none] [--attach-candidates N]: {(args.Length == 0 ? "no label file given" : $"{args[0]}: no such file")}");
            return 2;
        }

        var kind = NerTraining.Option(args, "--kind") ?? "developing";
        var undated = args.Contains("--undated");
        var stretch = NerTraining.Option(args, "--stretch") is { } k ? double.Parse(k, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var corpus = NerTraining.Option(args, "--corpus") ?? Path.Combine("..", "shared", "data", "saudinewsnet");
        var zips = Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.zip").Order(StringComparer.Ordinal).ToList() : [];
        var kindMissing = args.Contains("--kind") && (NerTraining.Option(args, "--kind") is null || kind.StartsWith("--", StringComparison.Ordinal));
        if (zips.Count == 0 || kindMissing)
        {
            Console.Error.WriteLine(kindMissing ? "story-collection: --kind needs a kind (developing, story, template, single, all)" : $"story-collection: {corpus}: no SaudiNewsNet zip files there (give --corpus DIR)");
            return 2;
        }

        double? undatedEvent = NerTraining.Option(args, "--undated-event") is { } p && double.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        if (args.Contains("--undated-event") && undatedEvent is not (>= 0 and <= 1))
        {
            Console.Error.WriteLine("story-collection: --undated-event takes a probability (0.8)");
            return 2;
        }

        // --attach P sets LinkRules.AttachThreshold for a reassignment (none turns attaching off), for its curve.
        var attachOption = NerTraining.Option(args, "--attach");
        double? attach = attachOption is null or "none" ? null : double.Parse(attachOption, System.Globalization.CultureInfo.InvariantCulture);
        var keep = NerTraining.Option(args, "--keep");
        if (keep is not null && Path.GetDirectoryName(Path.GetFullPath(keep)) is { } keepFolder && !Directory.Exists(keepFolder))
        {
            Console.Error.WriteLine($"story-collection: --keep {keep}: no folder {keepFolder}");
            return 2;
        }

        var labels = File.ReadLines(args[0]).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 4 && (kind == "all" || f[3] == kind))
            .GroupBy(f => f[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Label(g.First()[1], g.First()[2]), StringComparer.Ordinal);
        if (labels.Count == 0)
        {
            Console.Error.WriteLine($"{args[0]}: no article labelled '{kind}'");
            return 2;
        }

        var articles = new JsonArray();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var zipPath in zips)
        {
            using var zip = ZipFile.OpenRead(zipPath);
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                JsonArray array;
                try
                {
                    array = JsonNode.Parse(stream) as JsonArray ?? throw new JsonException("not a JSON array of articles");
                }
                catch (JsonException e)
                {
                    Console.Error.WriteLine($"story-collection: {zipPath}!{entry.FullName}: {e.Message}");
                    return 2;
                }

                foreach (var node in array)
                {
                    if (node is JsonObject article && article["url"] is JsonValue value && value.TryGetValue<string>(out var url) && labels.ContainsKey(url) && written.Add(url))
                    {
                        var copy = (JsonObject)article.DeepClone();
                        if (undated)
                        {
                            foreach (var field in copy.Select(p => p.Key).Where(k => k.StartsWith("date", StringComparison.Ordinal)).ToList())
                            {
                                copy.Remove(field);
                            }
                        }

                        if (stretch != 1 && copy["date_extracted"] is JsonValue date && date.TryGetValue<string>(out var text)
                            && DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var when))
                        {
                            // The corpus's first day stays; every other moment moves K times as far from it.
                            var first = new DateTime(2015, 7, 21);
                            copy["date_extracted"] = (first + ((when - first) * stretch)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
                        }

                        articles.Add(copy);
                    }
                }
            }
        }

        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"story-collection: none of the {labels.Count:N0} articles labelled '{kind}' in {args[0]} is in {corpus}");
            return 2;
        }

        if (written.Count < labels.Count)
        {
            Console.WriteLine($"{labels.Count - written.Count:N0} of the {labels.Count:N0} labelled articles are not in {corpus}: scored without them");
        }

        var folder = Directory.CreateTempSubdirectory("khabar-collection-");
        try
        {
            var json = keep ?? Path.Combine(folder.FullName, "collection.json");
            File.WriteAllText(json, articles.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            using var store = SqliteArticleStore.Open(Path.Combine(folder.FullName, "collection.db"));
            var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
            pipeline.Run(new FileSource([json], new IngestOptions()));
            var candidatesOption = NerTraining.Option(args, "--attach-candidates");
            if (undatedEvent is not null || attachOption is not null || candidatesOption is not null)
            {
                store.ResetStories();
                var weights = PipelineParts.BuiltIn().Weights;
                new StoryAssignment(store, () => weights, LinkRules.Default with
                {
                    UndatedEventThreshold = undatedEvent ?? LinkRules.Default.UndatedEventThreshold,
                    AttachThreshold = attachOption is null ? LinkRules.Default.AttachThreshold : attach,
                    AttachMaxCandidates = candidatesOption is null ? LoneArticles.MaxCandidates : int.Parse(candidatesOption, System.Globalization.CultureInfo.InvariantCulture),
                }).Run();
            }

            var idOfUrl = store.Articles().Where(a => a.Url is not null).GroupBy(a => a.Url!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            var scored = labels.Where(l => idOfUrl.ContainsKey(l.Key)).ToList();
            var storyOf = store.StoryOf([.. scored.Select(l => idOfUrl[l.Key])]);
            var predicted = scored.Where(l => storyOf.ContainsKey(idOfUrl[l.Key])).ToDictionary(l => l.Key, l => storyOf[idOfUrl[l.Key]], StringComparer.Ordinal);
            var stories = BCubed.Of(predicted, scored.ToDictionary(l => l.Key, l => l.Value.Story, StringComparer.Ordinal));
            var events = BCubed.Of(predicted, scored.ToDictionary(l => l.Key, l => l.Value.Event, StringComparer.Ordinal));
            Console.WriteLine($"{Path.GetFileName(args[0])}, {kind}{(undated ? ", undated" : "")}{(stretch != 1 ? $", {stretch}× as far apart" : "")}{(undatedEvent is { } u ? $", undated pairs one event from p {u}" : "")}: {scored.Count:N0} articles of {scored.Select(l => l.Value.Story).Distinct().Count()} stories / {scored.Select(l => l.Value.Event).Distinct().Count()} events; Khabar made {predicted.Values.Distinct().Count()} stories");
            Console.WriteLine($"  vs stories  P {stories.Precision:F3}  R {stories.Recall:F3}  F1 {stories.F1:F3}");
            Console.WriteLine($"  vs events   P {events.Precision:F3}  R {events.Recall:F3}  F1 {events.F1:F3}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
