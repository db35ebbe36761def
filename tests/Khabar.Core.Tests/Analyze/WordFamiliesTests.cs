using Khabar.Core.Analyze;
using Khabar.Core.Tests.Consolidate;

namespace Khabar.Core.Tests.Analyze;

public sealed class WordFamiliesTests
{
    [Fact]
    public void A_verb_its_present_and_its_verbal_noun_are_one_family()
    {
        var families = WordFamilies.Derive(["اعلن", "يعلن", "تعلن", "اعلان", "دشن", "يدشن", "تدشين", "ناقش", "يناقش", "مناقش"]);

        Assert.Contains(families, f => f.SequenceEqual(["اعلان", "اعلن", "تعلن", "يعلن"]));
        Assert.Contains(families, f => f.SequenceEqual(["تدشين", "دشن", "يدشن"]));
        Assert.Contains(families, f => f.SequenceEqual(["مناقش", "ناقش", "يناقش"]));
    }

    [Theory]
    [InlineData("افضل", "يفضل")] // an elative is no causative past unless the verb has its verbal noun (افضال)
    [InlineData("نزيف", "زيف")] // ن begins a noun: a present only where the verb is said with ي too
    [InlineData("مراكب", "راكب")] // the plural مفاعل: the verbal noun only where the present is used
    [InlineData("تفاصيل", "فاصل")] // تفعيل of a three-letter root has five letters
    public void Words_that_only_look_derived_stay_apart(string one, string other)
    {
        var families = WordFamilies.Derive([one, other]);

        Assert.DoesNotContain(families, f => f.Contains(one) && f.Contains(other));
    }

    [Theory]
    [InlineData("اسر", "ياسر")] // a given name the stemmer leaves whole is no present of a verb
    [InlineData("جمع", "يجمع")] // nor is a weekday's stem («الجمعة») a verb's
    public void A_table_leaves_names_and_days_out_of_families(string one, string other)
    {
        var families = WordFamilies.OfTable($"documents\t1000\n{one}\t100\n{other}\t50\n");

        Assert.Empty(families);
        Assert.NotEmpty(WordFamilies.Derive([one, other]));
    }

    [Fact]
    public void A_family_too_large_is_left_out_whole()
    {
        string[] stems = ["حدث", "يحدث", "تحدث", "يتحدث", "احداث", "احدث", "تحديث"];

        Assert.NotEmpty(WordFamilies.Derive(stems, maxFamily: stems.Length));
        Assert.Empty(WordFamilies.Derive(stems, maxFamily: stems.Length - 1));
    }

    [Fact]
    public void The_shipped_list_is_what_the_derivation_gives_for_the_shipped_term_table()
    {
        var table = File.ReadAllText(Path.Combine(Khabar.Tests.SharedData.Samples, "..", "src", "Khabar.Core", "Analyze", "Resources", "term-df.txt"));

        var shipped = WordFamilies.Load();

        Assert.Equal(WordFamilies.OfTable(table).Select(f => string.Join(' ', f)), shipped.Select(f => string.Join(' ', f)));
    }

    [Fact]
    public void Sentences_that_tell_one_closure_as_verb_and_as_noun_are_more_alike_with_the_families()
    {
        var story = MadeUpStory.Story(
            MadeUpStory.Article("a", "okaz", "2015-07-21", "أمانة الأحساء تغلق 218 منشأة لمخالفتها الاشتراطات الصحية."),
            MadeUpStory.Article("b", "sabq", "2015-07-21", "إغلاق 218 محلاً مخالفاً للاشتراطات الصحية بالأحساء."));
        var sentences = story.Sentences.ToList();

        var paraphrases = Paraphrases.Load();
        Assert.Equal(paraphrases.KeyOf("تغلق", Hash("تغلق"), 1), paraphrases.KeyOf("إغلاق", Hash("اغلاق"), 2));
        Assert.True(story.Similarity(sentences[0], sentences[1]) >= 0.28, $"similarity {story.Similarity(sentences[0], sentences[1]):F3}");
    }

    private static ulong Hash(string stem) => Khabar.Text.TermHash.Of(stem);
}
