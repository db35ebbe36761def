using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Tests.Entities.Tagging;

public class TaggerModelTests
{
    private static readonly string[][] Sentences =
    [
        ["وقال", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "في", "الرياض", "إن", "المملكة", "ترحب", "بالاتفاق", "."],
        ["واستقبل", "خادم", "الحرمين", "الشريفين", "الملك", "سلمان", "بن", "عبدالعزيز", "آل", "سعود", "وفدا", "من", "الأمم", "المتحدة", "."],
        ["Reuters", "2015", "،", "جدة", "-", "أعلنت", "شركة", "أرامكو", "السعودية", "عن", "نتائجها", "."],
        ["الجبير", "يلتقي", "كيري", "في", "جدة", "."],
    ];

    [Fact]
    public void Tagging_scores_each_token_as_its_whole_feature_list_does_to_the_bit()
    {
        var features = TaggerFeatures.Default;
        var model = StackedTaggerModel.Default.First;
        foreach (var sentence in Sentences)
        {
            var n = sentence.Length;
            var expected = new float[n * BioLabel.Count];
            model.Emissions(features.Extract(sentence), expected);
            var traits = sentence.Select(features.Traits).ToArray();
            var context = new uint[n * TaggerFeatures.ContextPerToken];
            features.Context(traits, new uint[n], context);
            var actual = new float[n * BioLabel.Count];
            model.Emissions(traits, context, [], [], new TokenScores[n], actual);

            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void The_tagger_gives_the_labels_of_both_passes_over_whole_feature_lists_then_the_documents_reading()
    {
        var features = TaggerFeatures.Default;
        var model = StackedTaggerModel.Default;
        var extracted = Sentences.Select(s => features.Extract(s)).ToArray();
        var first = extracted.Select(model.First.Decode).ToArray();
        var cores = Sentences.Select(s => features.Cores(s)).ToArray();
        var expected = DocumentMemory.Extend(extracted, cores, first).Select(model.Second.Decode).ToArray();
        NameConsistency.Apply(Sentences.Select(s => features.NameCores(s)).ToArray(), expected);

        var labels = new EntityTagger(model, features).TagSentences(Sentences);

        Assert.Equal(expected, labels);
    }

    [Fact]
    public void The_mean_of_models_averages_each_weight_and_counts_a_missing_feature_as_zero()
    {
        const int L = BioLabel.Count;
        var a = new TaggerModel(new Dictionary<uint, int> { [11] = 0, [22] = 1 }, [.. Enumerable.Repeat(2f, 2 * L)], [.. Enumerable.Repeat(1f, (L + 1) * L)], 5);
        var b = new TaggerModel(new Dictionary<uint, int> { [22] = 0 }, [.. Enumerable.Repeat(4f, L)], [.. Enumerable.Repeat(3f, (L + 1) * L)], 5);

        var mean = TaggerModel.Mean([a, b]);

        Assert.Equal(2, mean.Features);
        var scores = new float[2 * L];
        mean.Emissions(new SentenceFeatures([11u, 22u], [0, 1, 2]), scores);
        Assert.All(scores[..L], w => Assert.Equal(1f, w));  // feature 11: (2 + 0) / 2
        Assert.All(scores[L..], w => Assert.Equal(3f, w));  // feature 22: (2 + 4) / 2
        Assert.All(mean.Transitions, t => Assert.Equal(2f, t));
    }
}
