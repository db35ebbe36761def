using System.Globalization;
using System.Text;
using Khabar.Text.Transliterate;

namespace Khabar.Bench;

/// <summary>
/// <c>translit-train [DIR] [--out PATH] [--no-write]</c>: learns <see cref="Romanizer"/>'s table from
/// google-ar2en's training pairs (DIR defaults to ../shared/data/transliteration). Every tenth pair is kept back as
/// dev; google-ar2en's eval file is held out. The letters of each pair are aligned (each Arabic letter writes 0–4
/// Latin letters) by hard EM: first by a seed table of what each letter usually writes, then five times by the
/// chunk probabilities the previous alignment gave. The table keeps, for each letter in each context seen at least
/// twice, the chunk it most often wrote. Prints exact-match and character error rates on dev and held out.
/// </summary>
internal static class TransliterationTraining
{
    private const string DefaultRoot = "../shared/data/transliteration";
    private const string ModelPath = "src/Khabar.Text/Resources/romanization.txt";
    private const int MaxChunk = 4;
    private const int Iterations = 5;

    /// <summary>Times a context must be seen to be kept (the letter alone always is).</summary>
    private static int MinContextCount = 5;

    /// <summary>What each letter usually writes, to start the first alignment.</summary>
    private static readonly Dictionary<char, string[]> Seed = new()
    {
        ['ا'] = ["a", "e", "o"], ['أ'] = ["a", "o", "e"], ['إ'] = ["i", "e"], ['آ'] = ["a"], ['ء'] = [""], ['ئ'] = ["y", "i", "e"], ['ؤ'] = ["o", "u"],
        ['ب'] = ["b", "p"], ['ت'] = ["t"], ['ث'] = ["th", "s"], ['ج'] = ["j", "g"], ['ح'] = ["h"], ['خ'] = ["kh", "h"], ['د'] = ["d"],
        ['ذ'] = ["dh", "z"], ['ر'] = ["r"], ['ز'] = ["z", "s"], ['س'] = ["s", "c"], ['ش'] = ["sh", "ch"], ['ص'] = ["s"], ['ض'] = ["d"],
        ['ط'] = ["t"], ['ظ'] = ["z"], ['ع'] = ["a", ""], ['غ'] = ["gh", "g"], ['ف'] = ["f", "v", "ph"], ['ق'] = ["q", "k"], ['ك'] = ["k", "c"],
        ['ل'] = ["l"], ['م'] = ["m"], ['ن'] = ["n"], ['ه'] = ["h", ""], ['ة'] = ["a", "ah"], ['و'] = ["o", "u", "w", "v"], ['ي'] = ["i", "y", "e"],
        ['ى'] = ["a", "y"], ['پ'] = ["p"], ['چ'] = ["ch"], ['ڤ'] = ["v"], ['گ'] = ["g"],
    };

    public static int Run(string[] args)
    {
        var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !char.IsDigit(a[0])) ?? DefaultRoot;
        MinContextCount = int.Parse(NerTraining.Option(args, "--min-count") ?? "5", CultureInfo.InvariantCulture);
        var all = Pairs(Path.Combine(root, "google-ar2en", "ar2en-train.txt"));
        var dev = all.Where((_, i) => i % 10 == 0).ToList();
        var train = all.Where((_, i) => i % 10 != 0).ToList();
        var heldOut = Pairs(Path.Combine(root, "google-ar2en", "ar2en-eval.txt"));
        Console.WriteLine($"pairs: train {train.Count:N0}, dev {dev.Count:N0}, held out {heldOut.Count:N0}");

        var seedOnly = Romanizer.Parse(Seed.Select(p => $"__{p.Key}__\t{p.Value[0]}"));
        Report("seed table alone", seedOnly, dev, heldOut);

        var lines = Train(train);
        var romanizer = Romanizer.Parse(lines);
        Report($"learned ({romanizer.Count:N0} contexts)", romanizer, dev, heldOut);

        if (!args.Contains("--no-write"))
        {
            // The shipped table learns from every training pair, dev included.
            var shipped = Train(all);
            var path = NerTraining.Option(args, "--out") ?? ModelPath;
            File.WriteAllText(path, Header + string.Join('\n', shipped) + "\n");
            Console.WriteLine($"wrote {path}: {shipped.Count:N0} contexts");
        }

        return 0;
    }

    private const string Header =
        "# Romanization table for names (Romanizer): two letters before, the letter, two after, TAB latin; _ any, # the word's edge.\n" +
        "# Learned by `dotnet run --project bench/Khabar.Bench -c Release -- translit-train` from google-ar2en's training\n" +
        "# pairs (Apache 2.0); letter statistics only, no names.\n";

    private static void Report(string what, Romanizer romanizer, List<(string Arabic, string Latin)> dev, List<(string Arabic, string Latin)> heldOut)
    {
        foreach (var (name, set) in new[] { ("dev", dev), ("held out", heldOut) })
        {
            var exact = 0;
            double errors = 0, letters = 0;
            foreach (var (arabic, latin) in set)
            {
                var guess = (romanizer.Of(arabic) ?? "").ToLowerInvariant();
                exact += guess == latin ? 1 : 0;
                errors += Distance(guess, latin);
                letters += latin.Length;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}, {name}: exact {(double)exact / set.Count:P1}, character error rate {errors / letters:P1}"));
        }
    }

    /// <summary>The table's lines: for each context seen twice or more, its most written chunk.</summary>
    private static List<string> Train(List<(string Arabic, string Latin)> pairs)
    {
        var probability = new Dictionary<(char, string), double>();
        List<string[]?>? alignments = null;
        for (var iteration = 0; iteration <= Iterations; iteration++)
        {
            alignments = pairs.Select(p => Align(p.Arabic, p.Latin, iteration == 0 ? null : probability)).ToList();
            var counts = new Dictionary<(char, string), int>();
            var totals = new Dictionary<char, int>();
            for (var i = 0; i < pairs.Count; i++)
            {
                if (alignments[i] is not { } chunks)
                {
                    continue;
                }

                for (var k = 0; k < chunks.Length; k++)
                {
                    var letter = pairs[i].Arabic[k];
                    counts[(letter, chunks[k])] = counts.GetValueOrDefault((letter, chunks[k])) + 1;
                    totals[letter] = totals.GetValueOrDefault(letter) + 1;
                }
            }

            probability = counts.ToDictionary(c => c.Key, c => (double)c.Value / totals[c.Key.Item1]);
        }

        var contexts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Count; i++)
        {
            if (alignments![i] is not { } chunks)
            {
                continue;
            }

            var word = pairs[i].Arabic;
            for (var k = 0; k < word.Length; k++)
            {
                foreach (var mask in Romanizer.Backoff)
                {
                    var key = Romanizer.Key(word, k, mask);
                    if (!contexts.TryGetValue(key, out var written))
                    {
                        contexts[key] = written = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    written[chunks[k]] = written.GetValueOrDefault(chunks[k]) + 1;
                }
            }
        }

        return contexts
            .Where(c => c.Value.Values.Sum() >= MinContextCount || c.Key.Count(k => k == Romanizer.Any) == 2 * Romanizer.Reach)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, Best: c.Value.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key))
            .Select(c => c.Best.Length == 0 ? c.Key : $"{c.Key}\t{c.Best}")
            .ToList();
    }

    /// <summary>The Latin chunk each Arabic letter wrote, by the best-scoring monotone alignment; null when none fits.</summary>
    private static string[]? Align(string arabic, string latin, Dictionary<(char, string), double>? probability)
    {
        var n = arabic.Length;
        var m = latin.Length;
        var best = new double[n + 1, m + 1];
        var back = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                best[i, j] = double.NegativeInfinity;
            }
        }

        best[0, 0] = 0;
        for (var i = 1; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                for (var k = 0; k <= Math.Min(MaxChunk, j); k++)
                {
                    if (double.IsNegativeInfinity(best[i - 1, j - k]))
                    {
                        continue;
                    }

                    var score = best[i - 1, j - k] + Score(arabic[i - 1], latin.Substring(j - k, k), probability);
                    if (score > best[i, j])
                    {
                        best[i, j] = score;
                        back[i, j] = k;
                    }
                }
            }
        }

        if (double.IsNegativeInfinity(best[n, m]))
        {
            return null;
        }

        var chunks = new string[n];
        for (int i = n, j = m; i > 0; i--)
        {
            var k = back[i, j];
            chunks[i - 1] = latin.Substring(j - k, k);
            j -= k;
        }

        return chunks;
    }

    private static double Score(char letter, string chunk, Dictionary<(char, string), double>? probability)
    {
        if (probability is not null)
        {
            return Math.Log(probability.GetValueOrDefault((letter, chunk), 1e-6));
        }

        var length = chunk.Length switch { 0 => -2.0, 1 => 0, 2 => -0.5, 3 => -1.5, _ => -3 };
        var seeded = Seed.TryGetValue(letter, out var outputs) && outputs.Any(o => o.Length == 0 ? chunk.Length == 0 : chunk.StartsWith(o, StringComparison.Ordinal));
        return length + (seeded ? 0 : -3);
    }

    private static List<(string Arabic, string Latin)> Pairs(string path) =>
        File.ReadLines(path)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length >= 2)
            .Select(f => (Romanizer.Letters(f[0].Trim()), new string(f[1].Trim().ToLowerInvariant().Where(char.IsAsciiLetter).ToArray())))
            .Where(p => p.Item1.Length > 0 && p.Item2.Length > 0 && p.Item2.Length <= MaxChunk * p.Item1.Length)
            .ToList();

    /// <summary>Levenshtein distance.</summary>
    internal static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
