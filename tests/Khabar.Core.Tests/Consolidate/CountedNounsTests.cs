using Khabar.Core.Consolidate;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>The noun a number counts, in the forms the number gives it.</summary>
public class CountedNounsTests
{
    [Theory]
    [InlineData("أشخاص", "شخصاً", "شخص")]
    [InlineData("حدائق", "حديقةً", "حديقة")]
    [InlineData("جنود", "جندياً", "جندي")]
    [InlineData("مخالفين", "مخالفاً", "مخالف")]
    public void A_plural_a_singular_with_the_accusative_alef_and_a_bare_singular_count_one_thing(string plural, string accusative, string singular)
    {
        var nouns = CountedNouns.Default;

        Assert.Equal(nouns.KeyOf(singular), nouns.KeyOf(plural));
        Assert.Equal(nouns.KeyOf(singular), nouns.KeyOf(accusative));
    }

    [Theory]
    [InlineData("أشخاص", "أطفال")]
    [InlineData("قتلى", "جرحى")]
    [InlineData("منازل", "مدارس")]
    public void Two_nouns_stay_two(string a, string b) =>
        Assert.NotEqual(CountedNouns.Default.KeyOf(a), CountedNouns.Default.KeyOf(b));

    [Fact]
    public void A_line_without_plurals_is_refused_with_the_line_named()
    {
        var error = Assert.Throws<FormatException>(() => CountedNouns.Parse(["شخص"]));
        Assert.Contains("'شخص'", error.Message, StringComparison.Ordinal);
    }
}
