using System.Globalization;
using Khabar.Storage.Sqlite;
using Khabar.Core.Consolidate;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;

namespace Khabar.Bench;

/// <summary><c>facts FILE...</c>: the sentence pairs of the files that look alike, and the facts they make.</summary>
internal static class FactProbe
{
    public static int Run(string[] args)
    {
        var articles = ArticleSource.Read(args, IngestOptions.Default).Select(i => i.Article).OfType<RawArticle>()
            .Select(new ArticlePreparation(PipelineParts.BuiltIn().Analyzer).Prepare).Select(p => new StoryArticle(p.Article, p.Analysis)).ToList();
        var story = StoryText.Of(articles, PipelineParts.BuiltIn().Weights, Paraphrases.Load());
        var facts = FactAligner.Align(story, out var similarities);
        foreach (var (a, b, similarity) in similarities.All.OrderByDescending(p => p.Similarity))
        {
            Console.WriteLine($"{similarity:F2}  {Name(story, a)} ~ {Name(story, b)}  {Excerpt(story, a)} ~ {Excerpt(story, b)}");
        }

        var values = DatedValue.Of(story);
        foreach (var (a, b, similarity) in similarities.All.Where(p => p.Similarity >= 0.2).OrderBy(p => p.A))
        {
            foreach (var x in values[a])
            {
                foreach (var y in values[b])
                {
                    Console.WriteLine($"slot {Name(story, a)} «{x.Expression.Text}» events {x.Slot.NamesEvent} ~ {Name(story, b)} «{y.Expression.Text}» events {y.Slot.NamesEvent}: same {x.SameSlot(y)} (similarity {similarity:F2})");
                }
            }
        }

        foreach (var fact in facts.Where(f => f.Length > 1))
        {
            Console.WriteLine($"== fact of {fact.Length}");
            foreach (var s in fact)
            {
                Console.WriteLine($"   {Name(story, s)} {Excerpt(story, s)}");
            }
        }

        return 0;
    }

    private static string Name(StoryText story, int s) => $"{story.Sentences[s].Article}.{story.Sentences[s].Local}";

    private static string Excerpt(StoryText story, int s)
    {
        var text = story.TextOf(story.Sentences[s]).ReplaceLineEndings(" ");
        return text.Length > 60 ? text[..60] : text;
    }
}

/// <summary>
/// <c>fact-band DB LOW HIGH [--sample N] [--seed S] [--leads]</c>: the sentence pairs of two outlets (not the same text) in the
/// stored stories of DB whose similarity lies in [LOW, HIGH): how many there are, and N of them at random to read,
/// each with its two sentences (<c>--leads</c>: only pairs of two articles' first sentences). What a change of <see cref="FactAligner.PairThreshold"/> would join or part.
/// </summary>
internal static class FactBand
{
    public static int Run(string[] args)
    {
        var low = double.Parse(args[1], CultureInfo.InvariantCulture);
        var high = double.Parse(args[2], CultureInfo.InvariantCulture);
        var sample = int.Parse(NerTraining.Option(args, "--sample") ?? "30", CultureInfo.InvariantCulture);
        var seed = int.Parse(NerTraining.Option(args, "--seed") ?? "20261205", CultureInfo.InvariantCulture);
        var leads = args.Contains("--leads");
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
                    || (leads && (sa.Local != 0 || sb.Local != 0)))
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

        Console.WriteLine($"{found.Count:N0} pairs of two outlets in [{low}, {high}) of {all:N0} kept pairs");
        var random = new Random(seed);
        foreach (var (story, a, b, similarity) in found.OrderBy(_ => random.Next()).Take(sample))
        {
            Console.WriteLine($"{story}\t{similarity:F3}\n  A: {a}\n  B: {b}");
        }

        return 0;
    }
}
