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
    [InlineData("أمراء", "أمراً")]
    [InlineData("نساء", "أمراً")]
    [InlineData("خبراء", "خبر")]
    [InlineData("أسرة", "أسيراً")]
    [InlineData("طلب", "طالب")]
    [InlineData("مدارس", "مدرساً")]
    public void Two_nouns_stay_two(string a, string b) =>
        Assert.NotEqual(CountedNouns.Default.KeyOf(a), CountedNouns.Default.KeyOf(b));

    [Fact]
    public void Every_listed_plural_counts_its_own_singular_and_no_other_line()
    {
        var lines = Khabar.Text.Resources.EmbeddedWordList.Load(typeof(CountedNouns).Assembly, "Khabar.Core.Consolidate.Resources.counted-nouns.txt")
            .Select(l => l.Split('\t')).Select(p => (Singular: p[0], Plurals: p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        var nouns = CountedNouns.Default;
        var singulars = lines.Select(l => nouns.KeyOf(l.Singular)).ToList();

        Assert.Equal(singulars.Count, singulars.Distinct().Count());
        foreach (var (singular, plurals) in lines)
        {
            Assert.All(plurals, plural => Assert.Equal(nouns.KeyOf(singular), nouns.KeyOf(plural)));
        }
    }

    [Fact]
    public void A_plural_listed_for_two_singulars_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => CountedNouns.Parse(["أسير\tأسرى", "سرير\tأسرة"]));
        Assert.Contains("'أسرة'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_without_plurals_is_refused_with_the_line_named()
    {
        var error = Assert.Throws<FormatException>(() => CountedNouns.Parse(["شخص"]));
        Assert.Contains("'شخص'", error.Message, StringComparison.Ordinal);
    }
}
