using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>Claim conflicts in the whole Consolidate stage, on two-outlet stories of one headline each.</summary>
public class ClaimConflictTests
{
    [Fact]
    public void A_denial_by_another_outlet_is_a_claim_conflict_with_each_outlet_on_its_side()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "الاتحاد السعودي يصدر كتيبا خاصا بمباراة السوبر في لندن."),
            Article("b", "ofoq", "2025-03-10", "الاتحاد السعودي ينفي إصدار أي كتيب خاص بمباراة السوبر في لندن."));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Denial, conflict.About);
        Assert.Equal([["a"], ["b"]], conflict.Sides.Select(s => s.Sources.ToList()).OrderBy(s => s[0], StringComparer.Ordinal));
        var fact = Assert.Single(story.Facts, f => f.Id == conflict.Fact);
        Assert.Equal(FactStatus.Conflict, fact.Status);
    }

    [Fact]
    public void A_paraphrase_by_another_outlet_corroborates_and_conflicts_with_nothing()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "الاتحاد السعودي يصدر كتيبا خاصا بمباراة السوبر في لندن."),
            Article("b", "ofoq", "2025-03-10", "الاتحاد السعودي يطبع كتيبا خاصا عن مباراة السوبر في لندن."));

        Assert.Empty(story.Conflicts);
        var fact = Assert.Single(story.Facts);
        Assert.Equal((FactStatus.Corroborated, 2), (fact.Status, fact.Independent));
    }

    [Fact]
    public void A_vote_put_off_against_a_vote_held_today_is_a_postponement_conflict()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "البرلمان اليوناني يصوت اليوم على قانون جديد ضمن شروط التفاوض مع الدائنين."),
            Article("b", "ofoq", "2025-03-10", "البرلمان اليوناني يرجئ التصويت على قانون الدائنين الجديد إلى الأسبوع المقبل."));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Postponement, conflict.About);
        Assert.True(conflict.About.IsClaim());
    }

    [Fact]
    public void Two_outlets_both_reporting_a_postponement_agree()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "البرلمان اليوناني يرجئ التصويت على قانون الدائنين الجديد إلى الأسبوع المقبل."),
            Article("b", "ofoq", "2025-03-10", "تأجيل تصويت البرلمان اليوناني على قانون الدائنين الجديد إلى الأسبوع المقبل."));

        Assert.Empty(story.Conflicts);
    }

    [Fact]
    public void Roles_swapped_by_another_outlet_are_a_claim_conflict_and_no_corroboration()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "نادي الوحدة يطالب اتحاد الكرة بتعويض مالي عن المباراة الملغاة."),
            Article("b", "ofoq", "2025-03-10", "اتحاد الكرة يطالب نادي الوحدة بتعويض مالي عن المباراة الملغاة."));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Roles, conflict.About);
        Assert.DoesNotContain(story.Facts, f => f.Status == FactStatus.Corroborated);
    }

    [Fact]
    public void Success_against_failure_is_a_conflict_of_opposites()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "نجحت شرطة المنطقة الشرقية في استعادة المسروقات من المستودع."),
            Article("b", "ofoq", "2025-03-10", "فشلت شرطة المنطقة الشرقية في استعادة المسروقات من المستودع."));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Opposite, conflict.About);
        Assert.True(conflict.About.IsClaim());
    }

    [Theory]
    [InlineData(LinkKind.NearDuplicate, true)]
    [InlineData(LinkKind.Duplicate, false)]
    public void A_copy_edited_to_say_the_opposite_contradicts_its_source_but_the_same_text_cannot(LinkKind kind, bool conflicts)
    {
        // A near duplicate is one source for corroboration, yet the edit may be the negation itself.
        StoryArticle[] articles =
        [
            Article("a", "sada", "2025-03-10", "الصين تفرض عقوبات على مصانع الصلب المسببة للتلوث في الشمال."),
            Article("b", "ofoq", "2025-03-10", "الصين لن تفرض أي عقوبات على مصانع الصلب المسببة للتلوث في الشمال."),
        ];

        var story = Parts.Consolidator.Consolidate(articles, reuse: [], duplicates: [new StoryLink("a", "b", kind, 0.9, 0.9)]);

        Assert.Equal(conflicts, story.Conflicts.Any(c => c.About.IsClaim()));
        Assert.All(story.Conflicts.Where(c => c.About.IsClaim()), c => Assert.Equal(ConflictKind.Negation, c.About));
        Assert.DoesNotContain(story.Facts, f => f.Status == FactStatus.Corroborated);
    }

    [Fact]
    public void One_outlet_contradicting_itself_across_two_articles_is_no_conflict_between_sources()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "الاتحاد السعودي يصدر كتيبا خاصا بمباراة السوبر في لندن."),
            Article("b", "sada", "2025-03-11", "الاتحاد السعودي ينفي إصدار أي كتيب خاص بمباراة السوبر في لندن."));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsClaim());
    }
}
