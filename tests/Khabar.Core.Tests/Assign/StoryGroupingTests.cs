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
}
