namespace Khabar.Core.Tests.Consolidate;

/// <summary>What a summary's word budget allows: at most the budget, or one sentence past it that ends the summary nearer the budget than leaving it out would.</summary>
internal static class SummaryBudget
{
    public static bool Kept(IEnumerable<string> sentences, int budget)
    {
        var words = sentences.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        var total = words.Sum();
        return total <= budget || words.Count == 1 || words.Any(w => total - w < budget && total - budget < budget - (total - w));
    }
}
