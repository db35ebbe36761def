using Khabar.Core.Analyze;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;

namespace Khabar.Core.Tests.Analyze;

public sealed class ParaphrasesTests
{
    private static readonly Paraphrases List = Paraphrases.Load();

    private static ulong Stem(string word) => TermHash.Of(LightStemmer.StemOf(MatchKey.Of(word)));

    private static ulong KeyOf(string word) => List.KeyOf(word, Stem(word), Stem(word));

    [Theory]
    [InlineData("استنكرت", "شجب")]
    [InlineData("داهمت", "اقتحام")]
    [InlineData("نددت", "الإدانة")]
    [InlineData("المركبات", "سيارة")]
    public void Words_of_one_group_are_one_key(string one, string other) => Assert.Equal(KeyOf(one), KeyOf(other));

    [Theory]
    [InlineData("أدى")] // «إدانة» + «ا» stems as «أدى» does: a noun takes no verb's endings
    [InlineData("أرجاء")] // «throughout», with the stem of «إرجاء» (postponement), left out too
    public void Words_that_only_share_a_stem_with_a_listed_form_are_in_no_group(string word) => Assert.Equal(Stem(word), KeyOf(word));

    [Theory]
    [InlineData("استنكر", "رحب")] // condemnation and welcome are opposites, never one word
    [InlineData("تراجع", "ارتفاع")]
    [InlineData("سجن", "أفرج")]
    public void Opposites_stay_apart(string one, string other) => Assert.NotEqual(KeyOf(one), KeyOf(other));

    [Theory]
    [InlineData("بد")] // «لا بد»: «بدأت» and «بدء» stem to «بد»
    [InlineData("قم")] // Qom, and «قم» (stand up); «قمة» stems to «قم»
    [InlineData("هدى")] // a name; «هدية» stems to «هد»
    public void A_word_sharing_only_a_two_letter_stem_with_a_listed_form_is_in_no_group(string word) =>
        Assert.Equal(Stem(word), KeyOf(word));

    [Theory]
    [InlineData("القمة", "اجتماع")]
    [InlineData("بالقمة", "لقاء")]
    [InlineData("وفاة", "مصرع")]
    public void A_listed_word_with_a_two_letter_stem_is_found_by_its_form(string one, string other) =>
        Assert.Equal(KeyOf(other), KeyOf(one));

    [Fact]
    public void A_word_group_is_only_matched_an_event_group_also_anchors_dates_and_numbers()
    {
        Assert.NotEqual(Stem("استنكر"), KeyOf("استنكر")); // in a group
        Assert.False(List.IsEvent(KeyOf("استنكر")));
        Assert.False(List.IsReport(KeyOf("استنكر")));
        Assert.True(List.IsEvent(KeyOf("ارتفع")));
        Assert.Equal(KeyOf("ارتفع"), KeyOf("قفز"));
    }
}
