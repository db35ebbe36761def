using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Entities;

namespace Khabar.Core.Consolidate;

/// <summary>
/// One event of a story: the articles that report one happening (joined by event links: same event within days,
/// near or exact copies), its span of publication times, the title of its first article, and the story's
/// entities it shares with the story's other events: what joined it to them, for a reader to see.
/// </summary>
public sealed record StoryEvent(
    string Id,
    IReadOnlyList<string> Articles,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string Title,
    IReadOnlyList<string> SharedEntities)
{
    /// <summary>Entities named as shared, at most.</summary>
    public const int MaxSharedEntities = 5;

    /// <summary>
    /// The events of a story: the groups of its articles connected by event links (<see cref="LinkKinds.IsEvent"/>),
    /// in time order (undated last), numbered ev1, ev2, … (entities are e1, e2, …) A pure function of the articles and links.
    /// </summary>
    public static IReadOnlyList<StoryEvent> Of(IReadOnlyList<Article> articles, IEnumerable<StoryLink> links, IReadOnlyList<Entity> entities) =>
        Of(Groups(articles, links), entities);

    /// <summary>The events of groups made by <see cref="Groups"/>.</summary>
    internal static IReadOnlyList<StoryEvent> Of(List<List<Article>> groups, IReadOnlyList<Entity> entities)
    {
        var eventOf = Partition(groups);

        // An entity is shared by the events whose articles name it; named for an event when another names it too.
        var eventsOf = entities.Select(en => en.Mentions.Select(m => eventOf.GetValueOrDefault(m.Article, -1)).Where(e => e >= 0).ToHashSet()).ToList();
        return [.. groups.Select((g, e) =>
        {
            var dated = g.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
            var shared = entities.Select((en, i) => (Entity: en, Events: eventsOf[i]))
                .Where(x => x.Events.Count > 1 && x.Events.Contains(e))
                .OrderByDescending(x => x.Events.Count).ThenByDescending(x => x.Entity.Mentions.Count).ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
                .Take(MaxSharedEntities).Select(x => x.Entity.Name).ToList();
            return new StoryEvent(
                "ev" + (e + 1),
                [.. g.Select(a => a.Id)],
                dated.Count == 0 ? null : dated.Min(),
                dated.Count == 0 ? null : dated.Max(),
                g[0].Title ?? string.Empty,
                shared);
        })];
    }

    /// <summary>Each article's event, by article id: the position of its group in <paramref name="groups"/>.</summary>
    internal static Dictionary<string, int> Partition(List<List<Article>> groups)
    {
        var eventOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < groups.Count; e++)
        {
            foreach (var article in groups[e])
            {
                eventOf[article.Id] = e;
            }
        }

        return eventOf;
    }

    /// <summary>The articles connected by event links, each group and the groups in time order.</summary>
    internal static List<List<Article>> Groups(IReadOnlyList<Article> articles, IEnumerable<StoryLink> links)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            index[articles[i].Id] = i;
        }

        var parent = Enumerable.Range(0, articles.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var link in links)
        {
            if (link.Kind.IsEvent() && index.TryGetValue(link.A, out var a) && index.TryGetValue(link.B, out var b))
            {
                var (ra, rb) = (Find(a), Find(b));
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        var groups = Enumerable.Range(0, articles.Count).GroupBy(Find)
            .Select(g => g.Select(i => articles[i]).OrderBy(a => a.Published is null).ThenBy(a => a.Published?.UtcTicks)
                .ThenBy(a => a.ContentHash, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0].Published is null).ThenBy(g => g[0].Published?.UtcTicks)
            .ThenBy(g => g[0].ContentHash, StringComparer.Ordinal).ThenBy(g => g[0].Id, StringComparer.Ordinal)
            .ToList();
        return groups;
    }
}
