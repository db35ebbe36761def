namespace Khabar.Core.Assign;

/// <summary>
/// Stories are the connected groups of linked articles and attached lone ones (<see cref="LoneArticles"/>). Given the story
/// each already assigned article belongs to, the links and attachments found for new articles, and the stories taken apart
/// because a lone article of theirs moves, says which stories grow, which merge, which start, and what each piece of a
/// story taken apart joins. The result depends only on the links and attachments, not on their order.
/// </summary>
public static class StoryGrouping
{
    /// <summary>
    /// One story after the links: the existing stories it takes in whole (none, one, or several merging), its new articles,
    /// and what it takes of stories taken apart: their cores (<see cref="StoryPieces.Core"/>, by story id) and their lone
    /// articles (<see cref="Moved"/>).
    /// </summary>
    public sealed record StoryGroup(IReadOnlyList<string> Stories, IReadOnlyList<string> NewArticles)
    {
        public IReadOnlyList<string> Cores { get; init; } = [];

        public IReadOnlyList<string> Moved { get; init; } = [];
    }

    /// <summary>
    /// A stored story taken apart because a lone article of it moves (<see cref="LoneArticles"/>): its articles that were
    /// linked (<see cref="Core"/>, connected by their links), and each lone one with the article it is attached to after the
    /// batch (null when it has none or is now linked).
    /// </summary>
    public sealed record StoryPieces(string Story, IReadOnlyList<string> Core, IReadOnlyDictionary<string, string?> Lone);

    public static IReadOnlyList<StoryGroup> Group(
        IReadOnlyList<string> newArticles,
        IReadOnlyDictionary<string, string> storyOfAssigned,
        IEnumerable<StoryLink> links) => Group(newArticles, storyOfAssigned, links, new Dictionary<string, string>(), []);

    /// <param name="attached">Each new lone article, and each stored one not taken apart whose attachment changed, with its partner.</param>
    /// <param name="takenApart">The stored stories whose pieces are grouped one by one.</param>
    public static IReadOnlyList<StoryGroup> Group(
        IReadOnlyList<string> newArticles,
        IReadOnlyDictionary<string, string> storyOfAssigned,
        IEnumerable<StoryLink> links,
        IReadOnlyDictionary<string, string> attached,
        IReadOnlyList<StoryPieces> takenApart)
    {
        // Nodes are existing stories (as "s:" + id), new articles and the lone articles of stories taken apart (as "a:" + id),
        // and the cores of stories taken apart (as "c:" + id).
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var pieceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pieces in takenApart)
        {
            foreach (var id in pieces.Core)
            {
                pieceOf[id] = "c:" + pieces.Story;
            }

            foreach (var id in pieces.Lone.Keys)
            {
                pieceOf[id] = "a:" + id;
            }
        }

        foreach (var node in pieceOf.Values)
        {
            parent.TryAdd(node, node);
        }

        foreach (var id in newArticles)
        {
            parent["a:" + id] = "a:" + id;
        }

        string NodeOf(string article)
        {
            var node = pieceOf.TryGetValue(article, out var piece) ? piece
                : storyOfAssigned.TryGetValue(article, out var story) ? "s:" + story
                : "a:" + article;
            parent.TryAdd(node, node);
            return node;
        }

        foreach (var link in links)
        {
            Union(parent, NodeOf(link.A), NodeOf(link.B));
        }

        foreach (var (article, partner) in attached.Concat(takenApart.SelectMany(p => p.Lone).Where(l => l.Value is not null).Select(l => new KeyValuePair<string, string>(l.Key, l.Value!))))
        {
            Union(parent, NodeOf(article), NodeOf(partner));
        }

        var moved = pieceOf.Where(p => p.Value.StartsWith("a:", StringComparison.Ordinal)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return parent.Keys.GroupBy(node => Find(parent, node), StringComparer.Ordinal)
            .Select(members => new StoryGroup(
                [.. members.Where(n => n.StartsWith("s:", StringComparison.Ordinal)).Select(n => n[2..]).Order(StringComparer.Ordinal)],
                [.. members.Where(n => n.StartsWith("a:", StringComparison.Ordinal) && !moved.Contains(n[2..])).Select(n => n[2..]).Order(StringComparer.Ordinal)])
            {
                Cores = [.. members.Where(n => n.StartsWith("c:", StringComparison.Ordinal)).Select(n => n[2..]).Order(StringComparer.Ordinal)],
                Moved = [.. members.Where(n => n.StartsWith("a:", StringComparison.Ordinal) && moved.Contains(n[2..])).Select(n => n[2..]).Order(StringComparer.Ordinal)],
            })
            .Where(g => g.NewArticles.Count > 0 || g.Cores.Count > 0 || g.Moved.Count > 0)
            .OrderBy(g => g.NewArticles.Concat(g.Moved).Concat(g.Cores).Min(StringComparer.Ordinal), StringComparer.Ordinal)
            .ToList();
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
