using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>fact-band DB LOW HIGH [--sample N] [--seed S] [--leads] [--short K]</c>: the sentence pairs of two outlets (not the same text) in the
/// stored stories of DB whose similarity lies in [LOW, HIGH): how many there are, and N of them at random to read,
/// each with its two sentences (<c>--leads</c>: only pairs of two articles' first sentences; <c>--short K</c>: only pairs of
/// sentences of at most K keys each). What a change of <see cref="FactAligner.PairThreshold"/> would join or part.
/// </summary>
internal static class FactBand
{
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !File.Exists(args[0])
            || !double.TryParse(args[1], CultureInfo.InvariantCulture, out var low) || !double.TryParse(args[2], CultureInfo.InvariantCulture, out var high))
        {
            Console.Error.WriteLine($"fact-band: usage: fact-band DB LOW HIGH [--sample N] [--seed S] [--leads] [--short K], DB a stored corpus{(args.Length > 0 && !File.Exists(args[0]) ? $" ('{args[0]}' is no file)" : "")}");
            return 2;
        }

        var sample = int.Parse(NerTraining.Option(args, "--sample") ?? "30", CultureInfo.InvariantCulture);
        var seed = int.Parse(NerTraining.Option(args, "--seed") ?? "20261205", CultureInfo.InvariantCulture);
        var leads = args.Contains("--leads");
        var shortKeys = NerTraining.Option(args, "--short") is { } k ? int.Parse(k, CultureInfo.InvariantCulture) : int.MaxValue;
        using var store = SqliteArticleStore.OpenForReading(args[0]);
        var parts = PipelineParts.BuiltIn();
        var paraphrases = Paraphrases.Load();
        var found = new List<(string Story, string A, string B, double Similarity)>();
        var all = 0;
        foreach (var story in store.Stories().Where(s => s.Articles.Count >= 2).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var articles = StoredStoryArticles.Of(store, story);
            if (articles.Select(a => a.Article.Source).Distinct().Count() < 2)
            {
                continue;
            }

            var text = StoryText.Of(articles, parts.Weights, paraphrases);
            FactAligner.Align(text, out var pairs);
            foreach (var (a, b, similarity) in pairs.All)
            {
                var (sa, sb) = (text.Sentences[a], text.Sentences[b]);
                var (xa, xb) = (text.Articles[sa.Article].Article, text.Articles[sb.Article].Article);
                if (string.Equals(xa.Source, xb.Source, StringComparison.Ordinal) || xa.ContentHash == xb.ContentHash
                    || (leads && (sa.Local != 0 || sb.Local != 0))
                    || text.KeysOf(sa).Length > shortKeys || text.KeysOf(sb).Length > shortKeys)
                {
                    continue;
                }

                all++;
                if (similarity >= low && similarity < high)
                {
                    found.Add((story.Id, text.TextOf(sa).ToString(), text.TextOf(sb).ToString(), similarity));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{found.Count:N0} pairs of two outlets in [{low}, {high}) of {all:N0} kept pairs"));
        var random = new Random(seed);
        foreach (var (story, a, b, similarity) in found.OrderBy(_ => random.Next()).Take(sample))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{story}\t{similarity:F3}\n  A: {a}\n  B: {b}"));
        }

        return 0;
    }
}
