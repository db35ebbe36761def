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
}
