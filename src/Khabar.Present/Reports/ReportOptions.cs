using Khabar.Core.Consolidate;

namespace Khabar.Present.Reports;

/// <summary>What a reader may choose about a story report.</summary>
public static class ReportOptions
{
    public const int DefaultSummaryWords = StoryConsolidator.DefaultSummaryWords;
}
