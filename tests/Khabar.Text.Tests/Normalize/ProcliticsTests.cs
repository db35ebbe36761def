using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

public class ProcliticsTests
{
    [Theory]
    [InlineData('\u0648')]   // و and
    [InlineData('\u0641')]   // ف so
    [InlineData('\u0628')]   // ب with, in
    [InlineData('\u0644')]   // ل for, to
    [InlineData('\u0643')]   // ك like
    public void One_letter_proclitics(char c) => Assert.True(Proclitics.IsLetter(c));

    [Theory]
    [InlineData('\u0627')]   // ا
    [InlineData('\u0633')]   // س the future prefix sits on verbs, not names
    [InlineData('\u062A')]   // ت
    [InlineData('\u06A9')]   // ک Persian kaf as written is not folded here
    [InlineData('w')]
    [InlineData(' ')]
    public void Other_letters_are_no_proclitics(char c) => Assert.False(Proclitics.IsLetter(c));

    [Theory]
    [InlineData("الامس", true)]
    [InlineData("بالامس", true)]
    [InlineData("والامس", true)]
    [InlineData("للسعوديه", true)]
    [InlineData("امس", false)]
    [InlineData("وامس", false)]
    [InlineData("بموسكو", false)]
    [InlineData("ال", false)]       // too short to be an article and a word
    [InlineData("", false)]
    public void The_article_among_the_proclitics(string key, bool article) => Assert.Equal(article, Proclitics.HasArticle(key));

    [Theory]
    [InlineData("والرياض", 3)]
    [InlineData("بموسكو", 1)]
    [InlineData("للسعوديه", 2)]
    [InlineData("وسوف", 1)]
    [InlineData("سوف", 0)]
    [InlineData("بغداد", 1)]        // over-strips a name that starts with ب, as documented
    public void Length_of_the_proclitics(string key, int length) => Assert.Equal(length, Proclitics.Length(key));

    [Theory]
    [InlineData("والرياض", "والرياض|الرياض|رياض")]
    [InlineData("الرياض", "الرياض|رياض")]
    [InlineData("بالرياض", "بالرياض|الرياض|رياض")]
    [InlineData("بموسكو", "بموسكو|موسكو")]
    [InlineData("للسعوديه", "للسعوديه|السعوديه|سعوديه")]
    [InlineData("وللسعوديه", "وللسعوديه|للسعوديه|السعوديه|سعوديه")]
    [InlineData("وسوف", "وسوف|سوف")]
    [InlineData("سوف", "سوف")]
    [InlineData("بلد", "بلد")]       // too short to lose its ب
    public void Readings_of_a_word_most_literal_first(string key, string readings)
    {
        Assert.Equal(readings.Split('|'), Proclitics.Readings(key));

        // The spans, without strings, are the same readings in the same order.
        var spans = new List<string>();
        foreach (var reading in Proclitics.Readings(key.AsSpan(), new char[key.Length]))
        {
            spans.Add(reading.ToString());
        }

        Assert.Equal(readings.Split('|'), spans);
    }
}
