using Khabar.Text.Sentences;

namespace Khabar.Text.Tests.Sentences;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var extents = new List<TextExtent>();
        SentenceSplitter.Split(text, extents);
        var previousEnd = 0;
        foreach (var extent in extents)
        {
            Assert.True(extent.Start >= previousEnd && extent.Length > 0 && extent.End <= text.Length, $"bad extent {extent}");
            Assert.False(char.IsWhiteSpace(text[extent.Start]) || char.IsWhiteSpace(text[extent.End - 1]), $"untrimmed {extent}");
            previousEnd = extent.End;
        }

        return extents.Select(e => e.Of(text).ToString()).ToList();
    }

    [Theory]
    [InlineData("وصل الوفد. بدأت المحادثات.", new[] { "وصل الوفد.", "بدأت المحادثات." })]
    [InlineData("هل انتهت الأزمة؟ لا أحد يعرف.", new[] { "هل انتهت الأزمة؟", "لا أحد يعرف." })]
    [InlineData("يا للهول! ثم صمت.", new[] { "يا للهول!", "ثم صمت." })]
    [InlineData("وانتظر الجميع… ثم عاد.", new[] { "وانتظر الجميع…", "ثم عاد." })]
    [InlineData("حقاً؟! نعم.", new[] { "حقاً؟!", "نعم." })]
    [InlineData("Talks ended. Both sides left.", new[] { "Talks ended.", "Both sides left." })]
    public void Splits_after_final_marks(string text, string[] expected) => Assert.Equal(expected, Split(text));
    [Theory]
    // Two dots are a pause inside one statement, as Arabic news writes them; one, three or more still end it.
    [InlineData("أمير المنطقة يفتتح المتنزه.. الاثنين المقبل", new[] { "أمير المنطقة يفتتح المتنزه.. الاثنين المقبل" })]
    [InlineData("الأسد: الجيش متعب.. والحل السياسي بعيد. ثم صمت.", new[] { "الأسد: الجيش متعب.. والحل السياسي بعيد.", "ثم صمت." })]
    [InlineData("وانتظر الجميع... ثم عاد.", new[] { "وانتظر الجميع...", "ثم عاد." })]
    public void Two_dots_are_a_pause_not_an_end(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("عنوان الخبر\nنص الخبر الأول", new[] { "عنوان الخبر", "نص الخبر الأول" })]
    [InlineData("فقرة أولى\r\n\r\nفقرة ثانية", new[] { "فقرة أولى", "فقرة ثانية" })]
    [InlineData("قال «بدأنا\nالعمل» ثم", new[] { "قال «بدأنا", "العمل» ثم" })]
    public void Every_line_break_ends_a_sentence(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("بلغ النمو 3.5 في المئة. وتراجع التضخم.", new[] { "بلغ النمو 3.5 في المئة.", "وتراجع التضخم." })]
    [InlineData("حلقت طائرة Tu-160 فوق البحر. ثم عادت.", new[] { "حلقت طائرة Tu-160 فوق البحر.", "ثم عادت." })]
    [InlineData("نقلت أ.ف.ب عن مسؤول قوله ذلك.", new[] { "نقلت أ.ف.ب عن مسؤول قوله ذلك." })]
    [InlineData("التقى د. سامي الخطيب بالوفد.", new[] { "التقى د. سامي الخطيب بالوفد." })]
    [InlineData("Dr. Salem met J. Smith today.", new[] { "Dr. Salem met J. Smith today." })]
    [InlineData("التفاصيل في https://example.org/a.b/c. ثم", new[] { "التفاصيل في https://example.org/a.b/c.", "ثم" })]
    [InlineData("عاد يوم 16.9.2023 إلى بلاده.", new[] { "عاد يوم 16.9.2023 إلى بلاده." })]
    public void Does_not_split_inside_numbers_designators_urls_or_abbreviations(string text, string[] expected) =>
        Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("قال: «انتهى.» ثم غادر.", new[] { "قال: «انتهى.»", "ثم غادر." })]
    [InlineData("وأضاف (وهذا مهم.) أن الاتفاق نهائي.", new[] { "وأضاف (وهذا مهم.)", "أن الاتفاق نهائي." })]
    [InlineData("قال \"انتهينا.\" ثم خرج.", new[] { "قال \"انتهينا.\"", "ثم خرج." })]
    public void A_closing_quote_after_the_final_mark_stays_with_its_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("وذكرت أن القطار «اتجه نحو المعبر... المسافة تقارب 200 كلم». وعاد.", new[] { "وذكرت أن القطار «اتجه نحو المعبر... المسافة تقارب 200 كلم».", "وعاد." })]
    [InlineData("قال “لن نتراجع. لن نستسلم” وغادر.", new[] { "قال “لن نتراجع. لن نستسلم” وغادر." })]
    public void Does_not_split_inside_a_quotation(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void A_quote_never_closed_stops_holding_back_splits()
    {
        var clause = string.Join(' ', Enumerable.Repeat("وأضاف المسؤول أن العمل مستمر", 30));
        var text = $"قال «{clause}. {clause}. وانتهى الاجتماع.";

        var sentences = Split(text);

        Assert.True(sentences.Count >= 2, $"{sentences.Count} sentence(s)");
        Assert.EndsWith("وانتهى الاجتماع.", sentences[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n \n\t")]
    public void Blank_text_has_no_sentences(string text) => Assert.Empty(Split(text));

    [Fact]
    public void A_text_without_final_mark_is_one_sentence() => Assert.Equal(["بدون نقطة في النهاية"], Split("  بدون نقطة في النهاية  "));

    [Fact]
    public void Random_text_never_breaks_the_invariants()
    {
        var random = new Random(7);
        char[] alphabet = ['ب', 'ا', ' ', '.', '؟', '!', '…', '«', '»', '"', '(', ')', '\n', 'د', 'x', '1', '\uD83D', '\uDE00', '\u200F'];
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            Split(new string(chars));
        }
    }

    [SeedFact]
    public void Seed_articles_split_into_sensible_sentences()
    {
        foreach (var file in Directory.GetFiles(SharedData.Seeds!, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var sentences = Split(text);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
            Assert.InRange(sentences.Count, lines, lines * 3);
            Assert.All(sentences, s => Assert.True(s.Length < 1200, $"{Path.GetFileName(file)}: overlong sentence"));
            Assert.DoesNotContain(sentences, s => s.Count(c => c == '«') != s.Count(c => c == '»') && !s.Contains('\n', StringComparison.Ordinal));
        }
    }
}
