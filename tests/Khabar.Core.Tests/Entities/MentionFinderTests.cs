using Khabar.Core.Entities;

namespace Khabar.Core.Tests.Entities;

/// <summary>The shipped tagger on sentences written for these tests, in the style of wire copy.</summary>
public class MentionFinderTests
{
    private static readonly MentionFinder Finder = new(Core.Entities.Tagging.EntityTagger.Default, Gazetteer.Default);

    private static List<EntityMention> Find(string text) => Finder.Find(text);

    [Fact]
    public void People_places_and_organisations_are_found_with_offsets_into_the_text()
    {
        const string text = "وقال وزير الخارجية الأردني أيمن الصفدي في عمّان إن الأمم المتحدة مدعوة إلى التحرك.";

        var mentions = Find(text);

        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Text == "أيمن الصفدي");
        Assert.Contains(mentions, m => m.Type == EntityType.Location && m.Text == "عمّان");
        Assert.Contains(mentions, m => m.Type == EntityType.Organization && m.Text == "الأمم المتحدة");
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Forgetting_what_was_kept_per_word_changes_no_mention()
    {
        const string text = "واستقبل وزير الدفاع الروسي سيرغي شويغو في موسكو وفدا من الأمم المتحدة برئاسة أيمن الصفدي.";
        var before = Find(text);

        Finder.ForgetTokens();
        var after = Find(text);

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void A_person_keeps_the_title_written_before_the_name()
    {
        var mentions = Find("واستقبل وزير الدفاع الروسي سيرغي شويغو الوفد في موسكو.");

        var person = Assert.Single(mentions, m => m.Type == EntityType.Person);
        Assert.Equal("سيرغي شويغو", person.Text);
        Assert.Equal("وزير الدفاع الروسي", person.Role);
    }

    [Fact]
    public void Model_designations_are_equipment()
    {
        var mentions = Find("وتفقد الوفد قاذفات Tu-160 وتوبوليف 95 في القاعدة الجوية.");

        Assert.Contains(mentions, m => m.Type == EntityType.Misc && m.Text == "Tu-160");
        Assert.Contains(mentions, m => m.Type == EntityType.Misc && m.Text.EndsWith("95", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_names_joined_by_and_are_two_mentions()
    {
        var mentions = Find("وعقد بوتين وأردوغان جلسة محادثات مغلقة في سوتشي.");

        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Text == "بوتين");
        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Text == "أردوغان");
        Assert.DoesNotContain(mentions, m => m.Text.Contains(' ', StringComparison.Ordinal) && m.Text.Contains("أردوغان", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rare_word_after_a_place_word_is_a_place_and_a_common_one_is_not()
    {
        var mentions = Find("وهبطت الطائرة في مطار زارافشان قبل أن تتوجه إلى مطار جديد وبقيت في المدينة حتى المساء.");

        // With or without its head word, as the labels keep an airport's («مطار أبها الإقليمي»).
        Assert.Contains(mentions, m => m.Type == EntityType.Location && m.Text is "زارافشان" or "مطار زارافشان");
        Assert.DoesNotContain(mentions, m => m.Text == "جديد");
        Assert.DoesNotContain(mentions, m => m.Text == "حتى");
    }

    [Fact]
    public void Currencies_and_the_name_of_god_are_no_entities()
    {
        var mentions = Find("وقال الوزير إن الكلفة بلغت مليون دولار، رحمه الله، وإن العمل مستمر في الرياض.");

        Assert.DoesNotContain(mentions, m => m.Text is "دولار" or "الله");
        Assert.Contains(mentions, m => m.Text == "الرياض");
    }

    [Theory]
    [InlineData("")]
    [InlineData("The committee met on Tuesday and agreed nothing.")]
    [InlineData("١٢٣ ٤٥٦ ... !!! ؟؟")]
    public void Text_without_arabic_names_gives_no_error(string text)
    {
        var mentions = Find(text);

        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    [Theory]
    [InlineData("الله", true)]
    [InlineData("والله", true)]
    [InlineData("بالله", true)]
    [InlineData("لله", true)]
    [InlineData("اللّه", true)]     // by key: the shadda folds away
    [InlineData("عبدالله", false)]
    [InlineData("دولار", false)]   // a unit, found apart
    public void Misc_words_that_are_no_named_thing(string word, bool notName) =>
        Assert.Equal(notName, MentionFinder.IsNotName(word));

    [Theory]
    [InlineData("وصل الزعيم الكوري الشمالي كيم جونغ أون إلى المدينة الساحلية. وأمضى كيم صباح أمس في منطقة شرق البلاد قبل أن يغادرها بالقطار.", "كيم", "صباح أمس")]
    [InlineData("وقال محمد الجمعة الماضي إن المشروع سيكتمل قبل نهاية العام.", "محمد", "الجمعة الماضي")]
    public void A_name_does_not_run_into_the_time_after_it(string text, string name, string time)
    {
        var people = Find(text).Where(m => m.Type == EntityType.Person).ToList();
        var at = text.IndexOf(time, StringComparison.Ordinal);

        Assert.Contains(name, people.Select(p => p.Text));
        Assert.DoesNotContain(people, p => p.Start < at + time.Length && at < p.Start + p.Length);
    }

    [Fact]
    public void A_family_name_that_is_a_weekday_stays_in_the_name()
    {
        // الخميس and الجمعة are families too: a date the name holds whole is the name's.
        var person = Assert.Single(Find("وقال المهندس أحمد الخميس مدير المشروع إن العمل سينتهي قريباً."), m => m.Type == EntityType.Person);

        Assert.Equal("أحمد الخميس", person.Text);
    }
}
