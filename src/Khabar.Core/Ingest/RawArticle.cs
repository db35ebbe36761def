namespace Khabar.Core.Ingest;

/// <summary>
/// One article as a reader found it, before cleaning: decoded text plus whatever metadata the input carried.
/// </summary>
public sealed record RawArticle
{
    /// <summary>Stable id: a file input's name without extension; for an item inside a container
    /// (JSON array, feed, zip, WARC) the container's id and the item's position, e.g. <c>2015-07-21-00042</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Where it came from: a path, with <c>!entry</c> for a zip member and <c>#n</c> for the n-th item.</summary>
    public required string Origin { get; init; }

    /// <summary>The article body as decoded text. For HTML, the extracted main text with one paragraph a line.</summary>
    public required string Text { get; init; }

    /// <summary>The input format that produced it: text, html, json, jsonl, rss, atom, warc.</summary>
    public required string Format { get; init; }

    public string? Title { get; init; }

    /// <summary>The outlet (e.g. <c>aawsat</c>, <c>الشرق الأوسط</c>); null when the input does not say.</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication time when the input states it; null otherwise (it may be inferred later).</summary>
    public DateTimeOffset? Published { get; init; }
}
