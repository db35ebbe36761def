using System.Globalization;
using System.Text.Json;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>
/// <c>stance-eval [DIR] [--epochs N] [--balance B]</c>: a first stance baseline on UnifiedFC (../shared/data/unifiedfc-arabic-stance).
/// Pairs: a claim with each rationale line of an agreeing or disagreeing article (agree, disagree), and with the line
/// of a discussing or unrelated article that shares most of its words (other). Features: word overlap (light stems,
/// no stop words) both ways, negation on one side only, denial words, opposite-sense pairs across the two sides,
/// numbers of the claim missing from the line. A softmax regression trained by SGD, scored by the authors' five claim
/// folds (never a claim it trained on). Cue lists: bench/data/stance.
/// </summary>
internal static class StanceEval
{
    private static readonly string[] Classes = ["agree", "disagree", "other"];

    /// <summary>How far classes are weighted towards equal (1) from as they come (0).</summary>
    private static double ClassBalance = 1;

    private sealed record Pair(string Claim, string Line, int Label, string ClaimId);

    public static int Run(string[] args)
    {
        var root = args.FirstOrDefault(Directory.Exists) ?? "../shared/data/unifiedfc-arabic-stance";
        var epochs = int.Parse(NerTraining.Option(args, "--epochs") ?? "30", CultureInfo.InvariantCulture);
        ClassBalance = double.Parse(NerTraining.Option(args, "--balance") ?? "1", CultureInfo.InvariantCulture);
        var negation = Cues("negation.txt");
        var denial = Cues("denial.txt").Select(Stem).ToHashSet(StringComparer.Ordinal);
        var antonyms = File.ReadLines("bench/data/stance/antonyms.txt").Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).Where(p => p.Length == 2).Select(p => (Stem(p[0]), Stem(p[1]))).ToList();

        var pairs = Pairs(root);
        var folds = File.ReadLines(Path.Combine(root, "train_test_splits.txt"))
            .Select(l => l.Split(':')).Where(p => p.Length == 2)
            .Select(p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToList();
        Console.WriteLine($"pairs: {pairs.Count:N0} ({string.Join(", ", Classes.Select((c, i) => $"{c} {pairs.Count(p => p.Label == i)}"))}); {folds.Count} claim folds");

        var features = pairs.Select(p => Features(p, negation, denial, antonyms)).ToList();
        var confusion = new int[3, 3];
        for (var f = 0; f < folds.Count; f++)
        {
            var test = Enumerable.Range(0, pairs.Count).Where(i => folds[f].Contains(pairs[i].ClaimId)).ToList();
            var train = Enumerable.Range(0, pairs.Count).Where(i => !folds[f].Contains(pairs[i].ClaimId)).ToList();
            var weights = Train(train.Select(i => features[i]).ToList(), train.Select(i => pairs[i].Label).ToList(), epochs);
            foreach (var i in test)
            {
                confusion[pairs[i].Label, Predict(weights, features[i])]++;
            }
        }

        Console.WriteLine("gold \\ predicted  agree  disagree  other");
        for (var g = 0; g < 3; g++)
        {
            Console.WriteLine($"{Classes[g],-16} {confusion[g, 0],6} {confusion[g, 1],9} {confusion[g, 2],6}");
        }

        var f1s = new double[3];
        for (var c = 0; c < 3; c++)
        {
            var tp = confusion[c, c];
            var predicted = Enumerable.Range(0, 3).Sum(g => confusion[g, c]);
            var gold = Enumerable.Range(0, 3).Sum(p => confusion[c, p]);
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = gold == 0 ? 0 : (double)tp / gold;
            f1s[c] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Classes[c],-9} precision {precision:F3} recall {recall:F3} F1 {f1s[c]:F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro-F1 {f1s.Average():F3} (five claim folds pooled)"));
        return 0;
    }

    private static HashSet<string> Cues(string file) =>
        File.ReadLines(Path.Combine("bench/data/stance", file)).Where(l => l.Length > 0 && l[0] != '#').Select(l => MatchKey.Of(l.Trim())).ToHashSet(StringComparer.Ordinal);

    private static string Stem(string word) => LightStemmer.StemOf(MatchKey.Of(word)).ToString();

    private static List<Pair> Pairs(string root)
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
            var claimStems = Stems(claim).ToHashSet(StringComparer.Ordinal);
            for (var a = 0; a < articles.Count && a < stances.Count; a++)
            {
                var lines = articles[a].Split('\n');
                if (stances[a] is "agree" or "disagree")
                {
                    var label = stances[a] == "agree" ? 0 : 1;
                    foreach (var index in ParseIndices(a < rationales.Count ? rationales[a] : ""))
                    {
                        if (index >= 0 && index < lines.Length && lines[index].Trim().Length > 0)
                        {
                            pairs.Add(new Pair(claim, lines[index], label, id));
                        }
                    }
                }
                else
                {
                    var best = lines.Where(l => l.Trim().Length > 0)
                        .MaxBy(l => Stems(l).Distinct(StringComparer.Ordinal).Count(claimStems.Contains));
                    if (best is not null)
                    {
                        pairs.Add(new Pair(claim, best, 2, id));
                    }
                }
            }
        }

        return pairs;
    }

    private static IEnumerable<int> ParseIndices(string text) =>
        text.Trim('[', ']', ' ').Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => int.TryParse(t.Trim(), CultureInfo.InvariantCulture, out var i) ? i : -1);

    private static List<string> Stems(string text)
    {
        var stems = new List<string>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord)
            {
                var key = MatchKey.Of(token.Of(text));
                if (!StopWords.Default.Contains(key))
                {
                    stems.Add(LightStemmer.StemOf(key).ToString());
                }
            }
        }

        return stems;
    }

    private static List<string> Keys(string text)
    {
        var keys = new List<string>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        foreach (var token in tokens)
        {
            keys.Add(token.Kind is TokenKind.Number ? "#" + token.Of(text).ToString() : MatchKey.Of(token.Of(text)));
        }

        return keys;
    }

    private static double[] Features(Pair pair, HashSet<string> negation, HashSet<string> denial, List<(string A, string B)> antonyms)
    {
        var claim = Stems(pair.Claim);
        var line = Stems(pair.Line);
        var claimSet = claim.ToHashSet(StringComparer.Ordinal);
        var lineSet = line.ToHashSet(StringComparer.Ordinal);
        var common = claimSet.Count(lineSet.Contains);
        var claimKeys = Keys(pair.Claim);
        var lineKeys = Keys(pair.Line);
        var claimNegated = claimKeys.Any(negation.Contains);
        var lineNegated = lineKeys.Any(negation.Contains);
        var lineDenies = line.Any(denial.Contains);
        var claimDenies = claim.Any(denial.Contains);
        var opposite = antonyms.Any(p => (claimSet.Contains(p.A) && lineSet.Contains(p.B) && !lineSet.Contains(p.A)) || (claimSet.Contains(p.B) && lineSet.Contains(p.A) && !lineSet.Contains(p.B)));
        var claimNumbers = claimKeys.Where(k => k.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var lineNumbers = lineKeys.Where(k => k.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var missingNumber = claimNumbers.Count > 0 && lineNumbers.Count > 0 && !claimNumbers.Overlaps(lineNumbers);
        var claimCovered = claimSet.Count == 0 ? 0 : (double)common / claimSet.Count;
        var lineCovered = lineSet.Count == 0 ? 0 : (double)common / lineSet.Count;
        return
        [
            1,
            claimCovered,
            lineCovered,
            Math.Log(1 + common),
            Math.Log(1 + lineSet.Count) / 5,
            claimNegated && !lineNegated ? 1 : 0,
            lineNegated && !claimNegated ? 1 : 0,
            claimNegated && lineNegated ? 1 : 0,
            lineDenies ? 1 : 0,
            lineDenies && !claimDenies ? 1 : 0,
            opposite ? 1 : 0,
            missingNumber ? 1 : 0,
            claimCovered * (lineDenies ? 1 : 0),
            claimCovered * (lineNegated && !claimNegated ? 1 : 0),
        ];
    }

    /// <summary>Softmax regression by SGD with L2, classes weighted by their inverse frequency.</summary>
    private static double[,] Train(List<double[]> x, List<int> y, int epochs)
    {
        var d = x[0].Length;
        var w = new double[3, d];
        var counts = new double[3];
        foreach (var label in y)
        {
            counts[label]++;
        }

        var classWeight = counts.Select(c => c == 0 ? 0 : Math.Pow(y.Count / (3 * c), ClassBalance)).ToArray();
        var random = new Random(7);
        var order = Enumerable.Range(0, x.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = 0.1 / (1 + epoch);
            foreach (var i in order)
            {
                var p = Probabilities(w, x[i]);
                for (var c = 0; c < 3; c++)
                {
                    var gradient = (p[c] - (y[i] == c ? 1 : 0)) * classWeight[y[i]];
                    for (var k = 0; k < d; k++)
                    {
                        w[c, k] -= rate * ((gradient * x[i][k]) + (1e-4 * w[c, k]));
                    }
                }
            }
        }

        return w;
    }

    private static double[] Probabilities(double[,] w, double[] x)
    {
        var scores = new double[3];
        for (var c = 0; c < 3; c++)
        {
            for (var k = 0; k < x.Length; k++)
            {
                scores[c] += w[c, k] * x[k];
            }
        }

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    private static int Predict(double[,] w, double[] x)
    {
        var p = Probabilities(w, x);
        return Array.IndexOf(p, p.Max());
    }
}
