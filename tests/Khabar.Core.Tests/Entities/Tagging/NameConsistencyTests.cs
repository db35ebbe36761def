using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Tests.Entities.Tagging;

public class NameConsistencyTests
{
    private static readonly int BPers = BioLabel.Begin(EntityType.Person);
    private static readonly int IPers = BioLabel.Inside(EntityType.Person);

    /// <summary>Sentences written as tokens, with the labels a tagger gave them: a token ending in * was tagged as a person's first word, + as a following word.</summary>
    private static (string[][] Tokens, int[][] Labels) Document(params string[] sentences)
    {
        var tokens = sentences.Select(s => s.Split(' ').Select(t => t.TrimEnd('*', '+')).ToArray()).ToArray();
        var labels = sentences.Select(s => s.Split(' ').Select(t => t.EndsWith('*') ? BPers : t.EndsWith('+') ? IPers : BioLabel.Outside).ToArray()).ToArray();
        return (tokens, labels);
    }

    private static int[][] Applied(string[][] tokens, int[][] labels)
    {
        NameConsistency.Apply(tokens.Select(TaggerFeatures.Default.NameCores).ToArray(), labels);
        return labels;
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_around_it()
    {
        var (tokens, labels) = Document(
            "قال الروائي نجيب* محفوظ+ إن الرواية انتهت",
            "وأضاف نجيب* محفوظ+ أنه كتبها في القاهرة",
            "ورأى النقاد أن محفوظ كتب أفضل أعماله",
            "ونُشرت الترجمة الأولى لمحفوظ بعد عامين");

        var result = Applied(tokens, labels);

        Assert.Equal(BPers, result[2][3]);
        Assert.Equal(BPers, result[3][3]);
        Assert.Equal(BioLabel.Outside, result[2][4]);
    }

    [Fact]
    public void A_surname_met_once_is_not_carried_over()
    {
        var (tokens, labels) = Document(
            "قال الروائي نجيب* محفوظ+ إن الرواية انتهت",
            "ورأى النقاد أن محفوظ كتب أفضل أعماله");

        Assert.Equal(BioLabel.Outside, Applied(tokens, labels)[1][3]);
    }

    [Fact]
    public void Common_words_that_end_names_stay_common()
    {
        // الثاني ends a king's name twice, and is an ordinary word elsewhere.
        var (tokens, labels) = Document(
            "استقبل الملك عبد* الله+ الثاني+ الوفد",
            "وقال عبد* الله+ الثاني+ إن الزيارة مهمة",
            "وجاء الفريق في المركز الثاني هذا العام");

        Assert.Equal(BioLabel.Outside, Applied(tokens, labels)[2][4]);
    }

    [Fact]
    public void A_word_beside_another_entity_is_left_to_the_tagger()
    {
        var (tokens, labels) = Document(
            "قال الروائي نجيب* محفوظ+ إن الرواية انتهت",
            "وأضاف نجيب* محفوظ+ أنه كتبها في القاهرة",
            "وقرأ سعيد* محفوظ الرواية");

        Assert.Equal(BioLabel.Outside, Applied(tokens, labels)[2][2]);
    }

    [Fact]
    public void Names_are_carried_only_within_the_window_of_sentences()
    {
        var filler = Enumerable.Repeat("وتابعت الصحف الخبر في اليوم التالي", DocumentMemory.Window + 5);
        var (tokens, labels) = Document([
            "قال الروائي نجيب* محفوظ+ إن الرواية انتهت",
            "وأضاف نجيب* محفوظ+ أنه كتبها في القاهرة",
            .. filler,
            "ورأى النقاد أن محفوظ كتب أفضل أعماله"]);

        Assert.Equal(BioLabel.Outside, Applied(tokens, labels)[^1][3]);
    }
}
