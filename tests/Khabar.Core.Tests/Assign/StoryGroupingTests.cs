using Khabar.Core.Assign;

namespace Khabar.Core.Tests.Assign;

public class StoryGroupingTests
{
    private static StoryLink Link(string a, string b) => StoryLink.Between(a, b, LinkKind.Related, 0.5, null);

    [Fact]
    public void An_article_with_no_links_starts_its_own_story()
    {
        var group = Assert.Single(StoryGrouping.Group(["x"], new Dictionary<string, string>(), []));

        Assert.Empty(group.Stories);
        Assert.Equal(["x"], group.NewArticles);
    }

    [Fact]
    public void An_article_linked_into_a_story_grows_it()
    {
        var assigned = new Dictionary<string, string> { ["a"] = "s-1", ["b"] = "s-1" };

        var group = Assert.Single(StoryGrouping.Group(["x"], assigned, [Link("x", "a"), Link("b", "x")]));

        Assert.Equal(["s-1"], group.Stories);
        Assert.Equal(["x"], group.NewArticles);
    }

    [Fact]
    public void An_article_linked_into_two_stories_merges_them_whatever_the_link_order()
    {
        var assigned = new Dictionary<string, string> { ["a"] = "s-1", ["b"] = "s-2", ["c"] = "s-3" };
        StoryLink[] links = [Link("x", "a"), Link("b", "x"), Link("y", "c")];

        foreach (var order in new[] { links, links.Reverse().ToArray(), [links[1], links[2], links[0]] })
        {
            var groups = StoryGrouping.Group(["y", "x"], assigned, order);

            Assert.Equal(2, groups.Count);
            Assert.Equal(["s-1", "s-2"], groups.Single(g => g.NewArticles.Contains("x")).Stories);
            Assert.Equal(["s-3"], groups.Single(g => g.NewArticles.Contains("y")).Stories);
        }
    }

    [Fact]
    public void New_articles_linked_to_each_other_form_one_new_story()
    {
        var group = Assert.Single(StoryGrouping.Group(["x", "y", "z"], new Dictionary<string, string>(), [Link("x", "y"), Link("z", "y")]));

        Assert.Empty(group.Stories);
        Assert.Equal(["x", "y", "z"], group.NewArticles);
    }

    [Fact]
    public void A_new_lone_article_joins_the_story_of_the_article_it_is_attached_to()
    {
        var assigned = new Dictionary<string, string> { ["a"] = "s-1", ["b"] = "s-1" };

        var group = Assert.Single(StoryGrouping.Group(["x"], assigned, [], new Dictionary<string, string> { ["x"] = "b" }, []));

        Assert.Equal(["s-1"], group.Stories);
        Assert.Equal(["x"], group.NewArticles);
    }

    [Fact]
    public void A_story_taken_apart_keeps_its_core_and_lets_the_moved_article_go_with_what_hangs_on_it()
    {
        // s-1: a and b linked (its core), m attached to a, h attached to m. m moves to the new article x: m and h go with
        // it, the core stays a story of its own (written again, without them).
        var assigned = new Dictionary<string, string> { ["a"] = "s-1", ["b"] = "s-1", ["m"] = "s-1", ["h"] = "s-1", ["c"] = "s-2" };
        var pieces = new StoryGrouping.StoryPieces("s-1", ["a", "b"], new Dictionary<string, string?> { ["m"] = "x", ["h"] = "m" });

        var groups = StoryGrouping.Group(["x"], assigned, [Link("x", "c")], new Dictionary<string, string>(), [pieces]);

        Assert.Equal(2, groups.Count);
        var moved = groups.Single(g => g.NewArticles.Contains("x"));
        Assert.Equal(["s-2"], moved.Stories);
        Assert.Equal(["h", "m"], moved.Moved);
        Assert.Empty(moved.Cores);
        var core = groups.Single(g => !g.NewArticles.Contains("x"));
        Assert.Equal(["s-1"], core.Cores);
        Assert.Empty(core.Moved);
        Assert.Empty(core.Stories);
    }

    [Fact]
    public void A_lone_article_now_linked_leaves_by_its_link_and_its_attachment_is_not_followed()
    {
        var assigned = new Dictionary<string, string> { ["a"] = "s-1", ["m"] = "s-1" };
        var pieces = new StoryGrouping.StoryPieces("s-1", ["a"], new Dictionary<string, string?> { ["m"] = null });

        var groups = StoryGrouping.Group(["x"], assigned, [Link("x", "m")], new Dictionary<string, string>(), [pieces]);

        Assert.Equal(["m"], groups.Single(g => g.NewArticles.Contains("x")).Moved);
        Assert.Equal(["s-1"], groups.Single(g => !g.NewArticles.Contains("x")).Cores);
    }
}
