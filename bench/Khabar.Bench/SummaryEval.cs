using System.Globalization;
using System.Text;
using Khabar.Core.Clean;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Pipeline;
using Khabar.Text.Normalize;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>
/// <c>summary-eval [SAUDINEWSNET] [--articles N] [--words W|auto] [--wrap COLUMNS] [--no-unwrap]</c>: each SaudiNewsNet article alone as
/// a story, its summary of W words (default 80) against the first W words of its clean text (the lead baseline), both
/// scored by ROUGE-1 and ROUGE-2 recall of the article's own title. The title is the one summary a person wrote for
/// every SaudiNewsNet article; it is short, so recall of its words measures whether a summary holds what the outlet
/// thought the news was. Articles at even positions (in the corpus's file order) are dev, odd ones held out.
/// <c>--wrap</c> breaks each article's lines at that width first, as mail and archive copies are; <c>--no-unwrap</c>
/// cleans without joining them again. <c>--stories DB LABELS.tsv</c> scores the summaries of hand-labelled stories instead
/// (<see cref="Stories"/>).
/// </summary>
internal static class SummaryEval
{
    public static int Run(string[] args)
    {
        if (NerTraining.Option(args, "--stories") is { } db)
        {
            return Stories(db, [.. args.Where(a => a.EndsWith(".tsv", StringComparison.Ordinal))], WordsOption(args));
        }

        var count = int.Parse(NerTraining.Option(args, "--articles") ?? "4000", CultureInfo.InvariantCulture);
        var words = WordsOption(args);
        var wrap = NerTraining.Option(args, "--wrap") is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : 0;
        var articles = SaudiNewsNetCorpus.Titled(SaudiNewsNetCorpus.FolderFrom(args)).Where(a => a.Title.Length > 0).Take(count).ToList();
        var parts = PipelineParts.BuiltIn();
        HardWrap.Enabled = !args.Contains("--no-unwrap");
        var scores = new double[2, 3, 2];   // [dev/held out, khabar/lead/lead sentences, rouge-1/rouge-2]
        var counts = new int[2];
        var length = new long[2];
        var firstIsLead = 0;
        var lockObject = new object();
        Parallel.For(0, articles.Count, i =>
        {
            var (title, content) = articles[i];
            var raw = wrap > 0 ? UnwrapCheck.Wrap(content, wrap) : content;
            var clean = ArticleCleaner.Clean(raw).Text;
            var analysis = parts.Analyzer.Analyze(clean);
            var article = new Article
            {
                Id = $"snn-{i}",
                Origin = "saudinewsnet",
                Format = "text",
                RawText = raw,
                CleanText = clean,
                ContentHash = i.ToString(CultureInfo.InvariantCulture),
            };
            var story = parts.Consolidator.Consolidate([new StoryArticle(article, analysis)], [], []);
            var summary = string.Join(' ', story.SummaryOf(words).Select(s => s.Text));
            // Without a length asked for, each baseline takes as many words as Khabar's summary of that article.
            var budget = words ?? Words(summary).Count;
            var lead = string.Join(' ', clean.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(budget));
            var leadSentences = new StringBuilder();
            var taken = 0;
            foreach (var sentence in analysis.Sentences)
            {
                var text = clean.Substring(sentence.Start, sentence.Length);
                var count = Words(text).Count;
                if (count < 6 || !Summarizer.Ends(text))
                {
                    continue;
                }

                if (taken > 0 && taken + count > budget)
                {
                    break;
                }

                leadSentences.Append(text).Append(' ');
                taken += count;
            }

            var reference = Words(title);
            var part = i % 2;
            lock (lockObject)
            {
                counts[part]++;
                length[0] += Words(summary).Count;
                length[1] += Words(lead).Count;
                firstIsLead += story.SummaryOf(words).FirstOrDefault() is { } first && clean.TrimStart().StartsWith(first.Text, StringComparison.Ordinal) ? 1 : 0;
                foreach (var (system, text) in new[] { (0, summary), (1, lead), (2, leadSentences.ToString()) })
                {
                    var candidate = Words(text);
                    scores[part, system, 0] += Recall(reference, candidate, 1);
                    scores[part, system, 1] += Recall(reference, candidate, 2);
                }
            }
        });

        Console.WriteLine($"{articles.Count:N0} SaudiNewsNet articles, each its own story; summaries of {Length(words)}{(wrap > 0 ? $", lines wrapped at {wrap} columns" : "")}; recall of the title's words");
        Console.WriteLine($"words per summary: khabar {(double)length[0] / articles.Count:F1}, lead {(double)length[1] / articles.Count:F1}; khabar's first sentence is the article's first in {(double)firstIsLead / articles.Count:P1}");
        Console.WriteLine("part       articles  system     ROUGE-1  ROUGE-2");
        foreach (var part in new[] { 0, 1 })
        {
            foreach (var (system, name) in new[] { (0, "khabar"), (1, "lead"), (2, "lead sentences") })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(part == 0 ? "dev" : "held out"),-9}  {counts[part],8}  {name,-8}  {scores[part, system, 0] / counts[part],7:F3}  {scores[part, system, 1] / counts[part],7:F3}"));
            }
        }

        return 0;
    }

    /// <summary>
    /// <c>summary-eval --stories DB LABELS.tsv...</c>: each hand-labelled story of at least 3 articles from at least 2
    /// outlets (<c>bench/data/story-labels</c>), its stored articles consolidated together; its summary against the first
    /// W words of its earliest article and of its latest one (the multi-document lead baselines), scored by ROUGE recall
    /// of every one of its articles' titles (the titles are not in the text the summary is made from), averaged over
    /// the titles, then over the stories.
    /// </summary>
    private static int Stories(string db, List<string> labelFiles, int? words)
    {
        using var store = Khabar.Storage.Sqlite.SqliteArticleStore.OpenForReading(db);
        var parts = PipelineParts.BuiltIn();
        var byUrl = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in store.Articles())
        {
            if (article.Url is { } url)
            {
                byUrl.TryAdd(url, article);
            }
        }

        Console.WriteLine($"stories of 3 articles or more from 2 outlets or more; summaries of {Length(words)}; ROUGE recall of each article's title, averaged");
        Console.WriteLine("labels            stories  system          ROUGE-1  ROUGE-2");
        foreach (var file in labelFiles)
        {
            var stories = File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 4 && byUrl.ContainsKey(f[0]))
                .GroupBy(f => f[1]).Select(g => g.Select(f => byUrl[f[0]]).DistinctBy(a => a.ContentHash).ToList())
                .Where(g => g.Count >= 3 && g.Select(a => a.Source).Distinct().Count() >= 2 && g.Any(a => !string.IsNullOrWhiteSpace(a.Title))).ToList();
            var scores = new double[3, 2];
            foreach (var members in stories)
            {
                var articles = members.Select(a => store.GetDerived(a.Id, Khabar.Core.Store.DerivedCodec.AnalysisKind, Khabar.Core.Analyze.ArticleAnalyzer.Version) is { } payload
                    ? new StoryArticle(a, Khabar.Core.Store.DerivedCodec.ReadAnalysis(payload)) : null).OfType<StoryArticle>().ToList();
                var story = parts.Consolidator.Consolidate(articles, [], []);
                var ordered = members.OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
                var summary = string.Join(' ', story.SummaryOf(words).Select(s => s.Text));
                var budget = words ?? Words(summary).Count;
                string Lead(Article a) => string.Join(' ', a.CleanText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(budget));
                var systems = new[] { summary, Lead(ordered[0]), Lead(ordered[^1]) };
                var titles = members.Where(a => !string.IsNullOrWhiteSpace(a.Title)).Select(a => Words(a.Title!)).ToList();
                for (var system = 0; system < systems.Length; system++)
                {
                    var candidate = Words(systems[system]);
                    for (var n = 1; n <= 2; n++)
                    {
                        scores[system, n - 1] += titles.Average(t => Recall(t, candidate, n));
                    }
                }
            }

            foreach (var (system, name) in new[] { (0, "khabar"), (1, "earliest's lead"), (2, "latest's lead") })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(file),-16}  {stories.Count,7}  {name,-15}  {scores[system, 0] / stories.Count,7:F3}  {scores[system, 1] / stories.Count,7:F3}"));
            }
        }

        return 0;
    }

    /// <summary><c>--words W</c>: summaries of W words (default 80); <c>--words auto</c>, as long as each story calls for, the baselines as long as Khabar's summary.</summary>
    private static int? WordsOption(string[] args) =>
        NerTraining.Option(args, "--words") is "auto" ? null : int.Parse(NerTraining.Option(args, "--words") ?? "80", CultureInfo.InvariantCulture);

    private static string Length(int? words) => words is { } n ? $"{n} words" : "the story's own length (baselines as long)";

    /// <summary>Words of a text as match keys (letters and digits only).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
            {
                words.Add(MatchKey.Of(token.Of(text)));
            }
        }

        return words;
    }

    /// <summary>Share of the reference's n-grams (with repeats) that the candidate holds.</summary>
    private static double Recall(List<string> reference, List<string> candidate, int n)
    {
        var have = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= candidate.Count; i++)
        {
            var gram = string.Join(' ', candidate.Skip(i).Take(n));
            have[gram] = have.GetValueOrDefault(gram) + 1;
        }

        var total = 0;
        var found = 0;
        for (var i = 0; i + n <= reference.Count; i++)
        {
            total++;
            var gram = string.Join(' ', reference.Skip(i).Take(n));
            if (have.GetValueOrDefault(gram) > 0)
            {
                found++;
                have[gram]--;
            }
        }

        return total == 0 ? 0 : (double)found / total;
    }
}
