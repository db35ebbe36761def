using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Core.Consolidate.Stance;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;
using Khabar.Text;

namespace Khabar.Bench;

/// <summary>
/// <c>stance-train [--write | --write-to DIR] [--skip-headlines dev-X] [--heldout] [--show] [--no-words] [--epochs N] [--balance B] [--headline-weight W] [--reprints DB [--reprint-count N]]</c>: fits the stance model (<see cref="StanceModel"/>) and
/// scores it. Training pairs: UnifiedFC claims with their rationale lines (agree, disagree) and with the most alike
/// line of a discussing or unrelated article (other); ArNLI train (entailment, contradiction, neutral); ArbTEDS train
/// (entailed → agree, not → other); the dev headline pairs of <c>bench/data/stance/headline-pairs</c> (paraphrase,
/// contradiction, other claim; every <c>dev-*.tsv</c>, one writer each). Scored: UnifiedFC by the authors' five claim folds (never a claim trained on), the
/// ArNLI validation split (where choices are made) and test split, the ArbTEDS test split and the held-out headline
/// pairs, none of them trained on. <c>--no-words</c> fits the cues alone, without the pair's words (<see cref="StanceWords"/>).
/// With <c>--write</c> the model fitted on every training pair is written to Core's resources.
/// </summary>
internal static class StanceTraining
{
    private const string ModelPath = "src/Khabar.Core/Consolidate/Resources/stance-model.txt";
    private const string WordsPath = "src/Khabar.Core/Consolidate/Resources/stance-words.bin";

    /// <summary>The headline pairs: <c>dev-*.tsv</c>, one file per writer, and <c>heldout.tsv</c>.</summary>
    private const string HeadlineFolder = "bench/data/stance/headline-pairs";

    /// <summary>Whether the model reads the pair's words (<see cref="StanceWords"/>) besides its cues.</summary>
    private static bool Words = true;

    /// <summary>How much a headline pair counts in training against one of the other sets.</summary>
    private static double HeadlineWeight = 1;

    internal sealed record Pair(string A, string B, StanceKind Label, string Set, string Group);

    /// <summary>What the model reads of a pair: its cues and its words.</summary>
    internal sealed record PairFeatures(double[] Cues, WordFeatures Words);

    public static int Run(string[] args)
    {
        var epochs = int.Parse(NerTraining.Option(args, "--epochs") ?? "15", CultureInfo.InvariantCulture);
        Words = !args.Contains("--no-words");
        var balance = double.Parse(NerTraining.Option(args, "--balance") ?? "1", CultureInfo.InvariantCulture);
        HeadlineWeight = double.Parse(NerTraining.Option(args, "--headline-weight") ?? "1", CultureInfo.InvariantCulture);
        var cues = StanceCues.Default;
        var unified = UnifiedFc("../shared/data/unifiedfc-arabic-stance");
        var folds = File.ReadLines("../shared/data/unifiedfc-arabic-stance/train_test_splits.txt")
            .Select(l => l.Split(':')).Where(p => p.Length == 2)
            .Select(p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToList();
        var nliTrain = ArNli("../shared/data/arnli/train_nli.csv");
        var nliTest = ArNli("../shared/data/arnli/test_nli.csv");
        var nliValid = ArNli("../shared/data/arnli/valid_nli.csv");
        var tedsTrain = ArbTeds("../shared/data/arbteds/train_ArbTEDS.csv");
        var tedsTest = ArbTeds("../shared/data/arbteds/test_ArbTEDS.csv");
        var skipped = NerTraining.Option(args, "--skip-headlines");
        // One file per writer (dev-a.tsv, dev-b.tsv, …): every writer's pairs are trained on, and each writer's are
        // also scored by a model fitted without them.
        var writers = Directory.EnumerateFiles(HeadlineFolder, "dev-*.tsv").Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Pairs: Headlines([f]))).ToList();
        if (skipped is not null && writers.All(w => w.Name != skipped))
        {
            throw new ArgumentException($"--skip-headlines takes one of {string.Join(", ", writers.Select(w => w.Name))}, not '{skipped}'");
        }

        var headlinesDev = writers.Where(w => w.Name != skipped).SelectMany(w => w.Pairs).ToList();
        var headlinesHeld = Headlines([Path.Combine(HeadlineFolder, "heldout.tsv")]);
        var reprints = NerTraining.Option(args, "--reprints") is { } db
            ? Reprints(db, int.Parse(NerTraining.Option(args, "--reprint-count") ?? "3000", CultureInfo.InvariantCulture), cues)
            : [];
        Console.WriteLine($"pairs: UnifiedFC {Count(unified)}; ArNLI train {Count(nliTrain)}, test {Count(nliTest)}; ArbTEDS train {Count(tedsTrain)}, test {Count(tedsTest)}; headlines dev {Count(headlinesDev)}, held out {Count(headlinesHeld)}; SaudiNewsNet reprints {reprints.Count:N0}");

        var features = new Dictionary<Pair, PairFeatures>(ReferenceEqualityComparer.Instance);
        PairFeatures FeaturesOf(Pair p) => features.TryGetValue(p, out var f) ? f : features[p] = Read(Statement.Of(p.A, cues), Statement.Of(p.B, cues));

        var others = nliTrain.Concat(tedsTrain).Concat(headlinesDev).Concat(reprints).ToList();
        var confusion = new int[3, 3];
        foreach (var fold in folds)
        {
            var train = others.Concat(unified.Where(p => !fold.Contains(p.Group))).ToList();
            var model = Fit(train, FeaturesOf, epochs, balance);
            Score(model, unified.Where(p => fold.Contains(p.Group)), FeaturesOf, confusion);
        }

        Report("UnifiedFC, five claim folds pooled", confusion);
        var crossWriter = new int[3, 3];
        foreach (var (name, test) in writers.Where(w => w.Name != skipped))
        {
            var train = writers.Where(w => w.Name != name && w.Name != skipped).SelectMany(w => w.Pairs);
            var model = Fit([.. nliTrain, .. tedsTrain, .. unified, .. reprints, .. train], FeaturesOf, epochs, balance);
            Score(model, test, FeaturesOf, crossWriter);
        }

        Report("headline pairs, dev: each writer's pairs scored by a model fitted without them, pooled", crossWriter);
        var all = others.Concat(unified).ToList();
        var final = Fit(all, FeaturesOf, epochs, balance);
        Report("ArNLI validation (choices made here)", Score(final, nliValid, FeaturesOf, new int[3, 3]));
        Report("ArNLI test", Score(final, nliTest, FeaturesOf, new int[3, 3]));
        if (args.Contains("--show-nli"))
        {
            foreach (var pair in nliValid)
            {
                var f = FeaturesOf(pair);
                var p = final.Probabilities(f.Cues, f.Words);
                var predicted = (StanceKind)Array.IndexOf(p, p.Max());
                if ((pair.Label == StanceKind.Contradict) != (predicted == StanceKind.Contradict))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pair.Label} → {predicted} {p[1]:F2}\t{pair.A}\t{pair.B}"));
                }
            }
        }
        Report("ArbTEDS test (agree vs other)", Score(final, tedsTest, FeaturesOf, new int[3, 3]));
        Report("headline pairs, dev (trained on)", Score(final, headlinesDev, FeaturesOf, new int[3, 3]));
        if (args.Contains("--heldout"))
        {
            Report("headline pairs, held out", Score(final, headlinesHeld, FeaturesOf, new int[3, 3]));
        }

        if (args.Contains("--show"))
        {
            foreach (var pair in headlinesDev.Where(p => p.Label == StanceKind.Contradict))
            {
                var f = FeaturesOf(pair);
                var p = final.Probabilities(f.Cues, f.Words);
                if (p[1] < 0.5)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p[1]:F2}\t{string.Join(' ', f.Cues.Skip(1).Take(12).Select(v => v.ToString("F1", CultureInfo.InvariantCulture)))}\t{pair.A}\t{pair.B}"));
                }
            }
        }
        if (args.Contains("--write") || NerTraining.Option(args, "--write-to") is not null)
        {
            if (args.Contains("--write") && (skipped is not null || !Words))
            {
                throw new ArgumentException("a model fitted without some dev headline pairs or without words is not the one to ship: give --write-to DIR");
            }

            var (modelPath, wordsPath) = NerTraining.Option(args, "--write-to") is { } folder
                ? (Path.Combine(folder, Path.GetFileName(ModelPath)), Path.Combine(folder, Path.GetFileName(WordsPath)))
                : (ModelPath, WordsPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
            File.WriteAllText(modelPath, final.Write());
            if (final.ReadsWords)
            {
                using var stream = File.Create(wordsPath);
                final.WriteWords(stream);
            }
            else
            {
                File.Delete(wordsPath);
            }

            Console.WriteLine($"wrote {modelPath}{(final.ReadsWords ? $" and {wordsPath}" : " (no words)")}");
        }

        Console.WriteLine(string.Join("  ", StanceFeatures.Names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n} {final.Weights[1][i] - final.Weights[0][i]:F2}"))));
        return 0;
    }

    /// <summary>A stance model written by <c>stance-train --write-to DIR</c>.</summary>
    internal static StanceModel Load(string folder)
    {
        var cues = StanceModel.Parse(File.ReadAllText(Path.Combine(folder, Path.GetFileName(ModelPath))));
        var wordsPath = Path.Combine(folder, Path.GetFileName(WordsPath));
        if (!File.Exists(wordsPath))
        {
            return cues; // a model fitted with --no-words
        }

        using var words = File.OpenRead(wordsPath);
        return new StanceModel([.. cues.Weights.Select(w => w.ToArray())], StanceModel.ReadWords(words));
    }

    /// <summary><c>stance-pair A B</c>: the features of two statements and the shipped model's probabilities.</summary>
    public static int Explain(string[] args)
    {
        var (a, b) = (Statement.Of(args[0], StanceCues.Default), Statement.Of(args[1], StanceCues.Default));
        var features = StanceFeatures.Of(a, b);
        var p = StanceModel.Default.Probabilities(features, StanceWords.Of(a, b));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"agree {p[0]:F2}  contradict {p[1]:F2}  other {p[2]:F2}; polarity differs {StanceFeatures.PolarityDiffers(a, b, ClaimGate.Default)}, other occurrences {StanceFeatures.OtherOccurrences(a, b)}, dice {StanceFeatures.Dice(a, b):F2}"));
        Console.WriteLine($"  A: {string.Join(' ', a.Stems)} | negated at {string.Join(',', a.NegatedAt)} | senses {string.Join(',', a.SensesAt)}");
        Console.WriteLine($"  B: {string.Join(' ', b.Stems)} | negated at {string.Join(',', b.NegatedAt)} | senses {string.Join(',', b.SensesAt)}");
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i] != 0)
            {
                var push = StanceModel.Default.Weights[1][i] - Math.Max(StanceModel.Default.Weights[0][i], StanceModel.Default.Weights[2][i]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {StanceFeatures.Names[i],-32} {features[i],6:F2}  (contradict − best other weight {push:F2})"));
            }
        }

        return 0;
    }

    private static string Count(List<Pair> pairs) =>
        $"{pairs.Count:N0} ({string.Join("/", Enum.GetValues<StanceKind>().Select(k => pairs.Count(p => p.Label == k)))})";

    private static PairFeatures Read(Statement a, Statement b) => new(StanceFeatures.Of(a, b), Words ? StanceWords.Of(a, b) : WordFeatures.None);

    /// <summary>
    /// Softmax regression by SGD, each class weighted against its share (<paramref name="balance"/> 1: as if balanced).
    /// Cue weights decay by 1e-4 a step, a word weight by 0.01 each step of a pair that has it: a word seen in a few pairs
    /// must not outweigh the cues.
    /// </summary>
    internal static StanceModel Fit(List<Pair> pairs, Func<Pair, PairFeatures> featuresOf, int epochs, double balance)
    {
        var x = pairs.Select(featuresOf).ToList();
        var y = pairs.Select(p => (int)p.Label).ToList();
        var d = StanceFeatures.Count;
        var w = new double[3][];
        for (var c = 0; c < 3; c++)
        {
            w[c] = new double[d];
        }

        var words = new float[Words ? 3 * StanceWords.Buckets : 0];
        var model = new StanceModel(w, Words ? words : null);
        var counts = new double[3];
        foreach (var label in y)
        {
            counts[label]++;
        }

        var classWeight = counts.Select(c => c == 0 ? 0 : Math.Pow(y.Count / (3 * c), balance)).ToArray();
        var setWeight = pairs.Select(p => p.Set == "headlines" ? HeadlineWeight : 1).ToArray();
        var random = new Random(7);
        var order = Enumerable.Range(0, x.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = 0.1 / (1 + epoch);
            foreach (var i in order)
            {
                var p = model.Probabilities(x[i].Cues, x[i].Words);
                for (var c = 0; c < 3; c++)
                {
                    var gradient = (p[c] - (y[i] == c ? 1 : 0)) * classWeight[y[i]] * setWeight[i];
                    for (var k = 0; k < d; k++)
                    {
                        w[c][k] -= rate * ((gradient * x[i].Cues[k]) + (1e-4 * w[c][k]));
                    }

                    if (Words)
                    {
                        for (var k = 0; k < x[i].Words.Buckets.Length; k++)
                        {
                            var at = (3 * x[i].Words.Buckets[k]) + c;
                            words[at] -= (float)(rate * ((gradient * x[i].Words.Values[k]) + (0.01 * words[at])));
                        }
                    }
                }
            }
        }

        return model;
    }

    private static int[,] Score(StanceModel model, IEnumerable<Pair> pairs, Func<Pair, PairFeatures> featuresOf, int[,] confusion)
    {
        foreach (var pair in pairs)
        {
            var f = featuresOf(pair);
            var p = model.Probabilities(f.Cues, f.Words);
            confusion[(int)pair.Label, Array.IndexOf(p, p.Max())]++;
        }

        return confusion;
    }

    internal static void Report(string title, int[,] confusion)
    {
        Console.WriteLine($"\n{title}\ngold \\ predicted   agree  contradict  other");
        foreach (var g in Enum.GetValues<StanceKind>())
        {
            Console.WriteLine($"{g,-18} {confusion[(int)g, 0],6} {confusion[(int)g, 1],11} {confusion[(int)g, 2],6}");
        }

        var f1s = new List<double>();
        foreach (var c in Enum.GetValues<StanceKind>().Select(k => (int)k))
        {
            var tp = confusion[c, c];
            var predicted = Enumerable.Range(0, 3).Sum(g => confusion[g, c]);
            var gold = Enumerable.Range(0, 3).Sum(p => confusion[c, p]);
            if (gold == 0)
            {
                continue;
            }

            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = (double)tp / gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1s.Add(f1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(StanceKind)c,-10} P {precision:F3} R {recall:F3} F1 {f1:F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  macro-F1 {f1s.Average():F3}"));
    }

    internal static List<Pair> UnifiedFc(string root)
    {
        var pairs = new List<Pair>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "dataset"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var claimObject = document.RootElement;
            var id = claimObject.GetProperty("id").GetString()!;
            var claim = claimObject.GetProperty("claim").GetString()!;
            var articles = claimObject.GetProperty("article").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            var stances = claimObject.GetProperty("stance").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            var rationales = claimObject.GetProperty("rationale").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            var claimStems = Statement.Of(claim, StanceCues.Default).Stems.ToHashSet(StringComparer.Ordinal);
            for (var a = 0; a < articles.Count && a < stances.Count; a++)
            {
                var lines = articles[a].Split('\n');
                if (stances[a] is "agree" or "disagree")
                {
                    var label = stances[a] == "agree" ? StanceKind.Agree : StanceKind.Contradict;
                    var indices = (a < rationales.Count ? rationales[a] : "").Trim('[', ']', ' ').Split(',', StringSplitOptions.RemoveEmptyEntries)
                        .Select(t => int.TryParse(t.Trim(), CultureInfo.InvariantCulture, out var i) ? i : -1);
                    foreach (var index in indices)
                    {
                        if (index >= 0 && index < lines.Length && lines[index].Trim().Length > 0)
                        {
                            pairs.Add(new Pair(claim, lines[index], label, "unifiedfc", id));
                        }
                    }
                }
                else
                {
                    var best = lines.Where(l => l.Trim().Length > 0)
                        .MaxBy(l => Statement.Of(l, StanceCues.Default).Stems.Distinct(StringComparer.Ordinal).Count(claimStems.Contains));
                    if (best is not null)
                    {
                        pairs.Add(new Pair(claim, best, StanceKind.Other, "unifiedfc", id));
                    }
                }
            }
        }

        return pairs;
    }

    internal static List<Pair> ArNli(string path) =>
        Csv(path).Skip(1).Where(r => r.Count >= 3).Select((r, i) => new Pair(r[0], r[1], r[2] switch
        {
            "1" => StanceKind.Agree,
            "2" => StanceKind.Contradict,
            _ => StanceKind.Other,
        }, "arnli", $"nli{i}")).ToList();

    internal static List<Pair> ArbTeds(string path) =>
        Csv(path).Skip(1).Where(r => r.Count >= 3).Select((r, i) => new Pair(Rejoin(r[1]), Rejoin(r[2]), r[0] == "1" ? StanceKind.Agree : StanceKind.Other, "arbteds", $"teds{i}")).ToList();

    /// <summary>ArbTEDS writes clitics apart («ل رئاسة», «حكومت ها»): one-letter proclitics go back on the next word, pronouns on the previous.</summary>
    private static string Rejoin(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var joined = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "ب" or "ل" or "ك" or "ف" or "و" or "س" && i + 1 < words.Count)
            {
                words[i + 1] = words[i] + words[i + 1];
            }
            else if (words[i] is "ه" or "ها" or "هم" or "هما" or "هن" or "ي" or "نا" or "كم" && joined.Count > 0)
            {
                joined[^1] += words[i];
            }
            else
            {
                joined.Add(words[i]);
            }
        }

        return string.Join(' ', joined);
    }

    /// <summary>
    /// Statements two outlets of one stored story give alike (aligned by consolidation, 0.5 alike or more, not the same
    /// text), short enough for the claim gate, with no polarity cue told apart and no figure of their own on each side:
    /// what the model must not read as a contradiction, for it is what reprints, light edits and rewordings look like on
    /// real news («لإنهاء» / «لانهاء», a clause dropped). Labelled agree; at most two a story and
    /// <paramref name="count"/> in all, the stories taken in an order fixed by their ids' hashes.
    /// </summary>
    internal static List<Pair> Reprints(string db, int count, StanceCues cues)
    {
        using var store = SqliteArticleStore.OpenForReading(db);
        var parts = PipelineParts.BuiltIn();
        var paraphrases = Paraphrases.Load();
        var gate = ClaimGate.Default;
        var found = new List<Pair>();
        var stories = store.Stories().Where(s => s.Articles.Count >= 2)
            .OrderBy(s => TermHash.Of(s.Id)).ThenBy(s => s.Id, StringComparer.Ordinal);
        foreach (var story in stories)
        {
            var articles = StoredStoryArticles.Of(store, story);
            if (articles.Select(a => a.Article.Source).Distinct().Count() < 2)
            {
                continue;
            }

            var text = StoryText.Of(articles, parts.Weights, paraphrases);
            FactAligner.Align(text, out var pairs);
            var taken = 0;
            foreach (var (a, b, similarity) in pairs.All.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
            {
                var (sa, sb) = (text.Sentences[a], text.Sentences[b]);
                var (xa, xb) = (text.Articles[sa.Article].Article, text.Articles[sb.Article].Article);
                if (similarity < 0.5 || sa.Article == sb.Article || string.Equals(xa.Source, xb.Source, StringComparison.Ordinal))
                {
                    continue;
                }

                var (ta, tb) = (text.TextOf(sa), text.TextOf(sb));
                if (string.Equals(ta, tb, StringComparison.Ordinal))
                {
                    continue;
                }

                var (statementA, statementB) = (Statement.Of(ta, cues), Statement.Of(tb, cues));
                if (!StanceFeatures.Comparable(statementA, statementB, gate) || StanceFeatures.Difference(statementA, statementB, gate) != PolarityDifference.None)
                {
                    continue;
                }

                found.Add(new Pair(ta, tb, StanceKind.Agree, "reprints", story.Id));
                if (++taken == 2)
                {
                    break;
                }
            }

            if (found.Count >= count)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>The pairs of headline files: each written headline against the SaudiNewsNet headline its url names.</summary>
    internal static List<Pair> Headlines(IEnumerable<string> files)
    {
        var rows = files.Where(File.Exists).SelectMany(f => File.ReadLines(f).Skip(1)).Select(l => l.Split('\t')).Where(c => c.Length >= 4).ToList();
        var titles = SnnTitles(rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal));
        return rows.Where(r => titles.ContainsKey(r[0])).Select(r => new Pair(titles[r[0]], r[3], r[1] switch
        {
            "paraphrase" => StanceKind.Agree,
            "contradiction" => StanceKind.Contradict,
            _ => StanceKind.Other,
        }, "headlines", r[0])).ToList();
    }

    /// <summary>The titles of the SaudiNewsNet articles whose url is in <paramref name="urls"/>, by url.</summary>
    internal static Dictionary<string, string> SnnTitles(HashSet<string> urls, string folder = "../shared/data/saudinewsnet")
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var zipPath in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(zipPath);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var document = JsonDocument.Parse(stream);
                foreach (var article in document.RootElement.EnumerateArray())
                {
                    if (article.TryGetProperty("url", out var url) && url.GetString() is { } u && urls.Contains(u) && article.TryGetProperty("title", out var title))
                    {
                        found.TryAdd(u, (title.GetString() ?? "").Trim());
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Rows of a CSV file with quoted fields (RFC 4180).</summary>
    private static IEnumerable<List<string>> Csv(string path)
    {
        var text = File.ReadAllText(path);
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
