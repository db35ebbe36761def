namespace Khabar.Core.Assign;

/// <summary>What an assignment run did, and where its time went.</summary>
public sealed record AssignTally(int Articles, int Context, int Links, int ReusePairs, int StoriesWritten, int StoriesRemoved, AssignTimes Times)
{
    public static readonly AssignTally None = new(0, 0, 0, 0, 0, 0, new AssignTimes());

    public TimeSpan Elapsed => Times.Total;

    /// <summary>The counts and times of two runs together.</summary>
    public AssignTally Add(AssignTally other) => new(
        Articles + other.Articles,
        Context + other.Context,
        Links + other.Links,
        ReusePairs + other.ReusePairs,
        StoriesWritten + other.StoriesWritten,
        StoriesRemoved + other.StoriesRemoved,
        Times.Add(other.Times));
}

/// <summary>Time per phase of an assignment run: loading, profiles (all cores), linking (one thread),
/// grouping into stories, reuse alignment (all cores), saving; and how much the reuse alignment had to do.</summary>
public sealed record AssignTimes
{
    public TimeSpan Load { get; init; }
    public TimeSpan Profile { get; init; }
    public TimeSpan Link { get; init; }
    public TimeSpan Group { get; init; }
    /// <summary>Passage fingerprints of the new articles and the lookup of the articles sharing them.</summary>
    public TimeSpan Passages { get; init; }

    public TimeSpan Align { get; init; }
    public TimeSpan Save { get; init; }

    /// <summary>Pairs the passage fingerprints proposed for alignment (besides the pairs linked as one event).</summary>
    public int PassagePairs { get; init; }

    /// <summary>Articles asked of the store again for alignment (neither new nor at hand).</summary>
    public int ReadForReuse { get; init; }

    public TimeSpan Total => Load + Profile + Link + Group + Passages + Align + Save;

    public AssignTimes Add(AssignTimes other) => new()
    {
        Load = Load + other.Load,
        Profile = Profile + other.Profile,
        Link = Link + other.Link,
        Group = Group + other.Group,
        Passages = Passages + other.Passages,
        Align = Align + other.Align,
        Save = Save + other.Save,
        PassagePairs = PassagePairs + other.PassagePairs,
        ReadForReuse = ReadForReuse + other.ReadForReuse,
    };

    public override string ToString() =>
        $"load {Load.TotalSeconds:F2} s, profiles {Profile.TotalSeconds:F2} s, links {Link.TotalSeconds:F2} s, " +
        $"stories {Group.TotalSeconds:F2} s, passages {Passages.TotalSeconds:F2} s, reuse {Align.TotalSeconds:F2} s " +
        $"({PassagePairs:N0} pairs by passage, {ReadForReuse:N0} articles read again), save {Save.TotalSeconds:F2} s";
}
