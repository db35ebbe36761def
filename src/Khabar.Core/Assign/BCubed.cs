namespace Khabar.Core.Assign;

/// <summary>
/// B-cubed precision and recall of a clustering against a reference (Bagga and Baldwin 1998): for each item, the
/// share of its predicted cluster that is in its reference cluster (precision) and the share of its reference
/// cluster that is in its predicted cluster (recall), averaged over the items. Items missing from either side
/// are left out.
/// </summary>
public sealed record BCubed(double Precision, double Recall, int Items)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BCubed Of(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> reference)
    {
        var items = reference.Keys.Where(predicted.ContainsKey).ToList();
        if (items.Count == 0)
        {
            return new BCubed(0, 0, 0);
        }

        var together = items.GroupBy(i => (predicted[i], reference[i])).ToDictionary(g => g.Key, g => g.Count());
        var predictedSize = items.GroupBy(i => predicted[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var referenceSize = items.GroupBy(i => reference[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double precision = 0, recall = 0;
        foreach (var item in items)
        {
            var shared = together[(predicted[item], reference[item])];
            precision += (double)shared / predictedSize[predicted[item]];
            recall += (double)shared / referenceSize[reference[item]];
        }

        return new BCubed(precision / items.Count, recall / items.Count, items.Count);
    }
}
