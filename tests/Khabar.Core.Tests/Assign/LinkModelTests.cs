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

    /// <summary>
    /// The ceilings the linker rules pairs out by are never below what the model gives any pair they stand for: features
    /// drawn at random, with the shipped weights and with random ones of either sign.
    /// </summary>
    [Fact]
    public void A_ceiling_is_never_below_the_score_of_a_pair_it_stands_for()
    {
        var random = new Random(11);
        var weightSets = new List<IReadOnlyList<double>> { LinkModels.Default.Event.Weights, LinkModels.Default.Story.Weights };
        for (var k = 0; k < 20; k++)
        {
            weightSets.Add([.. Enumerable.Range(0, LinkFeatures.Count).Select(_ => (random.NextDouble() * 20) - 10)]);
        }

        foreach (var weights in weightSets)
        {
            var model = new LinkModel([.. weights]);
            for (var n = 0; n < 500; n++)
            {
                var undated = random.Next(4) == 0;
                var features = Pair(random.NextDouble(), undated ? 0 : 90 * random.NextDouble() * random.NextDouble());
                features[2] = random.Next(7) / 6.0;
                features[3] = random.Next(5) / 4.0;
                features[LinkFeatures.Wording] = random.NextDouble();
                features[7] = features[2] * features[5];
                features[8] = undated ? 1 : 0;
                features[LinkFeatures.SharedNames] = random.NextDouble();
                features[10] = random.NextDouble();
                var score = features.Select((f, i) => f * weights[i]).Sum();
                var days = Math.Exp(features[5]) - 1;

                Assert.True(LinkFeatures.Ceiling(weights, features[1], days, undated) >= score - 1e-12);
                Assert.True(model.Ceiling(features, LinkFeatures.WordingAndNames) >= score - 1e-12);
                Assert.True(LinkModel.ProbabilityAtMost(LinkFeatures.Ceiling(weights, features[1], days, undated)) >= model.Probability(features));
                Assert.True(LinkModel.ProbabilityAtMost(model.Ceiling(features, LinkFeatures.WordingAndNames)) >= model.Probability(features));
            }
        }

        // Tight where it can be: with every feature known, the ceiling is the score itself.
        var known = Pair(0.4, 2);
        Assert.Equal(known.Select((f, i) => f * LinkModels.Default.Story.Weights[i]).Sum(), LinkModels.Default.Story.Ceiling(known, []), 9);
    }
}
