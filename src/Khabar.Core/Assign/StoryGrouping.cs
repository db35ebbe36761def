namespace Khabar.Core.Assign;

/// <summary>
/// Stories are the connected groups of linked articles. Given the story each already assigned article belongs
/// to and the links found for new articles, says which stories grow, which merge, and which new ones start.
/// The result depends only on the links, not on their order.
/// </summary>
public static class StoryGrouping
{
    /// <summary>One story after the links: the existing stories it takes in (none, one, or several merging) and its new articles.</summary>
    public sealed record StoryGroup(IReadOnlyList<string> Stories, IReadOnlyList<string> NewArticles);

    public static IReadOnlyList<StoryGroup> Group(
        IReadOnlyList<string> newArticles,
        IReadOnlyDictionary<string, string> storyOfAssigned,
        IEnumerable<StoryLink> links)
    {
        // Nodes are existing stories (as "s:" + id) and new articles (as "a:" + id).
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in newArticles)
        {
            parent["a:" + id] = "a:" + id;
        }

        foreach (var link in links)
        {
            Union(parent, NodeOf(link.A, storyOfAssigned, parent), NodeOf(link.B, storyOfAssigned, parent));
        }

        return parent.Keys.GroupBy(node => Find(parent, node), StringComparer.Ordinal)
            .Select(members => new StoryGroup(
                [.. members.Where(n => n.StartsWith("s:", StringComparison.Ordinal)).Select(n => n[2..]).Order(StringComparer.Ordinal)],
                [.. members.Where(n => n.StartsWith("a:", StringComparison.Ordinal)).Select(n => n[2..]).Order(StringComparer.Ordinal)]))
            .Where(g => g.NewArticles.Count > 0)
            .OrderBy(g => g.NewArticles[0], StringComparer.Ordinal)
            .ToList();
    }

    private static string NodeOf(string article, IReadOnlyDictionary<string, string> storyOfAssigned, Dictionary<string, string> parent)
    {
        var node = storyOfAssigned.TryGetValue(article, out var story) ? "s:" + story : "a:" + article;
        parent.TryAdd(node, node);
        return node;
    }

    private static string Find(Dictionary<string, string> parent, string node)
    {
        while (!string.Equals(parent[node], node, StringComparison.Ordinal))
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }

        return node;
    }

    private static void Union(Dictionary<string, string> parent, string x, string y)
    {
        var (rootX, rootY) = (Find(parent, x), Find(parent, y));
        if (!string.Equals(rootX, rootY, StringComparison.Ordinal))
        {
            // The smaller root wins, so the forest does not depend on link order (only the grouping matters anyway).
            if (string.CompareOrdinal(rootX, rootY) < 0)
            {
                parent[rootY] = rootX;
            }
            else
            {
                parent[rootX] = rootY;
            }
        }
    }
}
