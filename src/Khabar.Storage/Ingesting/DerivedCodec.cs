using System.Text.Json;
using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Text;

namespace Khabar.Storage.Ingesting;

/// <summary>How cleaning removals and analyses are stored in the derived cache: versioned UTF-8 JSON.</summary>
public static class DerivedCodec
{
    public const string CleaningKind = "cleaning";
    public const string AnalysisKind = "analysis";

    /// <summary>Bumped when the cleaner's output changes.</summary>
    public const int CleaningVersion = 1;

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static DerivedRecord Cleaning(CleanText cleaning) =>
        new(CleaningKind, CleaningVersion, JsonSerializer.SerializeToUtf8Bytes(
            cleaning.Removals.Select(r => new StoredRemoval(r.Start, r.Length, r.Rule.ToString(), r.Replacement)).ToArray(), Options));

    public static DerivedRecord Analysis(ArticleAnalysis analysis) =>
        new(AnalysisKind, analysis.Version, JsonSerializer.SerializeToUtf8Bytes(analysis, Options));

    public static IReadOnlyList<StoredRemoval> ReadRemovals(byte[] payload) =>
        JsonSerializer.Deserialize<StoredRemoval[]>(payload, Options) ?? [];

    public static ArticleAnalysis ReadAnalysis(byte[] payload) =>
        JsonSerializer.Deserialize<ArticleAnalysis>(payload, Options) ?? throw new InvalidDataException("empty analysis record");
}

/// <summary>A removal as stored and reported: where in the raw text, by which rule, and what replaced it.</summary>
public sealed record StoredRemoval(int Start, int Length, string Rule, string? Replacement)
{
    public TextExtent Extent => new(Start, Length);
}
