using Khabar.Core.Assign;

namespace Khabar.Core.Tests.Assign;

public class LoneArticlesTests
{
    private static readonly IReadOnlySet<string> NoneLinked = new HashSet<string>();

    private static readonly IReadOnlyDictionary<string, Attachment> NoneStored = new Dictionary<string, Attachment>();

    private static readonly IReadOnlyDictionary<string, int> Few = new Dictionary<string, int>();

    [Fact]
    public void A_new_article_with_no_link_attaches_to_the_one_it_scores_highest_with()
    {
        var changes = LoneArticles.Decide(["x"], NoneLinked, NoneStored, [CloseArticles.Between("x", "a", 0.4), CloseArticles.Between("b", "x", 0.7), CloseArticles.Between("x", "c", 0.5)], Few);

        Assert.Equal([new Attachment("x", "b", 0.7)], changes.Written);
        Assert.Empty(changes.Linked);
    }

    [Fact]
    public void On_a_tie_the_smaller_id_wins_whatever_the_order_of_the_pairs()
    {
        CloseArticles[] pairs = [CloseArticles.Between("x", "d", 0.6), CloseArticles.Between("x", "c", 0.6)];

        foreach (var order in new[] { pairs, pairs.Reverse().ToArray() })
        {
            Assert.Equal("c", LoneArticles.Decide(["x"], NoneLinked, NoneStored, order, Few).Written.Single().Partner);
        }
    }

    [Fact]
    public void A_new_article_close_to_none_is_written_as_lone_with_no_partner_and_a_linked_one_is_not_lone()
    {
        var changes = LoneArticles.Decide(["x", "y"], new HashSet<string> { "y" }, NoneStored, [], Few);

        Assert.Equal([new Attachment("x", null, 0)], changes.Written);
    }

    [Fact]
    public void A_stored_lone_article_moves_only_to_a_closer_new_article()
    {
        var stored = new Dictionary<string, Attachment> { ["s"] = new("s", "a", 0.6), ["t"] = new("t", "a", 0.6) };

        var changes = LoneArticles.Decide(["x", "y"], new HashSet<string> { "x", "y" }, stored, [CloseArticles.Between("s", "x", 0.65), CloseArticles.Between("t", "y", 0.55)], Few);

        Assert.Equal([new Attachment("s", "x", 0.65)], changes.Written); // t keeps a: nothing is written for it
        Assert.Empty(changes.Linked);
    }

    [Fact]
    public void A_stored_lone_article_the_batch_links_is_lone_no_more()
    {
        var stored = new Dictionary<string, Attachment> { ["s"] = new("s", "a", 0.6) };

        var changes = LoneArticles.Decide(["x"], new HashSet<string> { "x", "s" }, stored, [CloseArticles.Between("s", "y", 0.9)], Few);

        Assert.Empty(changes.Written);
        Assert.Equal(["s"], changes.Linked);
    }

    [Fact]
    public void An_article_in_more_candidate_pairs_than_the_bar_attaches_to_none_from_then_on()
    {
        var many = new Dictionary<string, int> { ["x"] = LoneArticles.MaxCandidates + 5, ["s"] = 2 };
        var stored = new Dictionary<string, Attachment> { ["s"] = new("s", "a", 0.6, LoneArticles.MaxCandidates - 1) };

        var changes = LoneArticles.Decide(["x"], NoneLinked, stored, [CloseArticles.Between("x", "b", 0.8)], many);

        Assert.Equal([new Attachment("s", null, 0, LoneArticles.MaxCandidates + 1), new Attachment("x", null, 0, LoneArticles.MaxCandidates + 1)], changes.Written);
    }

    [Fact]
    public void A_stored_count_grows_by_the_batchs_candidate_pairs_and_stops_one_past_the_bar()
    {
        var stored = new Dictionary<string, Attachment> { ["s"] = new("s", "a", 0.6, 3), ["t"] = new("t", null, 0, LoneArticles.MaxCandidates + 1) };

        var changes = LoneArticles.Decide(["x"], new HashSet<string> { "x" }, stored, [], new Dictionary<string, int> { ["s"] = 4, ["t"] = 9, ["x"] = 2 });

        Assert.Equal([new Attachment("s", "a", 0.6, 7)], changes.Written); // t is past the bar already: nothing to write
    }
}
