using Khabar.Text;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>story-train DB DEV.tsv [--check HELDOUT.tsv] [--write] [--dump FILE] [--beyond FILE]</c>: fits the two link models (same event, same
/// story) on the pairs of hand-labelled articles that Assign would compare (within <see cref="StoryLinker.StoryWindow"/>,
/// sharing an index term), reports pair precision and recall at several probabilities in 5 folds split by story
/// (and on the held-out labels with the model fitted on all of DEV), and with <c>--write</c> rewrites
/// <c>src/Khabar.Core/Assign/Resources/link-models.txt</c>. DB must hold the labelled articles (it may hold more).
/// <c>--dump FILE</c> writes every dev pair as a row: both articles, stories and kinds, same event, near, the shipped models'
/// probabilities and the features, for reading a band of pairs outside the program. <c>--beyond FILE</c> writes the dev pairs
/// further apart than the story window that share an index term, with the story model's probability as if they were 7 and
/// 3 days apart.
/// </summary>
internal static class StoryTraining
{
    /// <summary>Whether pairs get the two entity features of the experiment (<c>--entities</c>).</summary>
    private static bool WithEntities { get; set; }

    private sealed record Labelled(AssignArticle Article, string Story, string Event, string Kind)
    {
        /// <summary>The article's named people, places and organisations as term keys, most mentioned first (experiment).</summary>
        public ulong[] Entities { get; init; } = [];
    }

    private static ulong[] EntityKeys(Core.Analyze.ArticleAnalysis analysis, TermWeights weights) =>
        [.. analysis.Mentions.Where(m => m.Type is Core.Entities.EntityType.Person or Core.Entities.EntityType.Location or Core.Entities.EntityType.Organization)
            .SelectMany(m => Keys(ContentTerms.Of(m.Text, weights)))
            .GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key)];

    private static List<ulong> Keys(ContentTerms terms)
    {
        var keys = new List<ulong>(terms.Count);
        foreach (var term in terms.Terms)
        {
            keys.Add(term.Key);
        }

        return keys;
    }

    /// <summary>Two entity features: shared keys over the smaller set; the share of each one's three most named found in the other (the smaller).</summary>
    private static double[] EntityFeatures(ulong[] x, ulong[] y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return [0, 0];
        }

        var (sx, sy) = (x.ToHashSet(), y.ToHashSet());
        var shared = (double)sx.Count(sy.Contains) / Math.Min(sx.Count, sy.Count);
        var top = Math.Min(x.Take(3).Count(sy.Contains) / (double)Math.Min(3, x.Length), y.Take(3).Count(sx.Contains) / (double)Math.Min(3, y.Length));
        return [shared, top];
    }

    private sealed record Pair(double[] Features, bool SameStory, bool SameEvent, bool Near, string StoryX, string StoryY, bool Templates = false)
    {
        public string KindX { get; init; } = "";

        public string KindY { get; init; } = "";

        public string IdX { get; init; } = "";

        public string IdY { get; init; } = "";
    }

    public static int Run(string[] args)
    {
        using var store = SqliteArticleStore.Open(args[0]);
        var weights = PipelineParts.BuiltIn().Weights;
        var byUrl = new Dictionary<string, Core.Domain.Article>(StringComparer.Ordinal);
        var entitiesOf = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var withEntities = WithEntities = args.Contains("--entities");
        foreach (var stored in store.ArticlesWith([(Core.Store.DerivedCodec.AnalysisKind, ArticleAnalyzer.Version)]))
        {
            if (stored.Article.Url is { } url && byUrl.TryAdd(url, stored.Article) && withEntities && stored.Derived[0] is { } analysis)
            {
                entitiesOf[stored.Article.Id] = analysis;
            }
        }

        List<Labelled> Load(string file) => [.. File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 4 && byUrl.ContainsKey(f[0]))
            .AsParallel().AsOrdered().Select(f =>
            {
                var a = byUrl[f[0]];
                var profile = ArticleProfile.Of(a.Title, ContentTerms.Of(a.CleanText, weights), weights);
                var entities = entitiesOf.TryGetValue(a.Id, out var payload) ? EntityKeys(Core.Store.DerivedCodec.ReadAnalysis(payload), weights) : [];
                return new Labelled(new AssignArticle(a.Id, a.Published, a.ContentHash, profile), f[1], f[2], f[3]) { Entities = entities };
            })];

        var devArticles = Load(args[1]);
        var (within, found) = (0, 0);
        for (var i = 0; i < devArticles.Count; i++)
        {
            for (var j = i + 1; j < devArticles.Count; j++)
            {
                var (x, y) = (devArticles[i], devArticles[j]);
                if (x.Story == y.Story && (x.Article.Published is not { } a || y.Article.Published is not { } b || (a - b).Duration() <= StoryLinker.StoryWindow))
                {
                    within++;
                    found += StoryLinker.Candidates(x.Article, y.Article, out _) ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"dev: {found:N0} of {within:N0} same-story pairs within the story window share an index term ({(double)found / within:P1})");
        var dev = Pairs(devArticles);
        Console.WriteLine($"dev: {dev.Count:N0} candidate pairs, {dev.Count(p => p.SameStory):N0} same story, {dev.Count(p => p.SameEvent):N0} same event");
        var folds = 5;
        int Fold(string story) => (int)(TermHash.Of(story) % (ulong)folds);
        var scoredEvent = new List<(double, bool)>();
        var scoredStory = new List<(double, bool)>();
        for (var fold = 0; fold < folds; fold++)
        {
            // A pair is tested in a fold when both its stories are in it, trained on when neither is.
            var train = dev.Where(p => Fold(p.StoryX) != fold && Fold(p.StoryY) != fold).ToList();
            var test = dev.Where(p => Fold(p.StoryX) == fold && Fold(p.StoryY) == fold).ToList();
            var (eventModel, storyModel) = Fit(train);
            scoredEvent.AddRange(test.Where(p => p.Near).Select(p => (eventModel.Probability(p.Features), p.SameEvent)));
            scoredStory.AddRange(test.Select(p => (storyModel.Probability(p.Features), p.SameStory)));
        }

        if (args.Contains("--features"))
        {
            // Mean of each feature for: same event; template instances apart (within 3 days); other different stories.
            var groups = new (string Name, List<Pair> Pairs)[]
            {
                ("same event", dev.Where(p => p.Near && p.SameEvent).ToList()),
                ("two template instances", dev.Where(p => p.Near && !p.SameStory && p.Templates).ToList()),
                ("other different stories", dev.Where(p => p.Near && !p.SameStory && !p.Templates).ToList()),
            };
            foreach (var (name, pairs) in groups)
            {
                Console.WriteLine($"{name,-24} {pairs.Count,6}  " + string.Join("  ", Enumerable.Range(1, LinkFeatures.Count - 1).Select(f => $"{LinkFeatures.Names[f]} {pairs.Average(p => p.Features[f]):F2}")));
            }
        }

        if (NerTraining.Option(args, "--dump") is { } dump)
        {
            var shipped = LinkModels.Default;
            using var writer = new StreamWriter(dump);
            writer.WriteLine("idX\tidY\tstoryX\tstoryY\tkindX\tkindY\tsameEvent\tnear\tpEvent\tpStory\t" + string.Join('\t', LinkFeatures.Names.Skip(1))
                + (withEntities ? "\tshared entities\ttop entities" : ""));
            foreach (var p in dev)
            {
                writer.WriteLine(string.Join('\t', new[] { p.IdX, p.IdY, p.StoryX, p.StoryY, p.KindX, p.KindY, p.SameEvent ? "1" : "0", p.Near ? "1" : "0",
                    shipped.Event.Probability(p.Features).ToString("F4", System.Globalization.CultureInfo.InvariantCulture),
                    shipped.Story.Probability(p.Features).ToString("F4", System.Globalization.CultureInfo.InvariantCulture) }
                    .Concat(p.Features.Skip(1).Select(f => f.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))));
            }
        }

        if (args.Contains("--boosted"))
        {
            var boostedEvent = new List<(double, bool)>();
            var boostedStory = new List<(double, bool)>();
            for (var fold = 0; fold < folds; fold++)
            {
                var train = dev.Where(p => Fold(p.StoryX) != fold && Fold(p.StoryY) != fold).ToList();
                var test = dev.Where(p => Fold(p.StoryX) == fold && Fold(p.StoryY) == fold).ToList();
                var near = train.Where(p => p.Near).ToList();
                var e = StumpBoosting.Train([.. near.Select(p => p.Features)], [.. near.Select(p => p.SameEvent)]);
                var st = StumpBoosting.Train([.. train.Select(p => p.Features)], [.. train.Select(p => p.SameStory)]);
                boostedEvent.AddRange(test.Where(p => p.Near).Select(p => (e.Probability(p.Features), p.SameEvent)));
                boostedStory.AddRange(test.Select(p => (st.Probability(p.Features), p.SameStory)));
            }

            Curve("boosted trees, dev 5-fold, same event (≤ 3 days)", boostedEvent);
            Curve("boosted trees, dev 5-fold, same story", boostedStory);
        }

        if (NerTraining.Option(args, "--beyond") is { } beyondDump)
        {
            // Pairs further apart than the story window that share an index term, scored by the shipped story model as if
            // they were the window apart (its time features stop there), with the features that do not depend on time.
            var shipped = LinkModels.Default;
            using var writer = new StreamWriter(beyondDump);
            writer.WriteLine("idX\tidY\tstoryX\tstoryY\tkindX\tkindY\tdays\tpStory7\tpStory3\t" + string.Join('\t', LinkFeatures.Names.Skip(1)));
            foreach (var (x, y) in BeyondWindow(devArticles))
            {
                var days = Math.Abs((x.Article.Published!.Value - y.Article.Published!.Value).TotalDays);
                var cosine = x.Article.Profile.Similarity(y.Article.Profile);
                var features = LinkFeatures.Of(x.Article, y.Article, cosine);
                double AsIf(double d)
                {
                    var f = (double[])features.Clone();
                    var log = Math.Log(1 + d);
                    f[5] = log;
                    f[6] = cosine * log;
                    f[7] = f[2] * log;
                    return shipped.Story.Probability(f);
                }

                writer.WriteLine(string.Join('\t', new[] { x.Article.Id, y.Article.Id, x.Story, y.Story, x.Kind, y.Kind,
                    days.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
                    AsIf(7).ToString("F4", System.Globalization.CultureInfo.InvariantCulture),
                    AsIf(3).ToString("F4", System.Globalization.CultureInfo.InvariantCulture) }
                    .Concat(features.Skip(1).Select(f => f.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))));
            }
        }

        Curve("dev 5-fold, same event (≤ 3 days)", scoredEvent);
        Curve("dev 5-fold, same story", scoredStory);
        var models = Fit(dev);
        Console.WriteLine(models.Write());
        var at = Array.IndexOf(args, "--check");
        if (at >= 0)
        {
            var heldOut = Pairs(Load(args[at + 1]));
            Curve("held-out, same event (≤ 3 days)", [.. heldOut.Where(p => p.Near).Select(p => (models.Event.Probability(p.Features), p.SameEvent))]);
            Curve("held-out, same story", [.. heldOut.Select(p => (models.Story.Probability(p.Features), p.SameStory))]);
        }

        if (args.Contains("--write"))
        {
            var path = Path.Combine("src", "Khabar.Core", "Assign", "Resources", "link-models.txt");
            File.WriteAllText(path, models.Write());
            Console.WriteLine($"wrote {path}");
        }

        return 0;
    }

    private static LinkModels Fit(List<Pair> pairs)
    {
        var near = pairs.Where(p => p.Near).ToList();
        return new LinkModels(
            LinkModelTrainer.Train([.. near.Select(p => p.Features)], [.. near.Select(p => p.SameEvent)]),
            LinkModelTrainer.Train([.. pairs.Select(p => p.Features)], [.. pairs.Select(p => p.SameStory)]));
    }

    /// <summary>Pairs of dated labelled articles further apart than the story window that share an index term.</summary>
    private static IEnumerable<(Labelled X, Labelled Y)> BeyondWindow(List<Labelled> labelled)
    {
        for (var i = 0; i < labelled.Count; i++)
        {
            for (var j = i + 1; j < labelled.Count; j++)
            {
                var (x, y) = (labelled[i], labelled[j]);
                if (x.Article.Published is { } a && y.Article.Published is { } b && (a - b).Duration() > StoryLinker.StoryWindow
                    && x.Article.Profile.IndexTerms.Any(t => Array.IndexOf(y.Article.Profile.IndexTerms, t) >= 0))
                {
                    yield return (x, y);
                }
            }
        }
    }

    /// <summary>Every pair of labelled articles that Assign would score: near enough in time and sharing an index term.</summary>
    private static List<Pair> Pairs(List<Labelled> labelled)
    {
        var pairs = new List<Pair>();
        for (var i = 0; i < labelled.Count; i++)
        {
            for (var j = i + 1; j < labelled.Count; j++)
            {
                var (x, y) = (labelled[i], labelled[j]);
                if (!StoryLinker.Candidates(x.Article, y.Article, out var near))
                {
                    continue;
                }

                var cosine = x.Article.Profile.Similarity(y.Article.Profile);
                var features = LinkFeatures.Of(x.Article, y.Article, cosine);
                if (WithEntities)
                {
                    features = [.. features, .. EntityFeatures(x.Entities, y.Entities)];
                }

                pairs.Add(new Pair(features, x.Story == y.Story, x.Event == y.Event, near, x.Story, y.Story, x.Kind == "template" && y.Kind == "template") { KindX = x.Kind, KindY = y.Kind, IdX = x.Article.Id, IdY = y.Article.Id });
            }
        }

        return pairs;
    }

    private static void Curve(string title, List<(double P, bool Same)> scored)
    {
        var positives = scored.Count(s => s.Same);
        Console.WriteLine($"{title}: {scored.Count:N0} pairs, {positives:N0} positive");
        foreach (var threshold in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var predicted = scored.Where(s => s.P >= threshold).ToList();
            var right = predicted.Count(s => s.Same);
            Console.WriteLine($"  p ≥ {threshold:F1}: precision {(predicted.Count == 0 ? 0 : (double)right / predicted.Count):F3}, recall {(positives == 0 ? 0 : (double)right / positives):F3}");
        }
    }
}
