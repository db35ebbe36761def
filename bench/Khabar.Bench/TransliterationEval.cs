using System.Globalization;
using System.Text;
using Khabar.Text.Transliterate;

namespace Khabar.Bench;

/// <summary>
/// <c>translit DIR [--show SET N]</c>: how often the name keys of an Arabic name and its Latin spelling agree
/// (equal, within edit distance 1), and how often they collide for random non-matching pairs, on the
/// transliteration sets under DIR (google-ar2en, wikidata-names).
/// </summary>
internal static class TransliterationEval
{
    private const int Seed = 20240611;
    private const int Shuffles = 5;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Khabar.Bench translit DIR [--show SET N]   (DIR holds google-ar2en/ and wikidata-names/)");
            return 2;
        }

        var root = args[0];
        string? show = null;
        var showCount = 0;
        if (args.Length >= 4 && args[1] == "--show")
        {
            show = args[2];
            showCount = int.Parse(args[3], CultureInfo.InvariantCulture);
        }

        var google = Path.Combine(root, "google-ar2en");
        var wikidata = Path.Combine(root, "wikidata-names", "data");
        var sets = new (string Name, string Path, bool Wikidata)[]
        {
            ("ar2en-train", Path.Combine(google, "ar2en-train.txt"), false),
            ("ar2en-eval", Path.Combine(google, "ar2en-eval.txt"), false),
            ("wd-64 (train)", Path.Combine(wikidata, "wd_arabic_64"), true),
            ("wd-16 (dev)", Path.Combine(wikidata, "wd_arabic_16"), true),
            ("wd-20 (test)", Path.Combine(wikidata, "wd_arabic_20"), true),
            ("wd-all", Path.Combine(wikidata, "wd_arabic.normalized.aligned.tokens"), true),
        };

        Console.WriteLine($"{"set",-14} {"pairs",7} {"equal",7} {"<=1",7} {"rnd eq",7} {"rnd<=1",7}");
        foreach (var (name, path, isWikidata) in sets)
        {
            if (!File.Exists(path))
            {
                Console.WriteLine($"{name,-14} missing: {path}");
                continue;
            }

            var pairs = Load(path, isWikidata);
            var failures = Evaluate(name, pairs);
            if (show is not null && name.StartsWith(show, StringComparison.Ordinal))
            {
                ShowFailures(failures, showCount);
            }
        }

        return 0;
    }

    private static List<(string Arabic, string Latin)> Load(string path, bool isWikidata)
    {
        var pairs = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            pairs.Add(isWikidata ? (fields[1].Replace(" ", "", StringComparison.Ordinal), fields[0]) : (fields[0], fields[1]));
        }

        return pairs;
    }

    private static List<(string Arabic, string Latin, string ArabicKey, string LatinKey)> Evaluate(
        string name, List<(string Arabic, string Latin)> pairs)
    {
        var arabicKeys = new string[pairs.Count];
        var latinKeys = new string[pairs.Count];
        int equal = 0, near = 0;
        var failures = new List<(string, string, string, string)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            arabicKeys[i] = NameKey.Of(pairs[i].Arabic);
            latinKeys[i] = NameKey.Of(pairs[i].Latin);
            var distance = NameKey.Distance(arabicKeys[i], latinKeys[i]);
            equal += distance == 0 ? 1 : 0;
            near += distance <= 1 ? 1 : 0;
            if (distance > 0)
            {
                failures.Add((pairs[i].Arabic, pairs[i].Latin, arabicKeys[i], latinKeys[i]));
            }
        }

        var random = new Random(Seed);
        var order = new int[pairs.Count];
        long trials = 0, randomEqual = 0, randomNear = 0;
        for (var round = 0; round < Shuffles; round++)
        {
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            random.Shuffle(order);
            for (var i = 0; i < order.Length; i++)
            {
                var j = order[i];
                if (string.Equals(pairs[i].Latin, pairs[j].Latin, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(pairs[i].Arabic, pairs[j].Arabic, StringComparison.Ordinal))
                {
                    continue;
                }

                trials++;
                var distance = NameKey.Distance(arabicKeys[i], latinKeys[j]);
                randomEqual += distance == 0 ? 1 : 0;
                randomNear += distance <= 1 ? 1 : 0;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-14} {pairs.Count,7} {Percent(equal, pairs.Count),7} {Percent(near, pairs.Count),7} {Percent(randomEqual, trials),7} {Percent(randomNear, trials),7}"));
        return failures;
    }

    private static void ShowFailures(List<(string Arabic, string Latin, string ArabicKey, string LatinKey)> failures, int count)
    {
        var random = new Random(Seed);
        var output = new StringBuilder();
        for (var k = 0; k < count && failures.Count > 0; k++)
        {
            var (arabic, latin, arabicKey, latinKey) = failures[random.Next(failures.Count)];
            output.Append(CultureInfo.InvariantCulture, $"  {arabic}\t{latin}\t{arabicKey}\t{latinKey}\n");
        }

        Console.Write(output.ToString());
    }

    private static string Percent(long part, long whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
