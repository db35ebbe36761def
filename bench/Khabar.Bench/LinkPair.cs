using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;

namespace Khabar.Bench;

/// <summary>
/// <c>link-pair A B</c>: two texts as two articles of one day, what the linker sees of them: each profile's terms (as the
/// words that gave them), index and name terms, the link features, the event and story models' probabilities and the link
/// made. Why two headlines of one event do or do not meet.
/// </summary>
internal static class LinkPair
{
    public static int Run(string[] args)
    {
        var weights = TermWeights.Default;
        var day = new DateTimeOffset(2025, 3, 9, 10, 0, 0, TimeSpan.Zero);
        var (x, y) = (Article("a", args[0]), Article("b", args[1]));
        var words = new Dictionary<ulong, string>();
        foreach (var text in args.Take(2))
        {
            foreach (var term in ContentTerms.Of(text, weights).Terms)
            {
                words.TryAdd(term.Key, text.Substring(term.Start, term.Length));
            }
        }

        string Show(ulong[] terms) => string.Join(' ', terms.Select(t => words.GetValueOrDefault(t, "?")));
        foreach (var article in new[] { x, y })
        {
            var p = article.Profile;
            Console.WriteLine($"{article.Id}: terms {Show(p.Terms)}\n   index {Show(p.IndexTerms)} | names {Show(p.NameTerms)}");
            Console.WriteLine($"   weights {string.Join(' ', p.Terms.Select(t => words.GetValueOrDefault(t, "?") + ":" + weights.Of(t).ToString("F1", CultureInfo.InvariantCulture)))}");
        }

        var cosine = x.Profile.Similarity(y.Profile);
        var features = LinkFeatures.Of(x, y, cosine);
        var models = LinkModels.Default;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shared terms {Show([.. x.Profile.Terms.Intersect(y.Profile.Terms)])}\nfeatures {string.Join("  ", LinkFeatures.Names.Select((n, i) => $"{n} {features[i]:F2}"))}\nevent p {models.Event.Probability(features):F2}, story p {models.Story.Probability(features):F2}"));
        var link = new StoryLinker().Link(x, y, nearDuplicateCandidate: true);
        Console.WriteLine(link is null ? "no link" : $"link: {link.Kind}");
        return 0;

        AssignArticle Article(string id, string text)
        {
            var terms = ContentTerms.Of(text, weights);
            return new AssignArticle(id, day, id, ArticleProfile.Of(null, terms, weights));
        }
    }
}
