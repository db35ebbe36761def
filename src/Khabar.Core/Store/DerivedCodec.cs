using System.Text.Json;
using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Consolidate;
using Khabar.Core.Ports;
using Khabar.Text;

namespace Khabar.Core.Store;

/// <summary>
/// How derived records are stored: versioned UTF-8 JSON. Only Core encodes and decodes them and picks their
/// kinds and versions; stores keep the bytes, readers get typed records.
/// </summary>
public static class DerivedCodec
{
    public const string CleaningKind = "cleaning";
    public const string AnalysisKind = "analysis";
    public const string ConsolidationKind = "consolidation";

    private static DerivedJson Json => DerivedJson.Stored;

    public static DerivedRecord Cleaning(CleanText cleaning) =>
        new(CleaningKind, ArticleCleaner.Version, JsonSerializer.SerializeToUtf8Bytes(
            cleaning.Removals.Select(r => new StoredRemoval(r.Start, r.Length, r.Rule.ToString(), r.Replacement)).ToArray(), Json.StoredRemovalArray));

    public static DerivedRecord Analysis(ArticleAnalysis analysis) =>
        new(AnalysisKind, analysis.Version, JsonSerializer.SerializeToUtf8Bytes(analysis, Json.ArticleAnalysis));

    public static DerivedRecord Consolidation(ConsolidatedStory story) =>
        new(ConsolidationKind, StoryConsolidator.Stamp, ConsolidationCodec.Write(story));

    public static IReadOnlyList<StoredRemoval> ReadRemovals(byte[] payload) =>
        payload is [(byte)'[', (byte)']'] ? [] : JsonSerializer.Deserialize(payload, Json.StoredRemovalArray) ?? [];

    public static ArticleAnalysis ReadAnalysis(byte[] payload) =>
        JsonSerializer.Deserialize(payload, Json.ArticleAnalysis) ?? throw new InvalidDataException("empty analysis record");

    /// <summary>A stored consolidation, its quotes' text taken from <paramref name="articles"/> (the story's).</summary>
    /// <exception cref="InvalidDataException">The record is damaged or does not fit those articles.</exception>
    public static ConsolidatedStory ReadConsolidation(byte[] payload, IEnumerable<Domain.Article> articles) =>
        ConsolidationCodec.Read(payload, articles.ToDictionary(a => a.Id, a => a.CleanText, StringComparer.Ordinal));
}

/// <summary>A removal as stored and reported: where in the raw text, by which rule, and what replaced it.</summary>
public sealed record StoredRemoval(int Start, int Length, string Rule, string? Replacement)
{
    public TextExtent Extent => new(Start, Length);
}
