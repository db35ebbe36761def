using System.Globalization;
using System.Text;
using Khabar.Text;
using Khabar.Text.Transliterate;

namespace Khabar.Bench;

/// <summary>
/// <c>translit-words [DIR] [--min N] [--share S] [--test TSV] [--no-sound-filter] [--write]</c>: the whole-word spellings of
/// <see cref="Romanizer.WithWords"/>. From the aligned name pairs under DIR (wikidata-names, with how often each pair
/// was seen, and google-ar2en's training pairs, once each), each Arabic word's commonest Latin spelling, kept when the
/// word was seen at least N times, that spelling makes up at least S of them, and its sounds are the word's
/// (<see cref="SoundsAlike"/>; <c>--no-sound-filter</c> keeps translations too). Scored against names whose Latin
/// form is known from elsewhere (<c>bench/data/romanization/snn-persons.tsv</c>: people of SaudiNewsNet's stories named
/// by the project's lists, which the pairs never saw): the share of words and of whole names written exactly as the
/// list writes them (letter case aside), and the character error rate, with the letter table alone and with the words;
/// a person is dev (on which the settings were chosen) or held out by a hash of the Latin name.
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
        var filter = !args.Contains("--no-sound-filter");
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
            if (total >= min && count >= share * total && (!filter || SoundsAlike(arabic, best)))
            {
                words.Add($"{arabic}\t{char.ToUpperInvariant(best[0])}{best[1..]}\t{total}");
            }
        }

        Console.WriteLine($"{seen.Count:N0} Arabic words seen, {words.Count:N0} kept (seen {min}+ times, commonest spelling {share:P0}+)");
        var table = Romanizer.Default;
        var withWords = table.WithWords(words, "learnt");
        var lettersOnly = table.WithWords([], "none");
        var test = NerTraining.Option(args, "--test") ?? TestPath;
        if (File.Exists(test))
        {
            // One line per person (the first Arabic spelling of each Latin name); dev or held out by a hash of the
            // Latin name, so that no person is in both. How many names the pairs already spell (a word of them, as the
            // list does) is printed beside: the list helps exactly there.
            var pairs = File.ReadLines(test).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Where(f => f.Length >= 2)
                .Select(f => (Arabic: f[0], Latin: f[1])).DistinctBy(p => p.Latin, StringComparer.OrdinalIgnoreCase).ToList();
            bool Seen((string Arabic, string Latin) pair) => pair.Arabic.Split(' ').Any(w => seen.TryGetValue(Romanizer.Letters(w), out var s)
                && pair.Latin.Split(' ').Any(l => s.ContainsKey(Plain(l))));
            foreach (var (set, part) in new[] { ("dev", pairs.Where(p => Half(p.Latin) == 0).ToList()), ("held out", pairs.Where(p => Half(p.Latin) == 1).ToList()) })
            {
                Score($"{set}, letter table alone", lettersOnly, part);
                Score($"{set}, with whole words", withWords, part);
                Console.WriteLine($"{set}: {part.Count(Seen)} of {part.Count} names have a word the pairs spell as the list does");
            }
        }

        if (args.Contains("--write"))
        {
            File.WriteAllLines(OutPath, ["# Whole-word romanizations (Romanizer.WithWords): arabic TAB latin TAB times seen, each word's commonest Latin spelling in wikidata-names", "# (CC0) and google-ar2en's training pairs (Apache 2.0). Rebuilt by `Khabar.Bench translit-words --write`.", .. words]);
            Console.WriteLine($"wrote {OutPath}");
        }

        return 0;
    }

    /// <summary>
    /// Whether a spelling writes the word's sounds rather than translating it: the pairs also hold translated titles and
    /// words (الملكة → Queen, الثاني → II, من → Of), whose name keys differ from the Arabic's. Keys of up to three
    /// letters may differ by one edit, longer ones by one edit in two letters. A bound of one edit in three letters
    /// dropped 2,216 entries instead of 751, among them many right ones keyed apart by spelling habits (Trujillo, Karadzic).
    /// </summary>
    internal static bool SoundsAlike(string arabic, string latin)
    {
        var (a, b) = (NameKey.Of(arabic), NameKey.Of(latin));
        return NameKey.Distance(a, b) <= Math.Max(a.Length, b.Length) / 2;
    }

    /// <summary>0 for dev, 1 for held out: the parity of a stable hash of the Latin name.</summary>
    private static int Half(string latin) => (int)(TermHash.Of(Plain(latin)) % 2);

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
