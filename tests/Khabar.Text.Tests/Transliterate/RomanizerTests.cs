using Khabar.Text.Transliterate;

namespace Khabar.Text.Tests.Transliterate;

public class RomanizerTests
{
    [Theory]
    [InlineData("شابوشنيكوف")]
    [InlineData("كومسومولسك")]
    [InlineData("سيرجي كوبيلاش")]
    [InlineData("ألكسندر كوزلوف")]
    [InlineData("فوستوشني")]
    [InlineData("بيوتر تشايكوفسكي")]
    public void A_romanized_foreign_name_keeps_its_consonants(string arabic)
    {
        var latin = Romanizer.Default.Of(arabic);

        Assert.NotNull(latin);
        Assert.Equal(NameKey.Of(arabic), NameKey.Of(latin));
        Assert.Equal(arabic.Split(' ').Length, latin.Split(' ').Length);
        Assert.All(latin.Split(' '), word => Assert.True(char.IsUpper(word[0]), word));
    }

    [Fact]
    public void The_article_is_written_al()
    {
        Assert.StartsWith("Al-", Romanizer.Default.Of("الحديدي"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Shoigu")]
    [InlineData("2024")]
    [InlineData("")]
    public void Text_without_arabic_letters_has_no_romanization(string text)
    {
        Assert.Null(Romanizer.Default.Of(text));
    }

    [Fact]
    public void A_table_reads_its_longest_known_context_first()
    {
        // ي alone writes i; after ب at the end of a word, this table says y.
        var romanizer = Romanizer.Parse(["__ب__\tb", "__ي__\ti", "_بي#_\ty"]);

        Assert.Equal("By", romanizer.Of("بي"));
        Assert.Equal("Iby", romanizer.Of("يبي"));
    }
}
