namespace Khabar.Core.Ingest;

/// <summary>Limits that keep bad input from exhausting memory.</summary>
public sealed record IngestOptions
{
    /// <summary>A file larger than this is rejected unread (default 256 MB).</summary>
    public long MaxFileBytes { get; init; } = 256L << 20;

    /// <summary>An article whose text is longer than this is rejected (default 2,000,000 chars).</summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>The most a zip archive may expand to, all entries together (default 1 GB).</summary>
    public long MaxZipExpandedBytes { get; init; } = 1L << 30;

    /// <summary>The outlet of articles whose input does not name one (<c>--source</c>); null leaves it unknown.</summary>
    public string? DefaultSource { get; init; }

    public static IngestOptions Default { get; } = new();
}
