using Khabar.Core.Analyze;

namespace Khabar.Core.Tests.Analyze;

public sealed class CountryKeysTests
{
    private static ulong KeyOf(string word) => ContentTerms.Of(word).Terms[0].Key;

    private static ulong CountryOf(string word) => CountryKeys.Default.Of(word, KeyOf(word));

    [Theory]
    [InlineData("أنقرة", "تركيا")]
    [InlineData("التركية", "تركيا")]
    [InlineData("مقاتلات تركية", "تركيا")]
    [InlineData("موسكو", "روسيا")]
    [InlineData("الروسي", "روسيا")]
    [InlineData("سورية", "سوريا")]
    [InlineData("بكين", "الصين")] // the stemmer cuts it to «بك»: found by its whole form
    [InlineData("بطهران", "إيران")]
    [InlineData("فاليتا", "مالطا")]
    [InlineData("والقاهرة", "مصر")]
    public void A_capital_another_name_or_an_adjective_is_the_country(string words, string country)
    {
        var word = words.Split(' ')[^1];
        Assert.Equal(KeyOf(country), CountryOf(word));
    }

    [Theory]
    [InlineData("مناسك")] // Minsk's consonants: rare names are matched by skeleton, and no skeleton is read as a country
    [InlineData("أطنان")] // Athens's
    [InlineData("بوك")] // Baku's («فيس بوك»)
    [InlineData("قبالة")] // Kabul's
    [InlineData("الرياضة")] // sport: Riyadh's stem
    [InlineData("العم")] // an uncle: Amman's and Oman's stem
    [InlineData("التالي")] // Tallinn's stem
    [InlineData("تركي")] // a given name as often as Turkish
    [InlineData("المملكة")] // any kingdom
    [InlineData("بيتاً")] // a house: Valletta's form is «فاليتا», not «يتا»
    [InlineData("لصين")] // two thieves
    [InlineData("فيمن")] // among those who
    [InlineData("باكراً")] // early
    [InlineData("مدريد")] // mostly Real or Atlético in headlines
    public void Words_that_only_share_a_key_or_a_stem_with_a_place_stay_themselves(string word) =>
        Assert.Equal(KeyOf(word), CountryOf(word));
}
