using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Tests.Entities.Tagging;

public class TaggerFeaturesTests
{
    [Fact]
    public void Given_features_are_the_context_features_that_read_one_neighbour()
    {
        string[] tokens = ["وقال", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "في", "الرياض", "إن", "Reuters", "2015", "."];
        var features = TaggerFeatures.Default;
        var extracted = features.Extract(tokens);
        var traits = tokens.Select(features.Traits).ToArray();
        var given = new uint[TaggerFeatures.GivenPerToken];
        var checkedFeatures = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var context = extracted.Of(i)[TaggerFeatures.IntrinsicPerToken..];
            Assert.Equal(TaggerFeatures.ContextPerToken, context.Length);
            for (var k = 0; k < context.Length; k++)
            {
                int g = TaggerFeatures.GivenAt[k];
                if (g < 0)
                {
                    continue;
                }

                TaggerFeatures.Given(TaggerFeatures.At(traits, i + TaggerFeatures.GiverOffset(g)), given);
                Assert.Equal(context[k], given[g]);
                checkedFeatures++;
            }
        }

        Assert.Equal(tokens.Length * TaggerFeatures.GivenPerToken, checkedFeatures);
    }
}
