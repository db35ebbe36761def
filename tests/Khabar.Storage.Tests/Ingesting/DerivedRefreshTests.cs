using Khabar.Core.Analyze;
using Khabar.Core.Domain;
using Khabar.Storage.Ingesting;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Ingesting;

public class DerivedRefreshTests
{
    [Fact]
    public void Recomputes_analyses_of_an_older_version_and_nothing_else()
    {
        using var store = SqliteArticleStore.Open(":memory:");
        const string text = "وصل الوفد إلى العقبة. وبدأت المحادثات.";
        var article = new Article
        {
            Id = "a", Origin = "a.txt", Format = "text", RawText = text, CleanText = text, ContentHash = ContentHash.Of(text),
        };
        store.Write([new ArticleToStore(article, [new DerivedRecord(DerivedCodec.AnalysisKind, ArticleAnalyzer.Version - 1, [0])])]);

        var first = DerivedRefresh.Run(store);
        var second = DerivedRefresh.Run(store);

        var analysis = DerivedCodec.ReadAnalysis(store.GetDerived("a", DerivedCodec.AnalysisKind, ArticleAnalyzer.Version)!);
        Assert.Equal(2, analysis.Sentences.Count);
        Assert.Equal(2, first);   // the stale analysis and the missing cleaning record
        Assert.Equal(0, second);
    }
}
