using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>FactAligner (with IndependentSources for who states a fact) on small made-up stories.</summary>
public class FactAlignerTests
{
    [Fact]
    public void Reworded_sentences_of_two_outlets_on_one_event_are_one_fact_and_an_unrelated_sentence_stays_apart()
    {
        // حط / وصل are one paraphrase group; the rest is reworded around the same arrival.
        var story = Story(
            Article("a", "sada", "2025-03-10", "وصل وزير الخارجية العماني إلى القاهرة صباح اليوم في زيارة رسمية تستمر يومين لبحث التعاون الاقتصادي. وأعلنت وزارة الزراعة المصرية عن موسم قياسي لحصاد القمح في محافظات الصعيد."),
            Article("b", "ofoq", "2025-03-10", "حط وزير خارجية سلطنة عمان رحاله في القاهرة اليوم في زيارة رسمية لمدة يومين يبحث خلالها سبل التعاون الاقتصادي بين البلدين. ومن المنتظر أن يلتقي الوزير بعدد من رجال الأعمال."));

        var facts = FactAligner.Align(story, out var pairs);

        Assert.Equal([[0, 2], [1], [3]], facts);
        Assert.True(pairs[0, 2] >= FactAligner.PairThreshold);
        Assert.Equal([["a"], ["b"]], new IndependentSources(story, [], []).Of(facts[0]));
    }

    private static ulong KeyOf(string word) => ContentTerms.Of(word, TermWeights.Default, WordForms.Stems).Terms[0].Key;

    [Theory]
    [InlineData("أنقرة تعلن إغلاق معبر حدودي مع سوريا أمام الشاحنات", "تركيا تغلق معبراً حدودياً مع سوريا في وجه الشاحنات")]
    [InlineData("السلطات التركية تغلق معبرا حدوديا مع سوريا أمام الشاحنات", "أنقرة تغلق معبر حدودي مع سوريا أمام حركة الشاحنات")]
    public void Two_headlines_name_one_country_by_its_capital_its_name_or_its_adjective(string a, string b)
    {
        var story = Story(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b));

        Assert.Contains(KeyOf("تركيا"), story.KeysOf(story.Sentences[0]).ToArray());
        Assert.Contains(KeyOf("تركيا"), story.KeysOf(story.Sentences[1]).ToArray());
        Assert.Equal([[0, 1]], FactAligner.Align(story, out _));
    }

    [Fact]
    public void A_story_told_in_headlines_gives_slots_and_conflicts_the_same_keys_as_its_facts()
    {
        var story = Story(
            Article("a", "sada", "2025-03-10", "أنقرة تعلن إغلاق معبر حدودي مع سوريا أمام الشاحنات"),
            Article("b", "ofoq", "2025-03-10", "تركيا تغلق معبراً حدودياً مع سوريا في وجه الشاحنات"));
        var first = story.Sentences[0];

        Assert.Contains(KeyOf("تركيا"), story.KeysIn(first, 0, story.Articles[0].Article.CleanText.Length));
        Assert.Equal(KeyOf("تركيا"), story.KeyAfter(first, 0));
        Assert.True(story.WeightOf(KeyOf("تركيا")) > 0);
    }

    [Fact]
    public void A_story_with_long_sentences_keeps_a_capital_as_its_own_word()
    {
        // The headline beside a long report of the same closure: both keep «أنقرة», and so still meet on it.
        var story = Story(
            Article("a", "sada", "2025-03-10", "أنقرة تعلن إغلاق معبر حدودي مع سوريا أمام الشاحنات"),
            Article("b", "ofoq", "2025-03-10", "أعلنت الحكومة في أنقرة صباح اليوم إغلاق معبر حدودي رئيسي مع سوريا أمام الشاحنات التجارية لمدة أسبوع، وقالت وزارة التجارة إن القرار جاء بعد تزايد عمليات التهريب عبر المعبر خلال الأشهر الماضية وإن حركة المسافرين لن تتأثر."));

        Assert.DoesNotContain(KeyOf("تركيا"), story.KeysOf(story.Sentences[0]).ToArray());
        Assert.Contains(KeyOf("أنقرة"), story.KeysOf(story.Sentences[0]).ToArray());
        Assert.Contains(KeyOf("أنقرة"), story.KeysOf(story.Sentences[1]).ToArray());
    }

    [Theory]
    [InlineData("تأجلت المباراة.", "المباراة تأجلت إلى موعد لاحق.", false)]
    [InlineData("تأجلت مباراة الهلال والنصر.", "مباراة الهلال والنصر تأجلت إلى موعد لاحق.", true)]
    public void Sentences_need_three_shared_keys_however_alike_they_are(string a, string b, bool aligned)
    {
        var story = Story(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b));

        // Both pairs are twice as alike as the pair threshold asks; the first shares only تأجل and مباراة.
        Assert.True(story.Similarity(story.Sentences[0], story.Sentences[1]) >= 2 * FactAligner.PairThreshold);
        Assert.Equal(aligned ? 1 : 2, FactAligner.Align(story, out _).Count);
    }

    [Fact]
    public void A_fact_holds_at_most_one_sentence_of_each_article()
    {
        // b states the opening twice: in its lead and again in its body. Both are alike to a's sentence.
        var story = Story(
            Article("a", "sada", "2025-03-10", "افتتح أمير المنطقة الشرقية مستشفى الولادة الجديد في الدمام بطاقة ثلاثمئة سرير."),
            Article("b", "ofoq", "2025-03-10", "افتتح أمير المنطقة الشرقية مستشفى الولادة الجديد في الدمام. ويضم مستشفى الولادة الجديد في الدمام ثلاثمئة سرير وافتتحه أمير المنطقة الشرقية بحضور وزير الصحة."));

        var facts = FactAligner.Align(story, out var pairs);

        Assert.True(pairs[0, 1] >= FactAligner.PairThreshold && pairs[0, 2] >= FactAligner.PairThreshold);
        // The better pair wins; b's other sentence stays a fact of its own.
        Assert.Equal([[0, 2], [1]], facts);
    }

    [Fact]
    public void A_chain_of_loosely_related_sentences_does_not_become_one_fact()
    {
        // b reports the cases (like a) and the closures (like c); a and c share little but البصرة.
        var story = Story(
            Article("a", "sada", "2025-03-10", "أعلنت وزارة الصحة العراقية تسجيل إصابات جديدة بالكوليرا في محافظة البصرة خلال الأسبوع الجاري."),
            Article("b", "ofoq", "2025-03-10", "سجلت البصرة إصابات جديدة بالكوليرا بحسب وزارة الصحة، فيما أغلقت السلطات المحلية المدارس في المحافظة وطلبت من السكان غلي مياه الشرب قبل استخدامها."),
            Article("c", "nabaa", "2025-03-10", "أغلقت السلطات المحلية في البصرة المدارس والأسواق الشعبية حتى إشعار آخر وطلبت من السكان غلي مياه الشرب."));

        var facts = FactAligner.Align(story, out var pairs);

        Assert.True(pairs[0, 1] >= FactAligner.PairThreshold && pairs[1, 2] >= FactAligner.PairThreshold);
        // b and c join first (the closer pair); a's mean similarity to {b, c} is then below the group threshold.
        Assert.True((pairs[0, 1] + pairs[0, 2]) / 2 < FactAligner.GroupThreshold);
        Assert.Equal([[0], [1, 2]], facts);
    }

    [Fact]
    public void Articles_of_one_outlet_count_as_one_source()
    {
        var story = Story(
            Article("a1", "sada", "2025-03-10", "دشن وزير النقل السعودي يوم الاثنين محطة القطار الجديدة في مدينة جدة بحضور عدد من المسؤولين."),
            Article("a2", "sada", "2025-03-11", "دشن وزير النقل السعودي محطة القطار الجديدة في جدة يوم الاثنين بحضور عدد من مسؤولي الوزارة."),
            Article("b", "ofoq", "2025-03-11", "افتتح وزير النقل السعودي أمس محطة القطار الجديدة في جدة وسط حضور من مسؤولي الوزارة."));

        var fact = Assert.Single(FactAligner.Align(story, out _));

        Assert.Equal([["a1", "a2"], ["b"]], new IndependentSources(story, [], []).Of(fact));
    }

    [Fact]
    public void Two_outlets_carrying_one_agencys_copy_are_one_source()
    {
        // Each outlet edits the agency's sentence in its own way; the credit says whose copy it is.
        const string Own = "افتتح وزير النقل السعودي أمس محطة القطار الجديدة في جدة وسط حضور من مسؤولي الوزارة.";
        const string Edited = "دشن وزير النقل السعودي يوم الاثنين محطة القطار الجديدة في مدينة جدة بحضور عدد من المسؤولين.";
        var credited = Story(
            Article("a", "sada", "2025-03-10", "جدة - واس: " + Edited),
            Article("b", "ofoq", "2025-03-10", Own + " (واس)"));
        var uncredited = Story(
            Article("a", "sada", "2025-03-10", "جدة - واس: " + Edited),
            Article("b", "ofoq", "2025-03-10", Own));

        // The closing «(واس)» is a sentence of its own: the fact is the pair of edited sentences.
        Assert.Equal([["a", "b"]], new IndependentSources(credited, [], []).Of(FactAligner.Align(credited, out _).Single(f => f.Length == 2)));
        Assert.Equal([["a"], ["b"]], new IndependentSources(uncredited, [], []).Of(Assert.Single(FactAligner.Align(uncredited, out _))));
    }

    [Fact]
    public void A_press_release_sentence_lightly_edited_by_two_outlets_is_one_source()
    {
        // Three quarters of the shorter sentence's words, in order, inside the other: one release, a day and a verb changed.
        var story = Story(
            Article("a", "sada", "2025-03-10", "ينظم نادي الفنون التشكيلية بالطائف مساء اليوم ورشة الرسم بالألوان المائية التي تقدمها الفنانة سارة الحربي على مدى يومين في قاعة المعارض."),
            Article("b", "ofoq", "2025-03-10", "ينظم نادي الفنون التشكيلية بالطائف اليوم الأحد ورشة الرسم بالألوان المائية والتي تشرف عليها الفنانة سارة الحربي وتستمر يومين في قاعة المعارض."));

        var fact = Assert.Single(FactAligner.Align(story, out _));

        Assert.Equal([["a", "b"]], new IndependentSources(story, [], []).Of(fact));
    }

    [Fact]
    public void Duplicates_and_word_for_word_reprints_count_once_and_articles_merely_related_count_apart()
    {
        var story = Story(
            Article("a", null, "2025-03-10", "دشن وزير النقل السعودي يوم الاثنين محطة القطار الجديدة في مدينة جدة بحضور عدد من المسؤولين."),
            Article("b", null, "2025-03-10", "دشن وزير النقل السعودي يوم الاثنين محطة القطار الجديدة في مدينة جدة بحضور عدد من المسؤولين."),
            Article("c", null, "2025-03-11", "دشن وزير النقل السعودي أمس محطة القطار الجديدة في جدة بحضور مسؤولين في الوزارة."));
        var fact = Assert.Single(FactAligner.Align(story, out _));

        // Of unknown outlet, the same sentence printed word for word is one source even with no link between them;
        // a reworded one is another...
        Assert.Equal([["a", "b"], ["c"]], new IndependentSources(story, [], []).Of(fact));
        // ...and so is it when linked as the same copy; a story link of kind Related says nothing about copy.
        Assert.Equal([["a", "b"], ["c"]], new IndependentSources(story, [], [new StoryLink("a", "b", LinkKind.NearDuplicate, 0.9, 0.9)]).Of(fact));
        Assert.Equal([["a", "b"], ["c"]], new IndependentSources(story, [], [new StoryLink("a", "c", LinkKind.Related, 0.5, null)]).Of(fact));
    }

    [Fact]
    public void Sentences_of_one_article_are_never_one_fact()
    {
        var story = Story(Article("a", "sada", "2025-03-10", "تأجلت مباراة الهلال والنصر إلى موعد لاحق. وتأجلت مباراة الهلال والنصر بسبب الأمطار."));

        Assert.Equal(0, story.Similarity(story.Sentences[0], story.Sentences[1]));
        Assert.Equal([[0], [1]], FactAligner.Align(story, out _));
    }

    [Fact]
    public void A_story_without_sentences_has_no_facts()
    {
        Assert.Empty(FactAligner.Align(Story(), out _));
        Assert.Empty(FactAligner.Align(Story(Article("a", "sada", "2025-03-10", "")), out _));
    }
}
