using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Present.Reports;

namespace Khabar.Web.Api;

/// <summary>
/// How a list of stories is asked for: which page, how many, which days, outlet, entity (a key, <see
/// cref="Core.Consolidate.EntityKeys"/>) and status of their facts, in what order.
/// </summary>
public sealed record StoryListing(
    int Page = 1,
    int Size = StoryListing.DefaultSize,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Outlet = null,
    StoryOrder Order = StoryOrder.Latest,
    string? Entity = null,
    StoryStatus? Status = null)
{
    public const int DefaultSize = 20;

    public const int MaxSize = 100;

    /// <summary>What is wrong with the request, by parameter; empty when it can be answered.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Page < 1)
        {
            problems["page"] = ["page starts at 1"];
        }

        if (Size is < 1 or > MaxSize)
        {
            problems["size"] = [$"size is 1 to {MaxSize}"];
        }

        if (From is { } from && To is { } to && from > to)
        {
            problems["from"] = ["from is after to"];
        }

        return problems;
    }

    /// <summary>The status a query string names (<c>conflict</c>, <c>corroborated</c>); null for none; false for a value that is neither.</summary>
    public static bool TryStatus(string? value, out StoryStatus? status)
    {
        status = value switch { "conflict" => StoryStatus.Conflict, "corroborated" => StoryStatus.Corroborated, _ => null };
        return value is null || status is not null;
    }

    /// <summary>The page asked for, as summaries read from the stored consolidations, and how many stories there are in all.</summary>
    public (IReadOnlyList<StorySummary> Stories, int Total) Read(StorePool.Lease lease)
    {
        // Each story's mark (id, size, first and last time, outlets) is enough to order and choose a page by any filter:
        // the whole list with every story's members is not read (at 670,490 stories 1.5–1.9 s against 4.6–5.8 s, and a
        // server peak of 0.7 GB against 1.0 GB; docs/web.md).
        var (chosen, total) = Choose(lease.Marks(Order), lease.Reader);
        return ([.. chosen.Select(id => lease.Reader.Story(id, withRemovals: false)).OfType<Core.Pipeline.StoryRecord>().Select(StorySummary.Of)], total);
    }

    /// <summary>Story marks the latest first: by their last article's time, undated ones last, then by id.</summary>
    public static IReadOnlyList<StoryMark> Latest(IEnumerable<StoryMark> marks) =>
        [.. marks.OrderByDescending(m => m.To.HasValue).ThenByDescending(m => m.To).ThenBy(m => m.Id, StringComparer.Ordinal)];

    /// <summary>Story marks in the order of <see cref="IStoryStore.Stories"/>: the largest first, then by id.</summary>
    public static IReadOnlyList<StoryMark> Largest(IEnumerable<StoryMark> marks) =>
        [.. marks.OrderByDescending(m => m.Size).ThenBy(m => m.Id, StringComparer.Ordinal)];

    /// <summary>The ids of the page asked for among <paramref name="ordered"/>, and how many match in all.</summary>
    private (IReadOnlyList<string> Page, int Total) Choose(IReadOnlyList<StoryMark> ordered, Core.Pipeline.StoryReader reader)
    {
        if (Outlet is null && From is null && To is null && Entity is null && Status is null)
        {
            return ([.. ordered.Skip((Page - 1) * Size).Take(Size).Select(m => m.Id)], ordered.Count);
        }

        // Entity and status are read from the stories' facets in the store (an index each), not from every story's record.
        var only = Status is { } status ? reader.StoriesWith(status) : null;
        if (Entity is { Length: > 0 } entity)
        {
            var naming = reader.StoriesNaming(entity).Select(a => a.StoryId).ToHashSet(StringComparer.Ordinal);
            only = only is null ? naming : naming.Where(only.Contains).ToHashSet(StringComparer.Ordinal);
        }

        var all = ordered.Where(m => (only is null || only.Contains(m.Id)) && Matches(m)).ToList();
        return ([.. all.Skip((Page - 1) * Size).Take(Size).Select(m => m.Id)], all.Count);
    }

    private bool Matches(StoryMark story)
    {
        if (Outlet is { Length: > 0 } outlet && !story.Sources.Contains(outlet, StringComparer.Ordinal))
        {
            return false;
        }

        if (From is null && To is null)
        {
            return true;
        }

        // A story is in a range of days when any of its days is: an undated story is in none.
        if (story.From is not { } first || story.To is not { } last)
        {
            return false;
        }

        return (From is not { } from || DateOnly.FromDateTime(last.UtcDateTime) >= from)
            && (To is not { } to || DateOnly.FromDateTime(first.UtcDateTime) <= to);
    }
}

/// <summary>The order of a story list.</summary>
public enum StoryOrder
{
    /// <summary>The most recent last article first; undated stories last.</summary>
    Latest,

    /// <summary>The most articles first.</summary>
    Largest,
}

/// <summary>One page of stories.</summary>
public sealed record StoryPage(int Page, int Size, int Total, IReadOnlyList<Present.Reports.StorySummary> Stories);
