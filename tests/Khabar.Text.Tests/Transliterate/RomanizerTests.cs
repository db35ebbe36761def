using Khabar.Text.Resources;
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
    public void A_word_the_list_spells_whole_is_written_so_and_the_rest_letter_by_letter()
    {
        var romanizer = Romanizer.Default.WithWords(["محمد\tMohamed\t900", "صالح\tSaleh\t100", "مالكي\tMaliki\t40"], "test");

        Assert.Equal("Mohamed Saleh", romanizer.Of("محمد صالح"));
        Assert.Equal(Romanizer.Default.Of("شابوشنيكوف", wholeWords: false), romanizer.Of("شابوشنيكوف"));
        Assert.NotEqual("Mohamed", romanizer.Of("محمد", wholeWords: false));
    }

    [Fact]
    public void A_word_with_the_article_is_al_and_a_name_unless_the_pairs_saw_it_whole_more_often()
    {
        var romanizer = Romanizer.Default.WithWords(["مالكي\tMaliki\t40", "المالكي\tAlmalki\t3", "البرت\tAlbert\t30", "برت\tBurt\t2", "صالح\tSaleh"], "test");

        Assert.Equal("Al-Maliki", romanizer.Of("المالكي"));
        Assert.Equal("Albert", romanizer.Of("البرت"));
        Assert.Equal("Al-Saleh", romanizer.Of("الصالح"));
        Assert.StartsWith("Al-", romanizer.Of("الحديدي"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_word_spelt_without_an_al_gives_the_article_word_no_borrowed_spelling()
    {
        // The pairs hold translated titles too (الملكة → Queen): «Al-» before such a spelling would be nonsense.
        var romanizer = Romanizer.Default.WithWords(["الملكة\tQueen\t5", "الفيصل\tAlfaisal\t9"], "test");

        Assert.Equal("Al-" + Romanizer.Default.Of("ملكة", wholeWords: false), romanizer.Of("الملكة"));
        Assert.Equal("Al-Faisal", romanizer.Of("الفيصل"));
    }

    [Theory]
    [InlineData("الثاني", "Ii")]
    [InlineData("من", "Of")]
    [InlineData("الأمير", "Prince")]
    [InlineData("مهرج", "Joker")]
    public void The_shipped_words_hold_no_translated_word(string arabic, string translation)
    {
        // The pairs also hold translations (الثاني → II, من → Of): the list keeps spellings whose sounds match the word's.
        Assert.DoesNotContain(EmbeddedWordList.LoadLines("romanization-words.txt"), l => l.StartsWith(arabic + "\t" + translation + "\t", StringComparison.Ordinal));
        Assert.DoesNotContain(translation, Romanizer.Default.Of(arabic) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_table_keeps_the_contexts_at_a_word_edge()
    {
        // «#» marks a word's edge inside the table's contexts; only a line that begins with it is a comment.
        var lines = EmbeddedWordList.LoadLines("romanization.txt");

        Assert.Contains(lines, l => l.StartsWith("##", StringComparison.Ordinal));
        Assert.Equal(lines.Count, Romanizer.Default.Count);
    }

    [Fact]
    public void The_shipped_list_spells_common_given_names_as_news_in_english_does()
    {
        Assert.Equal("Mohamed", Romanizer.Default.Of("محمد"));
        Assert.Equal("John Kerry", Romanizer.Default.Of("جون كيري"));
    }

    [Theory]
    [InlineData("محمد Mohamed")]
    [InlineData("محمد\t")]
    [InlineData("محمد\t  ")]
    [InlineData("\tMohamed")]
    [InlineData("محمد\tMohamed\tmany")]
    [InlineData("محمد\tMohamed\t3\t4")]
    public void A_malformed_word_line_is_refused_naming_the_list_and_the_line(string line)
    {
        var error = Assert.Throws<FormatException>(() => Romanizer.Default.WithWords([line], "words.txt"));

        Assert.Contains("words.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(line, error.Message, StringComparison.Ordinal);
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
