namespace Khabar.Core.Domain;

/// <summary>Where an article's publication time came from.</summary>
public enum PublishedFrom
{
    /// <summary>Nobody said: the story stage may infer it.</summary>
    Unknown,

    /// <summary>The input's metadata (a JSON field, a meta tag, a feed date).</summary>
    Metadata,

    /// <summary>A full date written near the top of the text (a dateline); a day, no time.</summary>
    Text,
}
