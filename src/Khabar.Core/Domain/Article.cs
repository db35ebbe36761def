namespace Khabar.Core.Domain;

/// <summary>
/// An article as stored: the source of truth. The original text is kept as read; the clean text is what every
/// later stage reads. Removals and analysis are derived and live in the versioned cache beside it.
/// </summary>
public sealed record Article
{
    /// <summary>Unique in a store. A file input's name without extension; see <c>RawArticle.Id</c>.</summary>
    public required string Id { get; init; }

    public required string Origin { get; init; }

    public required string Format { get; init; }

    public string? Title { get; init; }

    /// <summary>The outlet; null when unknown (such an article counts as its own independent source).</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from.</summary>
    public PublishedFrom PublishedFrom { get; init; }

    /// <summary>The text as the reader decoded it, before cleaning.</summary>
    public required string RawText { get; init; }

    /// <summary>The text after cleaning; offsets in analysis results refer to it.</summary>
    public required string CleanText { get; init; }

    /// <summary>SHA-256 of the clean text (lowercase hex): equal hashes are exact duplicates.</summary>
    public required string ContentHash { get; init; }
}
