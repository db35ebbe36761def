using Khabar.Text.Tokenize;

namespace Khabar.Text.Tests.Tokenize;

public class TokenizerTests
{
    private static string Describe(string text) =>
        string.Join(" | ", TokenInvariants.Check(text).Select(t => $"{t.Kind}:{t.Of(text)}"));

    [Theory]
    [InlineData("وزير الدفاع", "ArabicWord:وزير | ArabicWord:الدفاع")]
    [InlineData("مُحَمَّد", "ArabicWord:مُحَمَّد")]
    [InlineData("الـمـدينة", "ArabicWord:الـمـدينة")]
    [InlineData("ﻻ ﺗﻮﺟﺪ", "ArabicWord:ﻻ | ArabicWord:ﺗﻮﺟﺪ")]
    [InlineData("می\u200Cخواهم", "ArabicWord:می\u200Cخواهم")]
    public void Arabic_words_keep_marks_tatweel_presentation_forms_and_joiners(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("Kim Jong Un", "LatinWord:Kim | LatinWord:Jong | LatinWord:Un")]
    [InlineData("O'Brien don’t", "LatinWord:O'Brien | LatinWord:don’t")]
    [InlineData("Шойгу Σεούλ 首尔", "OtherWord:Шойгу | OtherWord:Σεούλ | OtherWord:首尔")]
    public void Latin_and_other_script_words(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("وTu-95", "ArabicWord:و | Designator:Tu-95")]
    [InlineData("روسياRussia", "ArabicWord:روسيا | LatinWord:Russia")]
    public void Script_change_inside_a_run_splits_it(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("1,000,000", "Number:1,000,000")]
    [InlineData("٣٫٥", "Number:٣٫٥")]
    [InlineData("۱۲۳", "Number:۱۲۳")]
    [InlineData("12٬500", "Number:12٬500")]
    [InlineData("3.5", "Number:3.5")]
    [InlineData("50%", "Number:50%")]
    [InlineData("٥٠٪", "Number:٥٠٪")]
    [InlineData("%50", "Number:%50")]
    [InlineData("-5 درجات", "Number:-5 | ArabicWord:درجات")]
    [InlineData("3,5", "Number:3,5")]
    [InlineData("15,75 مليار", "Number:15,75 | ArabicWord:مليار")]
    [InlineData("1,2,3", "Number:1 | Punctuation:, | Number:2 | Punctuation:, | Number:3")]
    [InlineData("1,2345", "Number:1 | Punctuation:, | Number:2345")]
    [InlineData("5ر1 مليون", "Number:5ر1 | ArabicWord:مليون")]
    [InlineData("000ر22", "Number:000ر22")]
    [InlineData("2015رغم", "Number:2015 | ArabicWord:رغم")]
    [InlineData("5ر12ب", "Number:5 | Designator:ر12ب")]
    [InlineData("1.742.000 نسمة", "Number:1.742.000 | ArabicWord:نسمة")]
    [InlineData("2،804،130 ريال", "Number:2،804،130 | ArabicWord:ريال")]
    [InlineData("45،6 مليون", "Number:45،6 | ArabicWord:مليون")]
    [InlineData("3، 4", "Number:3 | Punctuation:، | Number:4")]
    [InlineData("3،4 صفوف", "Number:3 | Punctuation:، | Number:4 | ArabicWord:صفوف")]
    [InlineData("ال80عاما", "ArabicWord:ال | Number:80 | ArabicWord:عاما")]
    [InlineData("حقق1.077 فرصة", "ArabicWord:حقق | Number:1.077 | ArabicWord:فرصة")]
    [InlineData("مستوى9,381.01", "ArabicWord:مستوى | Number:9,381.01")]
    [InlineData("وفي2015", "ArabicWord:وفي | Number:2015")]
    [InlineData("وال80", "ArabicWord:وال | Number:80")]
    [InlineData("ويندوز10", "Designator:ويندوز10")]
    [InlineData("إم3", "Designator:إم3")]
    [InlineData("وبعد5", "Designator:وبعد5")]
    [InlineData("2.500.000%", "Number:2.500.000%")]
    public void Numbers_with_separators_decimals_and_percent(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("16/9/2023", "NumberGroup:16/9/2023")]
    [InlineData("2023-09-16", "NumberGroup:2023-09-16")]
    [InlineData("10:30", "NumberGroup:10:30")]
    [InlineData("16.9.2023", "NumberGroup:16.9.2023")]
    [InlineData("21.07.2015", "NumberGroup:21.07.2015")]
    [InlineData("1.742.000.5", "NumberGroup:1.742.000.5")]
    [InlineData("1.250.000/3", "NumberGroup:1.250.000/3")]
    public void Digit_groups_joined_by_separators_stay_whole(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("Tu-160")]
    [InlineData("MiG-31I")]
    [InlineData("F-16")]
    [InlineData("Su-35S")]
    [InlineData("Tu-22M3")]
    [InlineData("S-400")]
    [InlineData("جيران-25")]
    [InlineData("تي.يو-95")]
    [InlineData("تي.يو160")]
    [InlineData("أرتيوم-بريمورسكي-1")]
    [InlineData("MH17")]
    [InlineData("G20")]
    [InlineData("3D")]
    public void Keeps_designators_whole(string designator) =>
        Assert.Equal($"Designator:{designator}", Describe(designator));

    [Theory]
    [InlineData("كوفيد - 19", "ArabicWord:كوفيد | Punctuation:- | Number:19")]
    [InlineData("أرتيوم-بريمورسكي", "ArabicWord:أرتيوم | Punctuation:- | ArabicWord:بريمورسكي")]
    [InlineData("بـ50 كيلومتراً", "ArabicWord:بـ | Number:50 | ArabicWord:كيلومتراً")]
    [InlineData("ل2023", "ArabicWord:ل | Number:2023")]
    public void Splits_what_only_looks_like_a_designator(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("أ.ف.ب", "Abbreviation:أ.ف.ب")]
    [InlineData("د.ب.أ", "Abbreviation:د.ب.أ")]
    [InlineData("تي.يو", "Abbreviation:تي.يو")]
    [InlineData("U.S. forces", "Abbreviation:U.S. | LatinWord:forces")]
    [InlineData("U.S.A", "Abbreviation:U.S.A")]
    public void Keeps_initials_joined_by_dots(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("موسكو.وقال", "ArabicWord:موسكو | Punctuation:. | ArabicWord:وقال")]
    [InlineData("ended.The", "LatinWord:ended | Punctuation:. | LatinWord:The")]
    public void A_full_stop_without_a_space_still_separates_words(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("https://example.org/news/123", "Url:https://example.org/news/123")]
    [InlineData("http://x.com/a.", "Url:http://x.com/a | Punctuation:.")]
    [InlineData("(see https://x.com/a)", "Punctuation:( | LatinWord:see | Url:https://x.com/a | Punctuation:)")]
    [InlineData("https://en.wikipedia.org/wiki/A_(b)", "Url:https://en.wikipedia.org/wiki/A_(b)")]
    [InlineData("www.example.com،", "Url:www.example.com | Punctuation:،")]
    [InlineData("www.example.com؛", "Url:www.example.com | Punctuation:؛")]
    [InlineData("https://x.com/a…", "Url:https://x.com/a | Punctuation:…")]
    [InlineData("pic.twitter.com/NtAbC12x", "Url:pic.twitter.com/NtAbC12x")]
    [InlineData("t.co/xyz", "Url:t.co/xyz")]
    [InlineData("alofoq-news.com", "Url:alofoq-news.com")]
    [InlineData("https://site.example/أخبار/الميناء", "Url:https://site.example/أخبار/الميناء")]
    public void Urls_with_scheme_www_or_bare_domain(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("news.desk@alofoq.example", "Email:news.desk@alofoq.example")]
    [InlineData("راسلونا على info@site.org.", "ArabicWord:راسلونا | ArabicWord:على | Email:info@site.org | Punctuation:.")]
    [InlineData("@RT_com", "Handle:@RT_com")]
    [InlineData("#كوريا_الشمالية", "Hashtag:#كوريا_الشمالية")]
    [InlineData("#Breaking2025", "Hashtag:#Breaking2025")]
    [InlineData("# وحده", "Punctuation:# | ArabicWord:وحده")]
    public void Email_handles_and_hashtags(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("، ؛ ؟ « » “ ” – —", "Punctuation:، | Punctuation:؛ | Punctuation:؟ | Punctuation:« | Punctuation:» | Punctuation:“ | Punctuation:” | Punctuation:– | Punctuation:—")]
    [InlineData("انتهى...", "ArabicWord:انتهى | Punctuation:...")]
    [InlineData("حقاً؟!", "ArabicWord:حقاً | Punctuation:؟!")]
    [InlineData("قال:«نعم»", "ArabicWord:قال | Punctuation:: | Punctuation:« | ArabicWord:نعم | Punctuation:»")]
    [InlineData("$ 5 + 😀", "Symbol:$ | Number:5 | Symbol:+ | Symbol:😀")]
    public void Punctuation_and_symbols(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\u200F\u200E\u202B")]
    public void Nothing_but_space_gives_no_tokens(string text) => Assert.Empty(TokenInvariants.Check(text));

    [Fact]
    public void Offsets_point_into_the_input()
    {
        const string text = "  زار كيم  Vladivostok في 16/9/2023.";
        var tokens = TokenInvariants.Check(text);
        Assert.Equal(["زار", "كيم", "Vladivostok", "في", "16/9/2023", "."], tokens.Select(t => t.Of(text).ToString()));
        Assert.Equal(2, tokens[0].Start);
    }

    [Fact]
    public void A_huge_run_is_cut_into_bounded_tokens()
    {
        var text = new string('ب', 1000);
        var tokens = TokenInvariants.Check(text);
        Assert.Equal(4, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(TokenKind.ArabicWord, t.Kind));
    }

    [Fact]
    public void Random_unicode_never_breaks_the_invariants()
    {
        var random = new Random(20231916);
        char[] alphabet = ['ا', 'ل', 'ـ', '\u064E', '\u0670', 'a', 'Z', '1', '٣', '.', ',', '-', '\'', '/', ':', '@', '#', '%', '٪', '«', '»', '"', '(', ')', ' ', '\n', '\u200C', '\u200F', '\uD83D', '\uDE00', '\uDC00', '\u0301', '\u0000', '\uFEFB', 'h', 't', 'p', 'w', 'ä'];
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
            }

            TokenInvariants.Check(new string(chars));
        }
    }

    [SeedFact]
    public void Seed_articles_tokenize_with_their_designators_whole()
    {
        var all = new List<string>();
        foreach (var file in Directory.GetFiles(SharedData.Seeds!, "*.txt"))
        {
            var text = File.ReadAllText(file);
            all.AddRange(TokenInvariants.Check(text).Where(t => t.Kind == TokenKind.Designator).Select(t => t.Of(text).ToString()));
        }

        Assert.Contains("Tu-160", all);
        Assert.Contains("MiG-31I", all);
        Assert.Contains("تي.يو160", all);
        Assert.Contains("وتي.يو-95", all); // the conjunction stays glued; entity matching strips it
        Assert.Contains("جيران-25", all);
    }
}
