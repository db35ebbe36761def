namespace Khabar.Core.Assign;

/// <summary>Why two articles belong to one story.</summary>
public enum LinkKind
{
    /// <summary>Same event: their weighted terms are close enough.</summary>
    Related,

    /// <summary>The same text lightly edited: verified shingle Jaccard at or above the near-duplicate threshold.</summary>
    NearDuplicate,

    /// <summary>The same clean text.</summary>
    Duplicate,

    /// <summary>Different events of one story: reported days apart, about the same people, places and matter.</summary>
    Story,
}

public static class LinkKinds
{
    /// <summary>Whether two articles so linked share their text (exactly or nearly).</summary>
    public static bool IsCopy(this LinkKind kind) => kind is LinkKind.Duplicate or LinkKind.NearDuplicate;

    /// <summary>Whether two articles so linked report one event.</summary>
    public static bool IsEvent(this LinkKind kind) => kind is not LinkKind.Story;
}
