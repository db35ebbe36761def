using Khabar.Core.Entities;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Consolidate;

/// <summary>
/// What a story list filters on, kept beside the stored consolidation so that no list reads every story's
/// record: its fact counts by status, and the entities it names, each under the keys an entity page is reached by.
/// </summary>
public sealed record StoryFacets(int Corroborated, int Single, int Conflicts, IReadOnlyList<EntityFacet> Entities)
{
    public static StoryFacets Of(ConsolidatedStory story) => new(
        story.Facts.Count(f => f.Status == FactStatus.Corroborated),
        story.Facts.Count(f => f.Status == FactStatus.Single),
        story.Conflicts.Count,
        [.. story.Entities.SelectMany(e => EntityKeys.Of(e).Select(key => new EntityFacet(key, e.Type, e.Name, e.Mentions.Count)))
            .DistinctBy(f => f.Key, StringComparer.Ordinal)]);
}

/// <summary>An entity of a story under one of its keys: the type, the name the story shows, how often it is named.</summary>
public sealed record EntityFacet(string Key, EntityType Type, string Name, int Mentions);

/// <summary>
/// The keys that find an entity across stories: its type and the name key (<see cref="NameKey"/>: the same for
/// شويغو, شويجو and Shoigu) of its name and of each spelling it was merged from, words joined by '-'
/// (<c>person-srk-cg</c>, and <c>person-cg</c> from a story that also wrote the surname alone). A key of fewer than two
/// letters finds too much and is not made. Keys are sound skeletons: two names that sound alike share one, so an
/// entity page shows the names behind each story.
/// </summary>
public static class EntityKeys
{
    /// <summary>The most keys one entity is found by.</summary>
    public const int MaxKeys = 8;

    /// <summary>
    /// An entity's keys: its name's first, then its Latin name's and its spellings' (shortest first), at most <see
    /// cref="MaxKeys"/>. A spelling whose key is another key with one more letter in front is that name with a
    /// preposition or conjunction attached (بمعان, ومعان for معان), and makes no key of its own.
    /// </summary>
    public static IReadOnlyList<string> Of(Entity entity)
    {
        var keys = new List<string>();
        var names = new[] { entity.Name, entity.Latin ?? "" }.Concat(entity.Variants.OrderBy(v => v.Length).ThenBy(v => v, StringComparer.Ordinal));
        foreach (var name in names)
        {
            if (Of(entity.Type, name) is not { } key || keys.Contains(key))
            {
                continue;
            }

            var dash = key.IndexOf('-', StringComparison.Ordinal);
            if (key.Length > dash + 2 && keys.Contains(key[..(dash + 1)] + key[(dash + 2)..]))
            {
                continue;
            }

            keys.Add(key);
            if (keys.Count == MaxKeys)
            {
                break;
            }
        }

        return keys;
    }

    public static string? Of(EntityType type, string name)
    {
        var key = NameKey.Of(name);
        return key.Count(c => c != ' ') < 2 ? null : $"{Prefix(type)}-{key.Replace(' ', '-')}";
    }

    /// <summary>The type a key names (its prefix), or null for a string that is not a key.</summary>
    public static EntityType? TypeOf(string key) => key.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash
        ? key[..dash] switch
        {
            "person" => EntityType.Person,
            "place" => EntityType.Location,
            "org" => EntityType.Organization,
            "misc" => EntityType.Misc,
            _ => null,
        }
        : null;

    private static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Location => "place",
        EntityType.Organization => "org",
        _ => "misc",
    };
}
