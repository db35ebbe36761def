using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>Two outlets' sentences aligned as one fact confirm it only when their figures agree.</summary>
public class ConfirmingFiguresTests
{
    private static Fact OnlyFact(string a, string b, string dayOfB = "2025-07-21")
    {
        var story = Consolidated(Article("a", "sada", "2025-07-21", a), Article("b", "ofoq", dayOfB, b));
        return Assert.Single(story.Facts, f => f.Quotes.Count == 2);
    }

    [Fact]
    public void Two_outlets_giving_the_same_price_in_their_own_words_corroborate_it()
    {
        var fact = OnlyFact(
            "وتراجع الذهب في السوق الفورية بنسبة 1.5 في المئة إلى 1116.43 دولار للأوقية خلال تعاملات الصباح في لندن.",
            "هبط سعر الذهب في التعاملات الفورية 1.5 في المائة ليصل إلى 1116.43 دولار للأوقية صباح اليوم في لندن.");

        Assert.Equal(FactStatus.Corroborated, fact.Status);
    }

    [Fact]
    public void Two_outlets_giving_other_hours_prices_in_one_sentence_do_not_confirm_each_other()
    {
        // Aligned as one statement, but 2.2 % and 1,108.18 dollars against 1.5 % and 1,116.43: two snapshots.
        var fact = OnlyFact(
            "وتراجع الذهب في السوق الفورية بنسبة 2.2 في المئة إلى 1108.18 دولار للأوقية خلال تعاملات الصباح في لندن.",
            "هبط سعر الذهب في التعاملات الفورية 1.5 في المائة ليصل إلى 1116.43 دولار للأوقية صباح اليوم في لندن.",
            dayOfB: "2025-07-22");

        Assert.Equal(FactStatus.Single, fact.Status);
        Assert.Equal(2, fact.Independent);
    }

    [Fact]
    public void Counts_of_different_things_do_not_stop_two_outlets_confirming_a_fact()
    {
        // 280 doctors in one, 12 courses in both: the counts that differ count different things.
        var fact = OnlyFact(
            "وتعقد اللجنة 12 دورة تدريبية في طب الحشود والطوارئ لتدريب 280 من الأطباء والممرضين قبل موسم الحج.",
            "وتنظم اللجنة الصحية 12 دورة تدريبية في طب الحشود والطوارئ للأطباء والممرضين استعداداً لموسم الحج.");

        Assert.Equal(FactStatus.Corroborated, fact.Status);
    }
}
