using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Ports;

namespace Khabar.Storage.Tests;

/// <summary>
/// The rows an assignment saves for later runs to find an article by: its index terms and its passage prints, in
/// numbers that fill several statements of a bulk insert and leave a remainder.
/// </summary>
public class AssignmentRowsContract
{
    private static readonly DateTimeOffset Day = new(2025, 10, 14, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Every_index_term_and_passage_print_saved_is_found_again(string kind)
    {
        using var store = TestStores.Open(kind);
        store.Write([new ArticleToStore(ArticleStoreContract.MakeArticle("old", "افتتح الوزير خط السكك الحديدية الجديد بين المدينتين.", "alofoq"), [])]);
        var terms = Enumerable.Range(1, 45).Select(n => (ulong)n * 7919).ToArray();
        var prints = Enumerable.Range(1, 70).Select(n => ulong.MaxValue - ((ulong)n * 104729)).ToArray();

        store.SaveAssignment(new StoryAssignmentChange(
            [],
            [],
            [new Story("s-old", "خط السكك الحديدية", "old", Day, Day, ["old"], ["alofoq"])],
            [],
            new Dictionary<string, DateTimeOffset?> { ["old"] = Day },
            new Dictionary<string, ulong[]> { ["old"] = terms })
        {
            PassagePrintsOf = new Dictionary<string, ulong[]> { ["old"] = prints },
        });

        // Each term alone finds the article (the last of them in the remainder of a statement too).
        foreach (var term in new[] { terms[0], terms[31], terms[32], terms[^1] })
        {
            Assert.Equal([("old", "s-old")], store.AssignedSharing([term], undatedOnly: false, Day.AddDays(-1), Day.AddDays(1)));
        }

        var found = store.SharingPassages([new PrintedSentence("new", prints, new int[prints.Length])], maxHolders: 5, minShared: 1);

        Assert.Equal([("new", "old", 70)], found.Pairs);
        Assert.All(prints, p => Assert.Equal(1, found.Held[p]));
    }

    /// <summary>
    /// Stores three articles as a store assigned before lone rows were kept: a and b linked, c alone. Each store's
    /// migration test takes its table away, opens the store again and checks it with <see cref="AssertOnlyTheUnlinkedOneIsLone"/>.
    /// </summary>
    internal static void AssignTwoLinkedAndOneAlone(IStore store)
    {
        store.Write([.. new[] { "a", "b", "c" }.Select(id => new ArticleToStore(ArticleStoreContract.MakeArticle(id, "افتتح الوزير خط السكك الحديدية الجديد بين المدينتين.", "alofoq"), []))]);
        store.SaveAssignment(new StoryAssignmentChange(
            [StoryLink.Between("b", "a", LinkKind.Related, 0.8, null)],
            [],
            [new Story("s-a", "خط", "a", null, null, ["a", "b"], ["alofoq"]), new Story("s-c", "خط", "c", null, null, ["c"], ["alofoq"])],
            [],
            new Dictionary<string, DateTimeOffset?>(),
            new Dictionary<string, ulong[]>()));
    }

    /// <summary>c, with no link, is a lone row attached to none, its count of candidate pairs unknown and past any bar; the stories stand.</summary>
    internal static void AssertOnlyTheUnlinkedOneIsLone(IStore reopened)
    {
        var row = Assert.Single(reopened.Attachments(["a", "b", "c"])).Value;
        Assert.Equal(("c", (string?)null), (row.Article, row.Partner));
        Assert.True(row.Candidates > LoneArticles.MaxCandidates);
        Assert.Equal(["a b", "c"], reopened.Stories().Select(s => string.Join(' ', s.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Lone_articles_rows_are_written_replaced_deleted_and_forgotten_by_a_reset(string kind)
    {
        using var store = TestStores.Open(kind);
        store.Write([.. new[] { "a", "b", "c" }.Select(id => new ArticleToStore(ArticleStoreContract.MakeArticle(id, "افتتح الوزير خط السكك الحديدية الجديد بين المدينتين.", "alofoq"), []))]);
        StoryAssignmentChange Change(AttachmentChanges attachments) =>
            new([], [], [], [], new Dictionary<string, DateTimeOffset?>(), new Dictionary<string, ulong[]>()) { Attachments = attachments };

        store.SaveAssignment(Change(new AttachmentChanges([new Attachment("a", "b", 0.4567, 3), new Attachment("c", null, 0, 31)], [])));
        Assert.Equal(new Dictionary<string, Attachment> { ["a"] = new("a", "b", 0.4567, 3), ["c"] = new("c", null, 0, 31) }, store.Attachments(["a", "b", "c", "missing"]));

        store.SaveAssignment(Change(new AttachmentChanges([new Attachment("c", "a", 0.8, 7)], ["a"])));
        Assert.Equal(new Dictionary<string, Attachment> { ["c"] = new("c", "a", 0.8, 7) }, store.Attachments(["a", "b", "c"]));
        Assert.Empty(store.Attachments([]));

        store.ResetStories();
        Assert.Empty(store.Attachments(["a", "b", "c"]));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Articles_sharing_enough_of_one_groups_terms_are_found_within_the_window_only(string kind)
    {
        using var store = TestStores.Open(kind);
        var texts = new Dictionary<string, string>
        {
            ["both"] = "التقى الرئيس وزير الخارجية في العاصمة.",
            ["one"] = "افتتح الوزير خط السكك الحديدية الجديد.",
            ["split"] = "وصل المبعوث إلى المدينة بعد رحلة طويلة.",
            ["late"] = "أعلن المتحدث باسم الحكومة نتائج الاجتماع.",
        };
        store.Write([.. texts.Select(t => new ArticleToStore(ArticleStoreContract.MakeArticle(t.Key, t.Value, "alofoq"), []))]);
        var (a, b, c, d) = (11UL, 22UL, 33UL, 44UL);
        var termsOf = new Dictionary<string, ulong[]>
        {
            ["both"] = [a, b, 99], // two of the first group's terms
            ["one"] = [a, 98], // one term of the first group only
            ["split"] = [b, c], // one term of each group: never two of one group
            ["late"] = [a, b], // two, but outside the window
        };
        var published = new Dictionary<string, DateTimeOffset?>
        {
            ["both"] = Day,
            ["one"] = Day,
            ["split"] = Day,
            ["late"] = Day.AddDays(40),
        };
        store.SaveAssignment(new StoryAssignmentChange(
            [],
            [],
            [.. texts.Keys.Select(id => new Story("s-" + id, texts[id], id, published[id], published[id], [id], ["alofoq"]))],
            [],
            published,
            termsOf));

        var found = store.AssignedSharingEach([[a, b], [c, d], [a]], minShared: 2, Day.AddDays(-30), Day.AddDays(30));

        Assert.Equal([("both", "s-both")], found);
        Assert.Empty(store.AssignedSharingEach([[a], [c]], minShared: 2, Day.AddDays(-30), Day.AddDays(30)));
        Assert.Empty(store.AssignedSharingEach([[a, a]], minShared: 2, Day.AddDays(-30), Day.AddDays(30))); // one term twice is one term
        Assert.Equal(["both", "late"], store.AssignedSharingEach([[b, a]], minShared: 2, Day.AddDays(-30), Day.AddDays(60)).Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>Saves one story of <paramref name="ids"/>, each article holding <paramref name="printsOf"/>'s prints.</summary>
    internal static void SavePrints(IStore store, string story, IReadOnlyDictionary<string, ulong[]> printsOf) =>
        store.SaveAssignment(new StoryAssignmentChange(
            [],
            [],
            [new Story(story, "خط السكك الحديدية", printsOf.Keys.Min(StringComparer.Ordinal)!, Day, Day, [.. printsOf.Keys.Order(StringComparer.Ordinal)], ["alofoq"])],
            [],
            printsOf.Keys.ToDictionary(id => id, _ => (DateTimeOffset?)Day),
            printsOf.Keys.ToDictionary(id => id, _ => Array.Empty<ulong>()))
        {
            PassagePrintsOf = printsOf,
        });

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_print_held_past_the_cap_counts_its_first_holders_only_and_a_reset_forgets_every_print(string kind)
    {
        using var store = TestStores.Open(kind);
        var ids = Enumerable.Range(1, 6).Select(n => $"a{n}").ToList();
        store.Write([.. ids.Select(id => new ArticleToStore(ArticleStoreContract.MakeArticle(id, "افتتح الوزير خط السكك الحديدية الجديد بين المدينتين.", "alofoq"), []))]);
        const ulong common = 0xC0FFEE;
        ulong Own(int n) => 1000UL + (ulong)n;
        // Saved latest article first, in three assignments: the holders counted are still the lowest in store order.
        SavePrints(store, "s-late", new Dictionary<string, ulong[]> { ["a6"] = [common, Own(6)], ["a5"] = [common, Own(5)] });
        SavePrints(store, "s-mid", new Dictionary<string, ulong[]> { ["a4"] = [common, Own(4)], ["a3"] = [common, Own(3)] });

        var sentence = new PrintedSentence("new", [common, Own(3), Own(5), Own(9)], [0, 0, 0, 0]);
        var found = store.SharingPassages([sentence], maxHolders: 4, minShared: 1);
        Assert.Equal(4, found.Held[common]);
        Assert.Equal([("new", "a3", 2), ("new", "a4", 1), ("new", "a5", 2), ("new", "a6", 1)], found.Pairs.Order());

        // Two more holders: the common print is held by six, past the cap of four, and counts for no one.
        SavePrints(store, "s-early", new Dictionary<string, ulong[]> { ["a1"] = [common], ["a2"] = [common, Own(2)] });
        found = store.SharingPassages([sentence], maxHolders: 4, minShared: 1);
        Assert.Equal(5, found.Held[common]);
        Assert.Equal([("new", "a3", 1), ("new", "a5", 1)], found.Pairs.Order());
        Assert.False(found.Held.ContainsKey(Own(9)));

        store.ResetStories();
        found = store.SharingPassages([sentence], maxHolders: 4, minShared: 1);
        Assert.Empty(found.Pairs);
        Assert.Empty(found.Held);
    }
}
