using Khabar.Core.Assign;

namespace Khabar.Core.Tests.Assign;

public class LinkModelTests
{
    private static double[] Pair(double cosine, double days)
    {
        var features = new double[LinkFeatures.Count];
        features[0] = 1;
        features[1] = cosine;
        features[5] = Math.Log(1 + days);
        features[6] = cosine * features[5];
        return features;
    }

    [Fact]
    public void Training_learns_that_close_pairs_belong_together_and_far_ones_do_not()
    {
        var random = new Random(7);
        var features = new List<double[]>();
        var same = new List<bool>();
        for (var i = 0; i < 400; i++)
        {
            var together = i % 2 == 0;
            features.Add(Pair(together ? 0.5 + (0.5 * random.NextDouble()) : 0.5 * random.NextDouble(), 3 * random.NextDouble()));
            same.Add(together);
        }

        var model = LinkModelTrainer.Train(features, same);

        Assert.True(model.Probability(Pair(0.9, 1)) > 0.9);
        Assert.True(model.Probability(Pair(0.1, 1)) < 0.1);
        Assert.Equal(model.Weights, LinkModelTrainer.Train(features, same).Weights); // deterministic
    }

    [Fact]
    public void Models_round_trip_through_their_text_form_and_a_wrong_width_is_refused()
    {
        var models = new LinkModels(new LinkModel([.. Enumerable.Range(0, LinkFeatures.Count).Select(i => i * 0.25)]), new LinkModel([.. Enumerable.Range(0, LinkFeatures.Count).Select(i => -i / 3.0)]));

        var again = LinkModels.Parse(models.Write());

        Assert.Equal(models.Event.Weights, again.Event.Weights);
        Assert.Equal(models.Story.Weights, again.Story.Weights);
        Assert.Throws<InvalidDataException>(() => LinkModels.Parse("event\t1\t2\nstory\t1\t2\n"));
        Assert.Throws<InvalidDataException>(() => LinkModels.Parse(models.Event.Write("event") + "\n"));
        Assert.Throws<InvalidDataException>(() => LinkModels.Parse("event only a name\n"));
    }

    [Fact]
    public void The_shipped_models_score_more_alike_pairs_higher()
    {
        var models = LinkModels.Default;

        Assert.True(models.Event.Probability(Pair(0.8, 0.2)) > models.Event.Probability(Pair(0.2, 0.2)));
        Assert.True(models.Story.Probability(Pair(0.8, 2)) > models.Story.Probability(Pair(0.2, 2)));
    }
}
