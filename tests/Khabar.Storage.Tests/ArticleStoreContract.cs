using System.Text;
using Khabar.Core.Domain;
using Khabar.Core.Ports;

namespace Khabar.Storage.Tests;

/// <summary>What every <see cref="IArticleStore"/> must do, run on each store (<see cref="TestStores"/>).</summary>
public class ArticleStoreContract
{
    internal static Article MakeArticle(string id, string text, string? source = null) => new()
    {
        Id = id,
        Origin = $"inbox/{id}.txt",
        Format = "text",
        Title = "افتتاح خط السكك الحديدية",
        Source = source,
        Url = source is null ? null : $"https://{source}.example/{id}",
        Published = new DateTimeOffset(2025, 10, 14, 9, 30, 0, TimeSpan.FromHours(3)),
        RawText = text + "\n/>",
        CleanText = text,
        ContentHash = ContentHash.Of(text),
    };

    private static ArticleToStore Plain(Article article) => new(article, []);

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Round_trips_every_field(string kind)
    {
        using var store = TestStores.Open(kind);
        var article = MakeArticle("rail-1", "افتتح الوزير اليوم الثلاثاء خط السكك الحديدية الجديد.", "alofoq");

        var writes = store.Write([Plain(article)]);

        Assert.Equal(new ArticleWrite("rail-1", WriteOutcome.Stored, null), writes[0]);
        Assert.Equal(article, store.Find("rail-1"));
        Assert.Equal(1, store.Count());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Round_trips_where_the_date_came_from(string kind)
    {
        using var store = TestStores.Open(kind);
        var article = MakeArticle("dated", "نص مؤرخ في سطره الأول.") with { PublishedFrom = PublishedFrom.Text };

        store.Write([Plain(article)]);

        Assert.Equal(PublishedFrom.Text, store.Find("dated")!.PublishedFrom);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Keeps_unknown_metadata_as_null(string kind)
    {
        using var store = TestStores.Open(kind);
        var article = MakeArticle("bare", "نص بلا مصدر ولا تاريخ.") with { Title = null, Published = null };

        store.Write([Plain(article)]);

        Assert.Equal(article, store.Find("bare"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Writing_the_same_article_again_is_a_no_op(string kind)
    {
        using var store = TestStores.Open(kind);
        var article = MakeArticle("rail-1", "افتتح الوزير خط السكك الحديدية.");
        store.Write([Plain(article)]);

        var writes = store.Write([Plain(article)]);

        Assert.Equal(WriteOutcome.AlreadyStored, writes[0].Outcome);
        Assert.Equal(1, store.Count());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Same_text_under_another_id_is_stored_as_exact_duplicate(string kind)
    {
        using var store = TestStores.Open(kind);
        const string text = "قالت الوكالة إن الميناء سيفتح أبوابه الشهر المقبل.";
        store.Write([Plain(MakeArticle("wire-a", text, "alofoq"))]);

        var writes = store.Write([Plain(MakeArticle("wire-b", text, "sada"))]);

        Assert.Equal(new ArticleWrite("wire-b", WriteOutcome.StoredAsDuplicate, "wire-a"), writes[0]);
        Assert.Equal("wire-a", store.DuplicateOf("wire-b"));
        Assert.Null(store.DuplicateOf("wire-a"));
        Assert.Equal(2, store.Count());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Deriving_clean_text_again_moves_the_exact_duplicate_marks_with_it(string kind)
    {
        using var store = TestStores.Open(kind);
        const string wire = "قالت الوكالة إن الميناء سيفتح أبوابه الشهر المقبل.";
        const string local = "افتتح المحافظ الميناء الجديد صباح اليوم.";
        store.Write([Plain(MakeArticle("wire-a", wire)), Plain(MakeArticle("local-b", local)), Plain(MakeArticle("copy-c", local))]);
        Assert.Equal("local-b", store.DuplicateOf("copy-c"));

        // A new cleaner finds local-b to be the wire text after all.
        store.Rederive([Plain(MakeArticle("local-b", wire))]);

        Assert.Equal(wire, store.Find("local-b")!.CleanText);
        Assert.Equal("wire-a", store.DuplicateOf("local-b"));
        Assert.Null(store.DuplicateOf("copy-c")); // its original no longer reads like it
        Assert.Null(store.DuplicateOf("wire-a"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Different_text_under_a_taken_id_gets_a_suffixed_id_once(string kind)
    {
        using var store = TestStores.Open(kind);
        store.Write([Plain(MakeArticle("news", "الخبر الأول عن الميناء."))]);
        var other = MakeArticle("news", "الخبر الثاني عن العاصفة.");

        var first = store.Write([Plain(other)]);
        var again = store.Write([Plain(other)]);

        Assert.Equal(new ArticleWrite("news-2", WriteOutcome.StoredRenamed, null), first[0]);
        Assert.Equal(WriteOutcome.AlreadyStored, again[0].Outcome);
        Assert.Equal("الخبر الثاني عن العاصفة.", store.Find("news-2")!.CleanText);
        Assert.Equal(2, store.Count());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Duplicates_inside_one_batch_are_resolved_in_order(string kind)
    {
        using var store = TestStores.Open(kind);
        const string text = "نص مكرر في الدفعة نفسها.";

        var writes = store.Write([Plain(MakeArticle("a", text)), Plain(MakeArticle("b", text)), Plain(MakeArticle("a", text))]);

        Assert.Equal([WriteOutcome.Stored, WriteOutcome.StoredAsDuplicate, WriteOutcome.AlreadyStored], writes.Select(w => w.Outcome));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Tells_which_articles_are_stored_with_the_same_raw_text(string kind)
    {
        using var store = TestStores.Open(kind);
        var article = MakeArticle("kept", "نص محفوظ.");
        store.Write([Plain(article)]);

        var stored = store.AlreadyStored([("kept", article.RawText), ("kept", "نص آخر"), ("new", article.RawText)]);

        Assert.Equal(["kept"], stored);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Lists_articles_in_the_order_first_stored(string kind)
    {
        using var store = TestStores.Open(kind);
        store.Write([Plain(MakeArticle("z", "نص أول.")), Plain(MakeArticle("a", "نص ثان."))]);
        store.Write([Plain(MakeArticle("m", "نص ثالث."))]);

        Assert.Equal(["z", "a", "m"], store.Articles().Select(a => a.Id));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Derived_records_are_returned_only_at_their_version(string kind)
    {
        using var store = TestStores.Open(kind);
        var payload = Encoding.UTF8.GetBytes("{\"removals\":[]}");
        store.Write([new ArticleToStore(MakeArticle("a", "نص."), [new DerivedRecord("clean", 1, payload)])]);

        Assert.Equal(payload, store.GetDerived("a", "clean", 1));
        Assert.Null(store.GetDerived("a", "clean", 2));
        Assert.Null(store.GetDerived("a", "analysis", 1));
        Assert.Null(store.GetDerived("missing", "clean", 1));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Lists_articles_whose_record_is_missing_or_of_another_version(string kind)
    {
        using var store = TestStores.Open(kind);
        store.Write([
            new ArticleToStore(MakeArticle("current", "نص أول."), [new DerivedRecord("analysis", 2, [1])]),
            new ArticleToStore(MakeArticle("old", "نص ثان."), [new DerivedRecord("analysis", 1, [1])]),
            new ArticleToStore(MakeArticle("none", "نص ثالث."), []),
        ]);

        Assert.Equal(["old", "none"], store.Stale("analysis", 2));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void PutDerived_replaces_a_stale_version(string kind)
    {
        using var store = TestStores.Open(kind);
        store.Write([new ArticleToStore(MakeArticle("a", "نص."), [new DerivedRecord("analysis", 1, [1])])]);

        store.PutDerived([("a", new DerivedRecord("analysis", 2, [2, 2]))]);

        Assert.Null(store.GetDerived("a", "analysis", 1));
        Assert.Equal(new byte[] { 2, 2 }, store.GetDerived("a", "analysis", 2));
    }
}
