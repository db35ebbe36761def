using System.Globalization;
using System.Text;
using Khabar.Text.Transliterate;

namespace Khabar.Bench;

/// <summary>
/// <c>translit-words [DIR] [--min N] [--share S] [--test TSV] [--write]</c>: the whole-word spellings of
/// <see cref="Romanizer.WithWords"/>. From the aligned name pairs under DIR (wikidata-names, with how often each pair
/// was seen, and google-ar2en's training pairs, once each), each Arabic word's commonest Latin spelling, kept when the
/// word was seen at least N times and that spelling makes up at least S of them. Scored against names whose Latin
/// form is known from elsewhere (<c>bench/data/romanization/snn-persons.tsv</c>: people of SaudiNewsNet's stories named
/// by the project's lists, which the pairs never saw): the share of words and of whole names written exactly as the
/// list writes them (letter case aside), and the character error rate, with the letter table alone and with the words;
/// every other name is dev, on which the settings were chosen, the rest held out.
/// </summary>
internal static class TransliterationWords
{
    private const string OutPath = "src/Khabar.Text/Resources/romanization-words.txt";
    private const string TestPath = "bench/data/romanization/snn-persons.tsv";

    public static int Run(string[] args)
    {
        var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && Directory.Exists(a)) ?? Path.Combine("..", "shared", "data", "transliteration");
        var min = int.Parse(NerTraining.Option(args, "--min") ?? "1", CultureInfo.InvariantCulture);
        var share = double.Parse(NerTraining.Option(args, "--share") ?? "0.3", CultureInfo.InvariantCulture);
        var seen = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Add(string arabic, string latin, int count)
        {
            var letters = Romanizer.Letters(arabic);
            var spelt = Plain(latin);
            if (letters.Length < 2 || spelt.Length < 2)
            {
                return;
            }

            if (!seen.TryGetValue(letters, out var spellings))
            {
                seen[letters] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            spellings[spelt] = spellings.GetValueOrDefault(spelt) + count;
        }

        foreach (var line in File.ReadLines(Path.Combine(root, "wikidata-names", "data", "wd_arabic.normalized.aligned.tokens")))
        {
            if (line.Split('\t') is [var latin, var arabic, var count, ..])
            {
                Add(arabic.Replace(" ", "", StringComparison.Ordinal), latin, int.Parse(count, CultureInfo.InvariantCulture));
            }
        }

        foreach (var line in File.ReadLines(Path.Combine(root, "google-ar2en", "ar2en-train.txt")))
        {
            if (line.Split('\t') is [var arabic, var latin, ..])
            {
                Add(arabic, latin, 1);
            }
        }

        var words = new List<string>();
        foreach (var (arabic, spellings) in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = spellings.Values.Sum();
            var (best, count) = spellings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
            if (total >= min && count >= share * total)
            {
                words.Add($"{arabic}\t{char.ToUpperInvariant(best[0])}{best[1..]}");
            }
        }

        Console.WriteLine($"{seen.Count:N0} Arabic words seen, {words.Count:N0} kept (seen {min}+ times, commonest spelling {share:P0}+)");
        var table = Romanizer.Default;
        var withWords = table.WithWords(words);
        var lettersOnly = table.WithWords([]);
        var test = NerTraining.Option(args, "--test") ?? TestPath;
        if (File.Exists(test))
        {
            var pairs = File.ReadLines(test).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Where(f => f.Length >= 2).Select(f => (Arabic: f[0], Latin: f[1])).ToList();
            // Every other name is dev (the settings were chosen on it); the rest held out.
            foreach (var (set, part) in new[] { ("dev", pairs.Where((_, i) => i % 2 == 0).ToList()), ("held out", pairs.Where((_, i) => i % 2 == 1).ToList()) })
            {
                Score($"{set}, letter table alone", lettersOnly, part);
                Score($"{set}, with whole words", withWords, part);
            }
        }

        if (args.Contains("--write"))
        {
            File.WriteAllLines(OutPath, ["# Whole-word romanizations (Romanizer.WithWords): arabic TAB latin, each word's commonest Latin spelling in wikidata-names", "# (CC0) and google-ar2en's training pairs (Apache 2.0). Rebuilt by `Khabar.Bench translit-words --write`.", .. words]);
            Console.WriteLine($"wrote {OutPath}");
        }

        return 0;
    }

    /// <summary>Lower-case ASCII letters of a Latin spelling, accents taken off («Fayçal» → «faycal»).</summary>
    private static string Plain(string latin)
    {
        var plain = new StringBuilder(latin.Length);
        foreach (var c in latin.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        return plain.ToString();
    }

    private static void Score(string what, Romanizer romanizer, List<(string Arabic, string Latin)> pairs)
    {
        int words = 0, wordsRight = 0, namesRight = 0;
        double errors = 0, letters = 0;
        foreach (var (arabic, latin) in pairs)
        {
            var guess = romanizer.Of(arabic) ?? "";
            var guessed = guess.Split(' ');
            var known = latin.Split(' ');
            namesRight += string.Equals(Plain(guess), Plain(latin), StringComparison.Ordinal) ? 1 : 0;
            for (var i = 0; i < Math.Min(guessed.Length, known.Length); i++)
            {
                words++;
                wordsRight += string.Equals(Plain(guessed[i]), Plain(known[i]), StringComparison.Ordinal) ? 1 : 0;
            }

            errors += TransliterationTraining.Distance(Plain(guess), Plain(latin));
            letters += Plain(latin).Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: names exact {(double)namesRight / pairs.Count:P1}, words exact {(double)wordsRight / words:P1}, character error rate {errors / letters:P1} ({pairs.Count} names)"));
    }
}
