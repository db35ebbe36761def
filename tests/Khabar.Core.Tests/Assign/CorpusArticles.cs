using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;

namespace Khabar.Core.Tests.Assign;

/// <summary>The demo corpus and the seeds, read and prepared as ingest would, with content terms and profiles.</summary>
internal static class CorpusArticles
{
    public sealed record Item(PreparedArticle Prepared, ContentTerms Terms, AssignArticle Assign)
    {
        public string Id => Prepared.Article.Id;
    }

    public static IReadOnlyList<Item> Samples() => Read(SharedData.Samples);

    public static IReadOnlyList<Item> Seeds() => Read(SharedData.Seeds!);

    public static IReadOnlyList<Item> Read(string folder) =>
        [.. ArticleSource.Read([folder], IngestOptions.Default)
            .Select(i => i.Article).OfType<RawArticle>()
            .Select(new ArticlePreparation(PipelineParts.BuiltIn().Analyzer).Prepare)
            .Select(p =>
            {
                var terms = ContentTerms.Of(p.Article.CleanText);
                var profile = ArticleProfile.Of(p.Article.Title, terms, TermWeights.Default);
                return new Item(p, terms, new AssignArticle(p.Article.Id, p.Article.Published, p.Article.ContentHash, profile));
            })];

    /// <summary>Seed ids start with their number (000_…): the short form the issue uses.</summary>
    public static string Short(string id) => id.Length > 3 && id[3] == '_' ? id[..3] : id;
}
