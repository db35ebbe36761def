using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>What a date of a small made-up story is about (Slot, through the story's dated values).</summary>
public class SlotTests
{
    /// <summary>The dated value written <paramref name="expression"/> in article <paramref name="article"/>.</summary>
    private static DatedValue Value(StoryText story, string article, string expression) =>
        DatedValue.Of(story).SelectMany(v => v)
            .Single(v => story.Articles[v.Sentence.Article].Id == article && v.Expression.Text == expression);

    private static readonly StoryArticle CameAndLeft = Article("a", "sada", "2025-05-06",
        "وصل رئيس الوزراء إلى بغداد يوم الأحد، وغادرها يوم الثلاثاء بعد محادثات مع نظيره العراقي.");

    private static readonly StoryArticle LeftOnMonday = Article("b", "ofoq", "2025-05-06",
        "غادر رئيس الوزراء بغداد يوم الاثنين عائداً إلى بلاده بعد محادثات مع نظيره العراقي.");

    [Fact]
    public void A_date_is_about_the_event_word_next_to_it()
    {
        var story = Story(CameAndLeft, LeftOnMonday);
        var arrival = Value(story, "a", "يوم الأحد");
        var departure = Value(story, "a", "يوم الثلاثاء");
        var other = Value(story, "b", "يوم الاثنين");

        Assert.True(arrival.Slot.NamesEvent && departure.Slot.NamesEvent && other.Slot.NamesEvent);
        // وغادرها / غادر: one event; وصل is another, though the sentences are alike.
        Assert.True(departure.SameSlot(other));
        Assert.False(arrival.SameSlot(other));
        Assert.False(arrival.Slot.Matches(departure.Slot));
    }

    [Fact]
    public void Two_days_about_different_events_are_not_compared()
    {
        // Only the departures disagree (Tuesday in a, Monday in b); a's Sunday arrival is no side of any conflict.
        var conflict = Assert.Single(Consolidated(CameAndLeft, LeftOnMonday).Conflicts);

        Assert.Equal(ConflictKind.Date, conflict.About);
        Assert.Equal(["2025-05-05", "2025-05-06"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Values_of_one_article_are_never_about_the_same_thing()
    {
        var story = Story(Article("a", "sada", "2025-05-06", "غادر رئيس الوزراء بغداد يوم الثلاثاء. وغادر رئيس الوزراء بغداد يوم الاثنين."));
        var values = DatedValue.Of(story).SelectMany(v => v).ToList();

        Assert.Equal(2, values.Count);
        Assert.True(values[0].Slot.Matches(values[1].Slot));
        Assert.False(values[0].SameSlot(values[1]));
    }

    [Fact]
    public void A_date_in_its_own_commas_is_about_the_event_before_it()
    {
        // التقى and اجتمع are one event group.
        var story = Story(
            Article("c", "nabaa", "2025-05-06", "التقى وزير الخارجية نظيره التركي، يوم الأحد، في أنقرة."),
            Article("d", "wadi", "2025-05-06", "اجتمع وزير الخارجية مع نظيره التركي في أنقرة يوم الأحد."));

        var inCommas = Value(story, "c", "يوم الأحد");

        Assert.True(inCommas.Slot.NamesEvent);
        Assert.True(inCommas.SameSlot(Value(story, "d", "يوم الأحد")));
    }

    [Fact]
    public void A_date_of_a_statement_is_not_about_the_event_before_it()
    {
        // «وقال المتحدث باسمه يوم السبت» dates the saying: the slot does not reach back to وصل.
        var story = Story(
            Article("c", "nabaa", "2025-05-06", "ووصل الوزير إلى أنقرة، وقال المتحدث باسمه يوم السبت إن الزيارة ناجحة."),
            Article("d", "wadi", "2025-05-06", "ووصل الوزير إلى أنقرة، يوم السبت، في زيارة رسمية."));

        Assert.False(Value(story, "c", "يوم السبت").Slot.NamesEvent);
        Assert.True(Value(story, "d", "يوم السبت").Slot.NamesEvent);
        Assert.False(Value(story, "c", "يوم السبت").SameSlot(Value(story, "d", "يوم السبت")));
    }

    [Fact]
    public void Without_an_event_word_dates_are_compared_by_their_distinctive_words()
    {
        // Nine sentences, so that a word in two of them is still distinctive (at most a quarter); جامعة الكويت is
        // in most and tells nothing. The ceremony's two dates share حفل تكريم; the book fair's shares only the place.
        var story = Story(
            Article("a", "sada", "2025-05-06", "حفل تكريم الطلاب المتفوقين في جامعة الكويت يوم الخميس. ويحضر الحفل عدد من أولياء الأمور والأساتذة. وتضم جامعة الكويت ست عشرة كلية. وتستقبل جامعة الكويت آلاف الطلاب كل عام."),
            Article("b", "ofoq", "2025-05-06", "يقام يوم الخميس حفل تكريم الطلاب المتفوقين في جامعة الكويت. وتعد جامعة الكويت أقدم جامعة حكومية في البلاد. وتقع جامعة الكويت في منطقة الشدادية."),
            Article("c", "nabaa", "2025-05-06", "معرض الكتاب السنوي في جامعة الكويت يوم الخميس بمشاركة مئة دار نشر. ويستمر المعرض أسبوعاً كاملاً."));
        var (a, b, c) = (Value(story, "a", "يوم الخميس"), Value(story, "b", "يوم الخميس"), Value(story, "c", "يوم الخميس"));

        Assert.Equal(9, story.Sentences.Count);
        Assert.False(a.Slot.NamesEvent || b.Slot.NamesEvent || c.Slot.NamesEvent);
        Assert.True(a.SameSlot(b));
        Assert.False(a.SameSlot(c));
        Assert.False(b.SameSlot(c));
    }
}
