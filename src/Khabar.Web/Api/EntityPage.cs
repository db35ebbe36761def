using Khabar.Core.Consolidate;
using Khabar.Core.Entities;

namespace Khabar.Web.Api;

/// <summary>An entity across stories: its key and type, the names stories show for it (with how many stories each), and a page of its stories.</summary>
public sealed record EntityPage(string Key, string Type, IReadOnlyList<EntityName> Names, StoryPage Stories)
{
    /// <summary>The entity of <see cref="StoryListing.Entity"/>, or null when no story names it.</summary>
    public static EntityPage? Read(StorePool.Lease lease, StoryListing listing)
    {
        var appearances = lease.Reader.StoriesNaming(listing.Entity!);
        if (appearances.Count == 0)
        {
            return null;
        }

        var names = appearances.GroupBy(a => a.Name, StringComparer.Ordinal)
            .Select(g => new EntityName(g.Key, g.Count(), g.Sum(a => a.Mentions)))
            .OrderByDescending(n => n.Stories).ThenByDescending(n => n.Mentions).ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        var (stories, total) = listing.Read(lease);
        var type = EntityKeys.TypeOf(listing.Entity!) ?? appearances[0].Type;
        return new EntityPage(listing.Entity!, type.Code(), names, new StoryPage(listing.Page, listing.Size, total, stories));
    }
}

/// <summary>A name an entity is shown under, in how many stories, named how many times in all.</summary>
public sealed record EntityName(string Name, int Stories, int Mentions);

/// <summary>An outlet: how many of its articles are stored, and a page of its stories.</summary>
public sealed record OutletPage(string Name, long Articles, StoryPage Stories)
{
    /// <summary>The outlet of <see cref="StoryListing.Outlet"/>, or null when no stored article comes from it.</summary>
    public static OutletPage? Read(StorePool.Lease lease, StoryListing listing)
    {
        var articles = lease.Reader.ArticlesFrom(listing.Outlet!);
        if (articles == 0)
        {
            return null;
        }

        var (stories, total) = listing.Read(lease);
        return new OutletPage(listing.Outlet!, articles, new StoryPage(listing.Page, listing.Size, total, stories));
    }
}
