using Khabar.Text.Resources;

namespace Khabar.Text.Tests.Resources;

public class EmbeddedWordListTests
{
    [Theory]
    [InlineData("الماضية", "الماضيه")]
    [InlineData("جمادى الآخرة", "جمادي الاخره")]
    [InlineData("  ربيع   الأول ", "ربيع الاول")]
    [InlineData("مساءً", "مسا")]
    [InlineData("هـ", "ه")]
    [InlineData("ربيع\tالأول", "ربيع الاول")]
    [InlineData("", "")]
    public void Key_phrase_folds_each_word_and_joins_them_with_one_space(string entry, string key) =>
        Assert.Equal(key, EmbeddedWordList.KeyPhrase(entry));

    [Fact]
    public void Lists_of_another_assembly_load_by_resource_name()
    {
        var keys = EmbeddedWordList.LoadKeys(typeof(EmbeddedWordList).Assembly, "Khabar.Text.hijri-era.txt");

        Assert.Contains("ه", (IReadOnlySet<string>)keys);
        Assert.DoesNotContain(keys, k => k.Contains('#', StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_list_says_which() =>
        Assert.Contains("nothing.txt", Assert.Throws<InvalidOperationException>(() => EmbeddedWordList.Load(typeof(EmbeddedWordList).Assembly, "nothing.txt")).Message, StringComparison.Ordinal);
}
