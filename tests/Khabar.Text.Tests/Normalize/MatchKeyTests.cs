using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

public class MatchKeyTests
{
    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("كِتَابًا", "كتابا")]
    [InlineData("الرَّحْمٰن", "الرحمن")]
    public void Removes_diacritics(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    [InlineData("ا\u0654حمد", "احمد")]
    public void Folds_alef_forms_to_bare_alef(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("على", "علي")]
    public void Folds_alef_maksura_to_ya(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("مدينة", "مدينه")]
    [InlineData("الكورية", "الكوريه")]
    public void Folds_ta_marbuta_to_ha(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    public void Folds_hamza_seats(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("جزءا", "جزا")]
    [InlineData("سماء", "سما")]
    [InlineData("ء", "ء")]
    public void Drops_hamza_inside_words_but_keeps_a_lone_one(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("کتاب", "كتاب")]
    [InlineData("ایران", "ايران")]
    [InlineData("گاز", "كاز")]
    [InlineData("ڤيينا", "فيينا")]
    [InlineData("پوتين", "بوتين")]
    [InlineData("چای", "جاي")]
    public void Folds_persian_and_urdu_letters(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("الـمـديـنـة", "المدينه")]
    [InlineData("روس\u200Cيا", "روسيا")]
    [InlineData("\u200Fكيم\u200E", "كيم")]
    public void Drops_tatweel_and_invisible_marks(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("٢٠٢٣", "2023")]
    [InlineData("۱۲", "12")]
    public void Folds_digits_to_ascii(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("ﻻ", "لا")]
    [InlineData("ﻷ", "لا")]
    [InlineData("ﷲ", "الله")]
    [InlineData("ﺍﻟﻌﺮﺑﻴﺔ", "العربيه")]
    public void Unfolds_presentation_forms(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Theory]
    [InlineData("Shoigu", "shoigu")]
    [InlineData("ÉCOLE", "ecole")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Tu-160", "tu-160")]
    public void Lowercases_other_scripts_invariantly(string word, string key) => Assert.Equal(key, MatchKey.Of(word));

    [Fact]
    public void Keeps_letters_that_name_keys_must_tell_apart()
    {
        Assert.NotEqual(MatchKey.Of("شويغو"), MatchKey.Of("شويجو"));
    }

    [Theory]
    [InlineData('أ', 'ا')]
    [InlineData('ة', 'ه')]
    [InlineData('ـ', '\0')]
    [InlineData('\u064E', '\0')]
    [InlineData('ء', '\0')]
    [InlineData('ﻻ', 'ﻻ')]
    [InlineData('Q', 'q')]
    public void Folds_one_character_as_keys_do(char c, char folded) => Assert.Equal(folded, MatchKey.Fold(c));

    [Fact]
    public void Refuses_a_destination_that_may_be_too_small()
    {
        Assert.Throws<ArgumentException>(() => MatchKey.Write("كلمة", new char[4]));
    }

    [Fact]
    public void Writes_without_allocating()
    {
        Span<char> buffer = stackalloc char[MatchKey.MaxLength(16)];
        MatchKey.Write("الْمُسْتَشْفَى", buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            MatchKey.Write("الْمُسْتَشْفَى", buffer);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Is_idempotent_and_bounded_on_random_input()
    {
        var random = new Random(42);
        for (var round = 0; round < 3000; round++)
        {
            var chars = RandomArabicText.Next(random, 40);

            var key = MatchKey.Of(chars);
            Assert.True(key.Length <= MatchKey.MaxLength(chars.Length));
            Assert.Equal(key, MatchKey.Of(key));
        }
    }
}
