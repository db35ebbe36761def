using Khabar.Text;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;

namespace Khabar.Core.Tests.Assign;

public class ContentTermsTests
{
    [Theory]
    [InlineData("شويغو", "شويجو")]
    [InlineData("كنيفيتشي", "Knevichi")]
    [InlineData("كينجال", "كينزال")]
    public void Spellings_of_a_rare_foreign_name_share_one_key_though_their_stems_differ(string a, string b)
    {
        var x = Assert.Single(ContentTerms.Of(a).Terms.ToArray());
        var y = Assert.Single(ContentTerms.Of(b).Terms.ToArray());

        Assert.NotEqual(x.Stem, y.Stem);
        Assert.Equal(x.Key, y.Key);
    }

    [Theory]
    [InlineData("ناقشت الوزارة ثمانية محاور", "ناقشت الوزارة 8 محاور")]
    [InlineData("أدنى مستوى منذ خمس سنوات", "أدنى مستوى منذ 5 سنوات")]
    [InlineData("إصابة وعشرين آخرين", "إصابة و 20 آخرين")]
    [InlineData("مقتل ٣ أشخاص", "مقتل ثلاثة أشخاص")]
    public void A_number_written_as_a_word_is_the_number(string words, string digits) =>
        Assert.Equal(Keys(digits), Keys(words));

    [Theory]
    [InlineData("خمسة عشر لاعبا", "5")] // fifteen, not five and ten
    [InlineData("خمسة وعشرين لاعبا", "5")]
    [InlineData("خمسة وعشرين لاعبا", "20")]
    [InlineData("في الحادي عشر من سبتمبر", "10")]
    [InlineData("فاز وست هام على ليستر", "6")] // West Ham
    [InlineData("قال أوليفر ستون إن الفيلم", "60")] // the name Stone
    public void A_word_of_a_number_written_in_several_or_a_lookalike_is_no_number(string text, string digits) =>
        Assert.DoesNotContain(ContentTerms.Of(digits).Terms.ToArray()[0].Key, Keys(text));

    private static ulong[] Keys(string text) => [.. ContentTerms.Of(text).Terms.ToArray().Select(t => t.Key)];

    [Fact]
    public void Common_words_are_matched_by_stem_and_stop_words_are_left_out()
    {
        var terms = ContentTerms.Of("قال الوزير إن الطائرات وصلت").Terms.ToArray();
        var plain = ContentTerms.Of("طائرات").Terms.ToArray();

        Assert.Equal(4, terms.Length);
        Assert.DoesNotContain(terms, t => t.Start == "قال الوزير ".Length); // إن
        Assert.Equal(plain[0].Key, terms[2].Key); // الطائرات ~ طائرات
        Assert.All(terms, t => Assert.Equal(t.Stem, t.Key));
    }

    [Theory]
    [InlineData("بمدينة", "مدينة")]
    [InlineData("وبمدينة", "المدينة")]
    [InlineData("لمنظمة", "منظمة")]
    [InlineData("لرويترز", "رويترز")]
    [InlineData("بتقديم", "التقديم")]
    public void A_preposition_on_a_noun_without_the_article_comes_off(string withPreposition, string without)
    {
        var x = Assert.Single(ContentTerms.Of(withPreposition).Terms.ToArray());
        var y = Assert.Single(ContentTerms.Of(without).Terms.ToArray());

        Assert.Equal(y.Key, x.Key);
    }

    [Theory]
    [InlineData("تركيا", "التركية")]
    [InlineData("بتركيا", "التركي")]
    [InlineData("أمريكا", "الأمريكيين")]
    [InlineData("ألمانيا", "الألمانية")]
    [InlineData("فرنسا", "فرنسية")]
    [InlineData("أوكرانيا", "الأوكرانيين")]
    public void A_country_ending_in_alef_meets_the_adjective_made_from_it(string country, string adjective)
    {
        var x = Assert.Single(ContentTerms.Of(country).Terms.ToArray());
        var y = Assert.Single(ContentTerms.Of(adjective).Terms.ToArray());

        Assert.Equal(y.Key, x.Key);
    }

    [Theory]
    [InlineData("جورجيا", "جورج")] // the adjective's stem is a person's name
    [InlineData("صيدا", "صيد")] // a town, not a country: its made-up adjective is «hunting»
    [InlineData("درعا", "درع")]
    [InlineData("جدا", "جدية")]
    [InlineData("تركيا", "ترك")] // «left»: the adjective's stem, without an adjective's ending
    [InlineData("سوريا", "سور")] // a wall
    [InlineData("كوبا", "كوب")] // a cup
    public void No_other_word_is_read_as_a_country(string word, string other)
    {
        var x = Assert.Single(ContentTerms.Of(word).Terms.ToArray());
        var y = Assert.Single(ContentTerms.Of(other).Terms.ToArray());

        Assert.NotEqual(y.Key, x.Key);
    }

    [Theory]
    [InlineData("لبنان", "بنان")]
    [InlineData("بغداد", "غداد")]
    [InlineData("بريطانيا", "ريطانيا")]
    [InlineData("بطولة", "طولة")] // a championship is not a length: the stem بطول is too short to lose a letter
    public void A_name_or_word_that_only_begins_like_a_preposition_keeps_its_first_letter(string word, string cut)
    {
        var x = Assert.Single(ContentTerms.Of(word).Terms.ToArray());
        var y = Assert.Single(ContentTerms.Of(cut).Terms.ToArray());

        Assert.NotEqual(y.Stem, x.Stem);
    }

    [Fact]
    public void Numbers_are_terms_and_every_term_belongs_to_its_sentence()
    {
        var text = "نقل القطار 3000 طن.\nوبلغ طول الخط 115 كيلومتراً. وتكلف 420 مليون دولار.";
        var terms = ContentTerms.Of(text);

        Assert.Equal(3, terms.Sentences.Count);
        Assert.Contains(terms.Terms.ToArray(), t => t.IsNumber && text.Substring(t.Start, t.Length) == "3000");
        var total = 0;
        for (var s = 0; s < terms.Sentences.Count; s++)
        {
            foreach (var term in terms.TermsOf(s))
            {
                Assert.InRange(term.Start, terms.Sentences[s].Start, terms.Sentences[s].End - 1);
                total++;
            }
        }

        Assert.Equal(terms.Count, total);
    }

    [Fact]
    public void Term_weights_make_rare_terms_heavier_than_common_ones()
    {
        var weights = TermWeights.Parse(new StringReader("# test\ndocuments\t1000\nقال\t500\nعقب\t10\n"));

        Assert.Equal(1000, weights.Documents);
        Assert.True(weights.Of(TermHash.Of("قال")) < weights.Of(TermHash.Of("عقب")));
        Assert.True(weights.Of(TermHash.Of("عقب")) < weights.Of(TermHash.Of("كومسومولسك")));
        Assert.Equal(weights.Rare, weights.Of(TermHash.Of("كومسومولسك")));
        Assert.True(TermWeights.Default.Documents > 10_000);
        Assert.True(TermWeights.Default.IsKnown(TermHash.Of("قال")));
    }

    [Fact]
    public void MinHash_estimates_Jaccard_within_its_error()
    {
        var a = Enumerable.Range(0, 400).Select(i => TermHash.Mix((ulong)i)).Order().ToArray();
        var b = Enumerable.Range(100, 400).Select(i => TermHash.Mix((ulong)i)).Order().ToArray(); // 300 shared of 500: 0.6

        var estimate = MinHash.Similarity(MinHash.Of(a), MinHash.Of(b));

        Assert.Equal(0.6, Shingles.Jaccard(a, b), 3);
        Assert.InRange(estimate, 0.6 - 0.13, 0.6 + 0.13);
    }
}
