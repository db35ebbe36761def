using System.Text.Json;
using System.Text.Json.Nodes;
using Khabar.Core.Assign;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>claim-stories [DIR] [--split dev|heldout|all] [--undated-days D,D…] [--undated-event P] [--keep FILE]</c>: the articles of UnifiedFC (<c>../shared/data/unifiedfc-arabic-stance</c>,
/// the search results for 420 claims about the Syrian war and the region's politics, undated) stored and assigned to stories
/// in a store of their own (consolidation is left out: it does not change stories), and their stories scored against the
/// claims. The claims of the authors' folds 1-3 are dev, of folds 4-5 held out, each a collection of its own; with
/// <c>--undated-days</c> the stories are made again for each value of <see cref="LinkRules.UndatedAsIfDays"/>, with
/// <c>--undated-event</c> at that <see cref="LinkRules.UndatedEventThreshold"/>. Articles a claim's reader judged
/// about it (agree, disagree, discuss) are one topic per claim; many claims are related (two claims about one
/// offensive, one leader) but different. So the figure that matters is how pure Khabar's stories are by claim
/// (B-cubed precision, and how many stories mix claims): a story that gathers many claims has merged related matters.
/// Recall against claims is reported but is no target: one claim's search results span several happenings.
/// Articles judged unrelated stay in as distractors and are counted apart.
/// </summary>
internal static class ClaimStories
{
    private sealed record Result(string Claim, string Stance);

    public static int Run(string[] args)
    {
        var folder = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? args[0]
            : Path.Combine("..", "shared", "data", "unifiedfc-arabic-stance");
        var dataset = Path.Combine(folder, "dataset");
        if (!Directory.Exists(dataset))
        {
            Console.Error.WriteLine($"claim-stories: {dataset}: no such folder (give the UnifiedFC folder)");
            return 2;
        }

        var keep = NerTraining.Option(args, "--keep");
        var articles = new JsonArray();
        var resultOf = new Dictionary<string, Result>(StringComparer.Ordinal);
        var repeated = 0;
        var skipped = 0;
        foreach (var file in Directory.GetFiles(dataset, "*.json").Order(StringComparer.Ordinal))
        {
            JsonObject claim;
            try
            {
                claim = JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new JsonException("not a JSON object");
            }
            catch (JsonException e)
            {
                Console.Error.WriteLine($"claim-stories: {file}: {e.Message}");
                return 2;
            }

            var id = Text(claim["id"]) ?? Path.GetFileNameWithoutExtension(file);
            if (claim["article"] is not JsonArray texts || claim["url"] is not JsonArray urls || claim["stance"] is not JsonArray stances
                || texts.Count != urls.Count || texts.Count != stances.Count)
            {
                Console.Error.WriteLine($"claim-stories: {file}: article, url and stance are not lists of one length");
                return 2;
            }

            for (var i = 0; i < texts.Count; i++)
            {
                var url = Text(urls[i]);
                var text = Text(texts[i]);
                if (url is null || string.IsNullOrWhiteSpace(text))
                {
                    skipped++;
                    continue;
                }

                var stance = Text(stances[i]) ?? "unrelated";
                // A page returned for two claims is ingested once; it counts for the first claim it is about.
                if (resultOf.TryGetValue(url, out var earlier))
                {
                    repeated++;
                    if (earlier.Stance == "unrelated" && stance != "unrelated")
                    {
                        resultOf[url] = new Result(id, stance);
                    }

                    continue;
                }

                resultOf[url] = new Result(id, stance);
                articles.Add(new JsonObject
                {
                    ["url"] = url,
                    ["source"] = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null,
                    ["text"] = text,
                });
            }
        }

        var folds = ReadFolds(Path.Combine(folder, "train_test_splits.txt"));
        var days = (NerTraining.Option(args, "--undated-days") ?? $"0,{LinkRules.DefaultUndatedAsIfDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}")
            .Split(',').Select(d => double.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        var splits = NerTraining.Option(args, "--split") is { } only ? [only] : new[] { "dev", "heldout" };
        double? undatedEvent = NerTraining.Option(args, "--undated-event") is { } given
            ? double.TryParse(given, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : double.NaN
            : args.Contains("--undated-event") ? double.NaN : null;
        if (splits.Any(s => s is not ("dev" or "heldout" or "all")) || days.Any(d => !double.IsFinite(d) || d < 0) || undatedEvent is not (null or (>= 0 and <= 1)))
        {
            Console.Error.WriteLine("claim-stories: --split takes dev, heldout or all; --undated-days a list of days, 0 or more (0,1); --undated-event a probability (0.8)");
            return 2;
        }
        foreach (var split in splits)
        {
            // Claims of folds 1-3 are dev, of folds 4-5 held out: each split's pages are a collection of their own.
            var inSplit = split switch
            {
                "dev" => (Func<string, bool>)(claim => folds.GetValueOrDefault(claim) is >= 1 and <= 3),
                "heldout" => claim => folds.GetValueOrDefault(claim) is >= 4,
                _ => claim => true,
            };
            var chosen = new JsonArray([.. articles.Where(a => inSplit(resultOf[a!["url"]!.GetValue<string>()].Claim)).Select(a => a!.DeepClone())]);
            var temp = Directory.CreateTempSubdirectory("khabar-claims-");
            try
            {
                var json = keep is null ? Path.Combine(temp.FullName, "claims.json") : $"{keep}.{split}.json";
                File.WriteAllText(json, chosen.ToJsonString());
                using var store = SqliteArticleStore.Open(Path.Combine(temp.FullName, "claims.db"));
                new KhabarPipeline(store, PipelineParts.BuiltIn()).Store(new FileSource([json], new IngestOptions()));
                Console.WriteLine($"== {split}: {chosen.Count:N0} pages ({repeated:N0} pages of all were returned again for another claim, {skipped:N0} left out with no url or text)");
                foreach (var d in days)
                {
                    store.ResetStories();
                    var rules = LinkRules.Default with { UndatedAsIfDays = d, UndatedEventThreshold = undatedEvent };
                    var weights = PipelineParts.BuiltIn().Weights;
                    new StoryAssignment(store, () => weights, rules).Run();
                    Console.WriteLine($"-- undated pairs shown to the story model as {d} days apart, two undated pages one event from p {undatedEvent ?? LinkRules.DefaultEventThreshold}");
                    Report(store, resultOf);
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                temp.Delete(recursive: true);
            }
        }

        return 0;
    }

    /// <summary>A JSON string's value; null for anything else (a number, a list, nothing).</summary>
    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Claim id to its fold (1-5) from the authors' <c>train_test_splits.txt</c> (<c>Fold_N: ID ID …</c>).</summary>
    private static Dictionary<string, int> ReadFolds(string path)
    {
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Split(':', 2) is [var name, var ids] && name.StartsWith("Fold_", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(5), out var fold))
            {
                foreach (var id in ids.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    folds[id] = fold;
                }
            }
        }

        return folds;
    }

    private static void Report(SqliteArticleStore store, Dictionary<string, Result> resultOf)
    {
        var idOfUrl = store.Articles().Where(a => a.Url is not null).GroupBy(a => a.Url!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var storyOf = store.StoryOf([.. idOfUrl.Values]);
        string? StoryOfUrl(string url) => idOfUrl.TryGetValue(url, out var id) && storyOf.TryGetValue(id, out var story) ? story : null;

        var related = resultOf.Where(r => r.Value.Stance != "unrelated" && StoryOfUrl(r.Key) is not null).ToList();
        var predicted = related.ToDictionary(r => r.Key, r => StoryOfUrl(r.Key)!, StringComparer.Ordinal);
        var gold = related.ToDictionary(r => r.Key, r => r.Value.Claim, StringComparer.Ordinal);
        var score = BCubed.Of(predicted, gold);
        var sizes = storyOf.Values.GroupBy(s => s, StringComparer.Ordinal).Select(g => g.Count()).OrderDescending().ToList();
        Console.WriteLine($"{idOfUrl.Count:N0} pages stored, {sizes.Count:N0} stories (largest {string.Join(", ", sizes.Take(3))} pages)");
        Console.WriteLine($"{related.Count:N0} pages about their claim (agree, disagree, discuss), {gold.Values.Distinct(StringComparer.Ordinal).Count():N0} claims");
        Console.WriteLine($"  stories vs claims  P {score.Precision:F3}  R {score.Recall:F3}  F1 {score.F1:F3}");

        // How many claims each story mixes, among the pages about their claim.
        var claimsOfStory = related.GroupBy(r => predicted[r.Key], StringComparer.Ordinal)
            .Select(g => (Story: g.Key, Pages: g.Count(), Claims: g.Select(r => r.Value.Claim).Distinct(StringComparer.Ordinal).Count()))
            .ToList();
        foreach (var (label, low, high) in new[] { ("1 claim", 1, 1), ("2 claims", 2, 2), ("3-5 claims", 3, 5), ("6+ claims", 6, int.MaxValue) })
        {
            var bin = claimsOfStory.Where(s => s.Claims >= low && s.Claims <= high).ToList();
            Console.WriteLine($"  stories of {label,-10} {bin.Count,5:N0}  holding {bin.Sum(s => s.Pages),5:N0} pages");
        }

        // Pages judged unrelated to the claim they were returned for: alone, with pages of that claim, or with others'.
        var unrelated = resultOf.Where(r => r.Value.Stance == "unrelated" && StoryOfUrl(r.Key) is not null).ToList();
        var claimsIn = related.GroupBy(r => predicted[r.Key], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Value.Claim).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var withOwn = unrelated.Count(r => claimsIn.TryGetValue(StoryOfUrl(r.Key)!, out var c) && c.Contains(r.Value.Claim));
        var withOther = unrelated.Count(r => claimsIn.TryGetValue(StoryOfUrl(r.Key)!, out var c) && !c.Contains(r.Value.Claim));
        Console.WriteLine($"{unrelated.Count:N0} pages judged unrelated to their claim: {withOwn:N0} in a story with pages about that claim, {withOther:N0} only with other claims' pages, {unrelated.Count - withOwn - withOther:N0} in stories of unrelated pages alone");
    }
}
