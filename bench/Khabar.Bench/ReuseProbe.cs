using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Reuse;

namespace Khabar.Bench;

/// <summary>
/// Prints, for every pair of the articles read from the given paths, the profile similarity (story linking),
/// the shingle Jaccard (near-duplicates) and the reuse alignment: score, verdict and aligned sentence passages.
/// Usage: <c>reuse PATH...</c>; a tool for tuning the thresholds by eye.
/// </summary>
internal static class ReuseProbe
{
    public static int Run(string[] args)
    {
        var articles = ArticleSource.Read(args, new IngestOptions())
            .Select(i => i.Article).OfType<RawArticle>().Select(new ArticlePreparation(PipelineParts.BuiltIn().Analyzer).Prepare).ToList();
        var terms = articles.Select(a => ContentTerms.Of(a.Article.CleanText)).ToList();
        var profiles = articles.Select((a, i) => ArticleProfile.Of(a.Article.Title, terms[i], TermWeights.Default)).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                var match = ReuseAligner.Align(terms[i], terms[j]);
                Console.WriteLine(
                    $"{articles[i].Article.Id} ~ {articles[j].Article.Id}: cosine {profiles[i].Similarity(profiles[j]):F3} " +
                    $"jaccard {Shingles.Jaccard(profiles[i].Shingles, profiles[j].Shingles):F3} reuse {match.Score:F3} " +
                    $"{(match.SharesCopy ? "COPY" : "topic")} passages {match.Passages.Count}");
                if (Environment.GetEnvironmentVariable("PROBE_MATRIX") is { } min)
                {
                    for (var x = 0; x < terms[i].SentenceKeys.Count; x++)
                    {
                        for (var y = 0; y < terms[j].SentenceKeys.Count; y++)
                        {
                            var s = terms[i].SentenceKeys.Similarity(x, terms[j].SentenceKeys, y);
                            if (s >= double.Parse(min, System.Globalization.CultureInfo.InvariantCulture))
                            {
                                Console.WriteLine($"      s{x}~s{y} {s:F2}");
                            }
                        }
                    }
                }

                foreach (var p in match.Passages)
                {
                    var a = articles[i].Article.CleanText.Substring(p.A.Start, p.A.Length);
                    var b = articles[j].Article.CleanText.Substring(p.B.Start, p.B.Length);
                    Console.WriteLine($"   {p.Similarity:F2} | {Clip(a)}\n        | {Clip(b)}");
                }
            }
        }

        return 0;
    }

    private static string Clip(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
