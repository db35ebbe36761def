using Khabar.Core.Consolidate;

namespace Khabar.Cli.Reports;

/// <summary>What a reader may choose about a story report.</summary>
internal static class ReportOptions
{
    public const int DefaultSummaryWords = StoryConsolidator.DefaultSummaryWords;
}
