using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Domain;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Core.Store;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Pipeline;

public class DerivedRefreshTests
{
    private static readonly ArticlePreparation Preparation = new(PipelineParts.BuiltIn().Analyzer);

    private static Article Stored(string id, string raw, string clean) => new()
    {
        Id = id, Origin = id + ".txt", Format = "text", RawText = raw, CleanText = clean, ContentHash = ContentHash.Of(clean),
    };

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Recomputes_analyses_of_an_older_version_and_nothing_else(string kind)
    {
        using var store = TestStores.Open(kind);
        const string text = "وصل الوفد إلى العقبة. وبدأت المحادثات.";
        store.Write([new ArticleToStore(Stored("a", text, text), [
            new DerivedRecord(DerivedCodec.CleaningKind, ArticleCleaner.Version, "[]"u8.ToArray()),
            new DerivedRecord(DerivedCodec.AnalysisKind, ArticleAnalyzer.Version - 1, [0])])]);

        var first = new DerivedRefresh(store, Preparation).Run();
        var second = new DerivedRefresh(store, Preparation).Run();

        var analysis = DerivedCodec.ReadAnalysis(store.GetDerived("a", DerivedCodec.AnalysisKind, ArticleAnalyzer.Version)!);
        Assert.Equal(2, analysis.Sentences.Count);
        Assert.Equal(new RefreshTally(0, 0, 1), first);
        Assert.Equal(new RefreshTally(0, 0, 0), second);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_new_cleaner_version_derives_clean_text_again_and_starts_the_stories_over(string kind)
    {
        using var store = TestStores.Open(kind);
        const string raw = "<p>وصل الوفد إلى العقبة صباح اليوم.</p>\nاقرأ أيضاً: الوفد يغادر عمّان";
        // As an older cleaner left it: the promo line kept, and an old cleaning record.
        store.Write([new ArticleToStore(Stored("a", raw, raw), [new DerivedRecord(DerivedCodec.CleaningKind, ArticleCleaner.Version - 1, "[]"u8.ToArray())])]);
        new Core.Assign.StoryAssignment(store, PipelineParts.BuiltIn().Weights).Run(); // a story made from the old text
        var storyBefore = Assert.Single(store.Stories());
        store.Write([new ArticleToStore(Stored("b", "نص آخر لا صلة له بالخبر الأول عن الطقس.", "نص آخر لا صلة له بالخبر الأول عن الطقس."), [])]);

        var tally = new KhabarPipeline(store, PipelineParts.BuiltIn()).CatchUp();

        var article = store.Find("a")!;
        Assert.DoesNotContain("<p>", article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("اقرأ أيضاً", article.CleanText, StringComparison.Ordinal);
        Assert.Equal(ContentHash.Of(article.CleanText), article.ContentHash);
        Assert.Equal(2, tally.Refreshed.Recleaned);     // a's old record and b's missing one
        Assert.Equal(1, tally.Refreshed.CleanTextChanged);
        Assert.Empty(store.Stale(DerivedCodec.CleaningKind, ArticleCleaner.Version));
        Assert.Equal(2, tally.Assigned.Articles);        // every article assigned again, from the new text
        Assert.Equal(2, store.Stories().Count);
        Assert.Contains(store.Stories(), s => s.Articles.SequenceEqual(storyBefore.Articles));
        Assert.Empty(store.StaleConsolidations(Core.Consolidate.StoryConsolidator.Stamp));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_new_cleaner_version_cleans_a_stored_title_again(string kind)
    {
        using var store = TestStores.Open(kind);
        const string text = "قال وزير الداخلية التركي إن التحقيق في تفجير سروج كشف هوية المنفذ.";
        // Stored by a cleaner that left the title's character references as the feed gave them.
        store.Write([new ArticleToStore(Stored("a", text, text) with { Title = "داود أوغلو يتوعد بعد &#8220;تفجير سروج&#8221;" },
            [new DerivedRecord(DerivedCodec.CleaningKind, ArticleCleaner.Version - 1, "[]"u8.ToArray())])]);

        var tally = new DerivedRefresh(store, Preparation).Run();

        Assert.Equal(1, tally.Recleaned);
        Assert.Equal(0, tally.CleanTextChanged);
        Assert.Equal("داود أوغلو يتوعد بعد “تفجير سروج”", store.Find("a")!.Title);
    }
}
