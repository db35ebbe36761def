using Khabar.Core.Analyze;
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
