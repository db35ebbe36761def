using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Reuse;
using Khabar.Text;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>IndependentSources: when a passage of shared copy makes two outlets one source.</summary>
public class IndependentSourcesTests
{
    private static ReusePair OneSentencePassage(StoryText story) =>
        new("a", "b", 0.8, [new ReusePassage(story.Sentences[0].Extent, story.Sentences[1].Extent, 0.8)]);

    [Fact]
    public void Two_outlets_headlining_one_event_in_their_own_words_are_two_sources_though_the_stems_match_as_copy()
    {
        // The passage finder matches these by light stems in any order; as written they share one phrase.
        var story = Story(
            Article("a", "sada", "2025-03-10", "مسرحية تعالج التعصب الرياضي لنزلاء مجمع الأمل في الرياض."),
            Article("b", "ofoq", "2025-03-10", "عرض مسرحي يتناول التعصب الرياضي لدى نزلاء مجمع الأمل بمدينة الرياض."));
        var sources = new IndependentSources(story, [OneSentencePassage(story)], []);

        Assert.False(sources.SameCopy(story.Sentences[0], story.Sentences[1]));
        Assert.Equal([["a"], ["b"]], sources.Of([0, 1]));
    }

    [Fact]
    public void A_wire_clause_carried_whole_inside_another_outlets_longer_sentence_is_one_source_without_a_passage()
    {
        // Thirteen words in one run; b puts its own lead-in before them. No reuse pair was found for the two.
        var story = Story(
            Article("a", "sada", "2025-03-10", "وتناول اللقاء خطة تطوير شبكة النقل العام في المدن الكبرى وربطها بالمطارات والموانئ خلال السنوات الخمس المقبلة."),
            Article("b", "ofoq", "2025-03-10", "وأشار المتحدث إلى أن المباحثات بين الجانبين تطرقت إلى خطة تطوير شبكة النقل العام في المدن الكبرى وربطها بالمطارات والموانئ خلال السنوات الخمس المقبلة."));
        var sources = new IndependentSources(story, [], []);

        Assert.True(sources.SameCopy(story.Sentences[0], story.Sentences[1]));
        Assert.Equal([["a", "b"]], sources.Of([0, 1]));
    }

    [Fact]
    public void A_release_sentence_another_outlet_carries_inside_a_longer_one_with_its_joining_word_changed_is_one_source()
    {
        // Eleven of b's twelve words stand in a's sentence in order («كما بات» / «وبات»), but no run of twelve.
        var story = Story(
            Article("a", "sada", "2025-03-10", "وبات بوسع المسافرين معاودة استخدام بطاقات الائتمان للقيام بمشتريات في الخارج، كما يمكن تحويل مبالغ محدودة للطلاب."),
            Article("b", "ofoq", "2025-03-10", "كما بات بوسع المسافرين معاودة استخدام بطاقات الائتمان للقيام بمشتريات في الخارج."));
        var sources = new IndependentSources(story, [], []);

        Assert.True(sources.SameCopy(story.Sentences[0], story.Sentences[1]));
        Assert.Equal([["a", "b"]], sources.Of([0, 1]));
    }

    [Fact]
    public void Two_outlets_telling_one_fact_in_sentences_of_their_own_are_two_sources_though_one_is_longer()
    {
        var story = Story(
            Article("a", "sada", "2025-03-10", "وأصبح في مقدور المسافرين استعمال بطاقاتهم الائتمانية مجدداً عند الشراء خارج البلاد، إلى جانب تحويل مبالغ محدودة للطلاب."),
            Article("b", "ofoq", "2025-03-10", "كما بات بوسع المسافرين معاودة استخدام بطاقات الائتمان للقيام بمشتريات في الخارج."));
        var sources = new IndependentSources(story, [], []);

        Assert.False(sources.SameCopy(story.Sentences[0], story.Sentences[1]));
    }

    [Fact]
    public void Two_outlets_sharing_a_ruler_s_full_title_and_nothing_more_in_a_row_are_two_sources()
    {
        var story = Story(
            Article("a", "sada", "2025-03-10", "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أمس وزير الخارجية الفرنسي في قصر السلام بجدة."),
            Article("b", "ofoq", "2025-03-10", "بحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود مع الوزير الفرنسي العلاقات الثنائية والأوضاع في المنطقة."));
        var sources = new IndependentSources(story, [], []);

        Assert.False(sources.SameCopy(story.Sentences[0], story.Sentences[1]));
    }

    [Fact]
    public void A_sentence_reprinted_with_a_word_changed_is_one_source()
    {
        var story = Story(
            Article("a", "sada", "2025-03-10", "افتتح وزير النقل محطة القطار الجديدة في مدينة جدة بحضور عدد من المسؤولين في الوزارة."),
            Article("b", "ofoq", "2025-03-10", "افتتح وزير النقل محطة القطارات الجديدة في مدينة جدة بحضور عدد من المسؤولين في الوزارة."));
        var sources = new IndependentSources(story, [OneSentencePassage(story)], []);

        Assert.True(sources.SameCopy(story.Sentences[0], story.Sentences[1]));
        Assert.Equal([["a", "b"]], sources.Of([0, 1]));
    }

    [Fact]
    public void A_one_sentence_passage_of_articles_sharing_several_passages_is_one_copy_however_reworded()
    {
        var story = Story(
            Article("a", "sada", "2025-03-10", "مسرحية تعالج التعصب الرياضي لنزلاء مجمع الأمل في الرياض. وحضر العرض عدد كبير من الجمهور والمسؤولين."),
            Article("b", "ofoq", "2025-03-10", "عرض مسرحي يتناول التعصب الرياضي لدى نزلاء مجمع الأمل بمدينة الرياض. وشهد العرض حضور عدد كبير من الجمهور والمسؤولين."));
        var (a0, a1, b0, b1) = (story.Sentences[0], story.Sentences[1], story.Sentences[2], story.Sentences[3]);
        var pair = new ReusePair("a", "b", 0.9, [new ReusePassage(a0.Extent, b0.Extent, 0.8), new ReusePassage(a1.Extent, b1.Extent, 0.8)]);

        Assert.True(new IndependentSources(story, [pair], []).SameCopy(a0, b0));
    }

    [Fact]
    public void A_passage_of_several_sentences_makes_each_of_its_sentences_one_source_however_reworded()
    {
        var story = Story(
            Article("a", "sada", "2025-03-10", "وصل الوفد إلى الميناء صباح اليوم. وبحث الوفد مع المسؤولين خطط التوسعة."),
            Article("b", "ofoq", "2025-03-10", "الوفد يصل إلى الميناء في الصباح. ويناقش مع المسؤولين خطط توسعة الميناء."));
        var (a0, a1, b0, b1) = (story.Sentences[0], story.Sentences[1], story.Sentences[2], story.Sentences[3]);
        var passage = new ReusePassage(new TextExtent(a0.Extent.Start, a1.Extent.End - a0.Extent.Start), new TextExtent(b0.Extent.Start, b1.Extent.End - b0.Extent.Start), 0.6);
        var sources = new IndependentSources(story, [new ReusePair("a", "b", 0.6, [passage])], []);

        Assert.True(sources.SameCopy(a0, b0));
        Assert.True(sources.SameCopy(a1, b1));
    }
}
