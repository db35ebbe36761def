using Khabar.Core.Search;

namespace Khabar.Core.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void Each_word_may_match_by_key_stem_or_name_and_all_words_are_needed()
    {
        var query = SearchQuery.Parse("شويغو موسكو")!;

        Assert.Equal(2, query.Groups.Count);
        var columns = query.Groups[0].Alternatives.Select(a => a.Column).ToList();
        Assert.Equal([SearchColumn.Keys, SearchColumn.Stems, SearchColumn.Names], columns);
    }

    [Fact]
    public void A_name_in_one_script_marks_its_spellings_in_the_other_and_variant_letters()
    {
        var query = SearchQuery.Parse("Shoigu")!;
        const string sentence = "وقال وزير الدفاع سيرغي شويغو إن الوزير شويجو زار موسكو.";

        var marked = query.Highlights(sentence).Select(m => m.Of(sentence).ToString()).ToList();

        Assert.Equal(["شويغو", "شويجو"], marked);
    }

    [Fact]
    public void Hamza_and_ta_marbuta_forms_and_the_definite_article_meet()
    {
        var query = SearchQuery.Parse("الاسرة")!;
        const string sentence = "عادت الأسرة إلى منزلها بعد أن غادرت أسرة أخرى.";

        var marked = query.Highlights(sentence).Select(m => m.Of(sentence).ToString()).ToList();

        Assert.Contains("الأسرة", marked);
        Assert.Contains("أسرة", marked);
    }

    [Fact]
    public void A_quoted_phrase_is_one_group_over_match_keys_and_a_star_makes_a_prefix()
    {
        var phrase = SearchQuery.Parse("\"السكة الحديد\"")!;
        var prefix = SearchQuery.Parse("قطار*")!;

        var only = Assert.Single(Assert.Single(phrase.Groups).Alternatives);
        Assert.Equal(SearchColumn.Keys, only.Column);
        Assert.Equal(2, only.Terms.Count);
        Assert.All(Assert.Single(prefix.Groups).Alternatives, a => Assert.True(a.Prefix));
        Assert.Equal(["قطارات"], prefix.Highlights("وصلت قطارات الشحن.").Select(m => m.Of("وصلت قطارات الشحن.").ToString()));
    }

    [Fact]
    public void Stop_words_are_left_out_unless_nothing_else_is_asked()
    {
        var mixed = SearchQuery.Parse("في العاصفة")!;
        var only = SearchQuery.Parse("في من")!;

        Assert.Single(mixed.Groups);
        Assert.Equal(2, only.Groups.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("!!! ؟؟")]
    public void A_query_without_a_word_is_none(string text) => Assert.Null(SearchQuery.Parse(text));

    [Fact]
    public void A_sentence_is_indexed_with_one_key_per_word_a_stem_where_it_differs_and_name_keys_for_names_only()
    {
        const string text = "أعلنت الحكومة الأردنية اليوم خطة جديدة. وقال الوزير سامر الحديدي إن الخطة تبدأ غدا.";
        var name = text.IndexOf("سامر الحديدي", StringComparison.Ordinal);

        var sentences = SearchTerms.Of(text, [new Text.TextExtent(name, "سامر الحديدي".Length)]);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(6, sentences[0].Keys.Split(' ').Length);
        var keys = sentences[0].Keys.Split(' ');
        var stems = sentences[0].Stems.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(keys.Select(k => Text.Stem.LightStemmer.StemOf(k).ToString()).Where((stem, i) => stem.Length > 0 && stem != keys[i]), stems);
        Assert.InRange(stems.Length, 1, keys.Length - 1); // الحكومة has a stem of its own; some word is its own stem
        Assert.Equal("أعلنت الحكومة الأردنية اليوم خطة جديدة.", sentences[0].Extent.Of(text).ToString());
        Assert.Equal(string.Empty, sentences[0].Names);
        Assert.Equal(2, sentences[1].Names.Split(' ').Length);
    }
}
