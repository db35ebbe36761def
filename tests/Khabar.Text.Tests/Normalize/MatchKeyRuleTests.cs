using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

public class MatchKeyRuleTests
{
    [Theory]
    [InlineData("\u0643\u064E\u062A\u064E\u0628\u064E", "\u0643\u062A\u0628")]         // كَتَبَ → كتب
    [InlineData("\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F\u064C", "\u0645\u062D\u0645\u062F")] // shadda, tanwin
    [InlineData("\u0647\u0670\u0630\u0627", "\u0647\u0630\u0627")]                     // superscript alef
    [InlineData("\u0627\u0644\u0644\u0647\u06DA", "\u0627\u0644\u0644\u0647")]         // Quranic mark U+06DA
    [InlineData("\u0645\u0650\u0646\u0652", "\u0645\u0646")]                           // kasra, sukun
    public void Removes_arabic_diacritics(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u0623\u062D\u0645\u062F", "\u0627\u062D\u0645\u062F")]   // أحمد
    [InlineData("\u0625\u064A\u0631\u0627\u0646", "\u0627\u064A\u0631\u0627\u0646")] // إيران
    [InlineData("\u0622\u062B\u0627\u0631", "\u0627\u062B\u0627\u0631")]   // آثار
    [InlineData("\u0671\u0644\u0644\u0647", "\u0627\u0644\u0644\u0647")]   // ٱلله
    [InlineData("\u0627\u0654\u062D\u0645\u062F", "\u0627\u062D\u0645\u062F")] // decomposed أ
    public void Folds_alef_with_hamza_above_and_other_alef_forms(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u0645\u0624\u062A\u0645\u0631", "\u0645\u0648\u062A\u0645\u0631")] // مؤتمر → موتمر
    [InlineData("\u0631\u0626\u064A\u0633", "\u0631\u064A\u064A\u0633")]             // رئيس → رييس
    [InlineData("\u0631\u064A\u0654\u064A\u0633", "\u0631\u064A\u064A\u0633")]       // decomposed ئ
    [InlineData("\u06C0", "\u0647")]                                                 // ۀ → ه
    public void Folds_hamza_carriers(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u0633\u0645\u0627\u0621", "\u0633\u0645\u0627")]             // سماء → سما
    [InlineData("\u0645\u0633\u0627\u0621\u0644\u0629", "\u0645\u0633\u0627\u0644\u0647")] // مساءلة
    [InlineData("\u0621", "\u0621")]                                           // a lone hamza stays
    [InlineData("\u0621\u064E", "\u0621")]
    [InlineData("\uFE80", "\u0621")]                                           // its presentation form too
    public void Drops_hamza_inside_a_word(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u0645\u0635\u0637\u0641\u0649", "\u0645\u0635\u0637\u0641\u064A")] // مصطفى → مصطفي
    public void Folds_alef_maksura_to_yeh(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u0645\u062F\u064A\u0646\u0629", "\u0645\u062F\u064A\u0646\u0647")] // مدينة → مدينه
    public void Folds_teh_marbuta_to_heh(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u06A9\u06CC\u0645", "\u0643\u064A\u0645")]   // کیم → كيم
    [InlineData("\u06AF\u0627\u0632", "\u0643\u0627\u0632")]   // گاز → كاز
    [InlineData("\u06A4\u064A\u062A\u0646\u0627\u0645", "\u0641\u064A\u062A\u0646\u0627\u0645")] // ڤيتنام
    [InlineData("\u067E\u0648\u062A\u064A\u0646", "\u0628\u0648\u062A\u064A\u0646")] // پوتين
    [InlineData("\u0686\u0627\u064A", "\u062C\u0627\u064A")]   // چاي
    [InlineData("\u06BE\u0646\u062F", "\u0647\u0646\u062F")]   // ھند
    public void Folds_persian_letters(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\uFEF7\u0646", "\u0644\u0627\u0646")]         // ﻷن
    [InlineData("\uFDF2", "\u0627\u0644\u0644\u0647")]         // ﷲ
    [InlineData("\uFE91\uFEE8", "\u0628\u0646")]
    [InlineData("\uFDFA", "\uFDFA")]                           // phrase ligature kept whole
    public void Folds_presentation_forms(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u0627\u0644\u0640\u0640\u0642\u0640\u062F\u0633", "\u0627\u0644\u0642\u062F\u0633")]
    [InlineData("\u0645\u200C\u0646\u200F", "\u0645\u0646")]
    public void Removes_tatweel_and_invisible_controls(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("\u0661\u0669\u0667\u0663", "1973")]
    [InlineData("\u06F2\u06F0", "20")]
    public void Folds_digits_to_ascii(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Theory]
    [InlineData("NATO", "nato")]
    [InlineData("Stra\u00DFe", "stra\u00DFe")]
    [InlineData("\u00C9lys\u00E9e", "elysee")]       // accented letters fold to their base
    [InlineData("E\u0301lyse\u0301e", "elysee")]     // decomposed: same key
    [InlineData("Erdo\u011Fan", "erdogan")]
    [InlineData("\u041C\u043E\u0441\u043A\u0432\u0430", "\u043C\u043E\u0441\u043A\u0432\u0430")] // Москва
    public void Lowercases_and_unaccents_other_scripts(string input, string expected) =>
        Assert.Equal(expected, MatchKey.Of(input));

    [Fact]
    public void Keeps_ghain_and_jeem_apart()
    {
        // شويغو and شويجو: name keys may merge them, match keys do not.
        Assert.NotEqual(MatchKey.Of("\u0634\u0648\u064A\u063A\u0648"), MatchKey.Of("\u0634\u0648\u064A\u062C\u0648"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u0640\u200B")]
    public void Handles_empty_and_blank_input(string input) =>
        Assert.Equal(input.Trim('\u0640', '\u200B'), MatchKey.Of(input));

    [Fact]
    public void Write_needs_room_for_max_length()
    {
        var source = "\uFEFB\uFEFB";
        Assert.Equal(8, MatchKey.MaxLength(source.Length));
        Assert.Throws<ArgumentException>(() => MatchKey.Write(source, new char[7]));
        var destination = new char[MatchKey.MaxLength(source.Length)];
        Assert.Equal(4, MatchKey.Write(source, destination));
        Assert.Equal("\u0644\u0627\u0644\u0627", new string(destination, 0, 4));
    }

    [Fact]
    public void Write_does_not_allocate()
    {
        var source = "\u0648\u0642\u0627\u0644\u064E \u0627\u0644\u0631\u0626\u064A\u0633\u064F \u0625\u0646\u0651";
        Span<char> destination = stackalloc char[MatchKey.MaxLength(source.Length)];
        MatchKey.Write(source, destination);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            MatchKey.Write(source, destination);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Every_bmp_char_has_a_stable_key_within_the_bound()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = ((char)i).ToString();
            var key = MatchKey.Of(c);
            Assert.True(key.Length <= MatchKey.MaxLength(1), $"U+{i:X4}");
            Assert.True(key == MatchKey.Of(key), $"U+{i:X4} key is not stable");
            Assert.True(key == MatchKey.Of(DisplayNormalizer.Normalize(c).Text), $"U+{i:X4} display differs");
        }
    }
}
