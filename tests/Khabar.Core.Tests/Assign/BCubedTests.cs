using Khabar.Core.Assign;

namespace Khabar.Core.Tests.Assign;

public class BCubedTests
{
    private static Dictionary<string, string> Clusters(params (string Item, string Cluster)[] pairs) =>
        pairs.ToDictionary(p => p.Item, p => p.Cluster, StringComparer.Ordinal);

    [Fact]
    public void The_same_clustering_under_other_names_scores_one()
    {
        var reference = Clusters(("a", "x"), ("b", "x"), ("c", "y"));
        var score = BCubed.Of(Clusters(("a", "1"), ("b", "1"), ("c", "2")), reference);

        Assert.Equal((1.0, 1.0, 1.0, 3), (score.Precision, score.Recall, score.F1, score.Items));
    }

    [Fact]
    public void Splitting_costs_recall_and_merging_costs_precision()
    {
        // Reference: {a b c d}, {e}. Split: {a b} {c d} {e}; merged: {a b c d e}.
        var reference = Clusters(("a", "x"), ("b", "x"), ("c", "x"), ("d", "x"), ("e", "y"));
        var split = BCubed.Of(Clusters(("a", "1"), ("b", "1"), ("c", "2"), ("d", "2"), ("e", "3")), reference);
        var merged = BCubed.Of(Clusters(("a", "1"), ("b", "1"), ("c", "1"), ("d", "1"), ("e", "1")), reference);

        Assert.Equal(1.0, split.Precision);
        Assert.Equal((0.5 * 4 + 1) / 5, split.Recall, 10);
        Assert.Equal(1.0, merged.Recall);
        Assert.Equal((0.8 * 4 + 0.2) / 5, merged.Precision, 10);
    }

    [Fact]
    public void Items_missing_on_either_side_are_left_out()
    {
        var score = BCubed.Of(Clusters(("a", "1"), ("b", "1"), ("z", "1")), Clusters(("a", "x"), ("b", "x"), ("c", "y")));

        Assert.Equal(2, score.Items);
        Assert.Equal(1.0, score.Precision);
    }
}
