using Khabar.Core.Analyze;
using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;
using Khabar.Text.Normalize;

namespace Khabar.Core.Tests.Entities.Tagging;

public class NameWordsTests
{
    [Fact]
    public void A_word_is_banded_by_how_often_names_wrote_it_and_spellings_that_fold_alike_add_up()
    {
        var words = NameWords.From([("سيرغي", 1), ("فيدوروف", 3), ("أحمد", 12), ("احمد", 9), ("شويغو", 40)]);

        Assert.Equal('1', words.Band([MatchKey.Of("سيرغي")]));
        Assert.Equal('2', words.Band([MatchKey.Of("فيدوروف")]));
        // «أحمد» and «احمد» share one key: 21 together.
        Assert.Equal('4', words.Band([MatchKey.Of("أحمد")]));
        Assert.Equal('4', words.Band([MatchKey.Of("شويغو")]));
        Assert.Equal('0', words.Band([MatchKey.Of("الوزير")]));
    }

    [Fact]
    public void The_first_reading_the_list_holds_gives_the_band()
    {
        var words = NameWords.From([("فيدوروف", 2)]);

        // «وفيدوروف»: the whole key is no name word, the reading without «و» is.
        Assert.Equal('2', words.Band(Proclitics.Readings(MatchKey.Of("وفيدوروف"))));
    }

    [Fact]
    public void The_shipped_list_holds_foreign_and_arabic_name_words_and_not_common_words()
    {
        var words = NameWords.Default;

        Assert.True(words.Count > 40_000);
        Assert.NotEqual('0', words.Band([MatchKey.Of("شويغو")]));
        Assert.NotEqual('0', words.Band([MatchKey.Of("محمد")]));
        Assert.Equal('0', words.Band([MatchKey.Of("الحكومة")]));
    }

    [Fact]
    public void Only_a_name_word_gets_name_features_and_the_features_change_with_the_list()
    {
        string[] tokens = ["وقال", "فيدوروف", "إن"];
        var none = new TaggerFeatures(new Gazetteer([], 0), WordClusters.None, NameWords.None, TermWeights.Default);
        var some = new TaggerFeatures(new Gazetteer([], 0), WordClusters.None, NameWords.From([("فيدوروف", 2)]), TermWeights.Default);

        var without = none.Extract(tokens);
        var with = some.Extract(tokens);

        // The name word's own features differ; «إن», no name word in either list, has the same ones.
        Assert.NotEqual(without.Of(1).ToArray(), with.Of(1).ToArray());
        Assert.Equal(without.Of(2)[..TaggerFeatures.IntrinsicPerToken].ToArray(), with.Of(2)[..TaggerFeatures.IntrinsicPerToken].ToArray());
        Assert.Contains(TaggerFeatures.NoFeature, without.Of(1).ToArray());
        Assert.NotEqual(none.Fingerprint, some.Fingerprint);
    }
}
