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
}
