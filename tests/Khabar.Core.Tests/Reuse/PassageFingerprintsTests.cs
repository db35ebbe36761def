using Khabar.Core.Analyze;
using Khabar.Core.Reuse;

namespace Khabar.Core.Tests.Reuse;

public class PassageFingerprintsTests
{
    private const string Sentence =
        "وقال وزير النقل سامر الحديدي إن القطار الواحد سينقل ما يصل إلى 3000 طن من البضائع وإن الخط سيخفض كلفة النقل بنسبة 30 في المئة.";

    [Fact]
    public void A_sentence_with_its_words_in_another_order_has_the_same_fingerprints()
    {
        var words = Sentence.TrimEnd('.').Split(' ');
        var shuffled = string.Join(' ', words.Skip(7).Concat(words.Take(7))) + ".";

        Assert.Equal(Hashes(Sentence), Hashes(shuffled));
        Assert.Equal(PassageFingerprints.Bands, Hashes(Sentence).Length);
    }

    [Fact]
    public void Sentences_on_one_topic_in_other_words_share_no_fingerprint()
    {
        var other = "يرى خبراء اقتصاديون أن ربط العقبة بمعان سيغير خريطة التجارة والنقل في جنوب الأردن خلال السنوات المقبلة.";

        Assert.Empty(Hashes(Sentence).Intersect(Hashes(other)));
    }

    [Fact]
    public void A_sentence_with_a_word_changed_keeps_most_fingerprints_and_each_sentence_is_named()
    {
        var edited = Sentence.Replace("سيخفض", "سيقلل", StringComparison.Ordinal);
        var text = "مقدمة قصيرة.\n" + Sentence + "\n" + edited;

        var prints = PassageFingerprints.Of(ContentTerms.Of(text));

        // The two-word opening is too short to be found by itself; both long sentences are.
        Assert.Equal([1, 2], prints.Select(p => p.Sentence).Distinct());
        var first = prints.Where(p => p.Sentence == 1).Select(p => p.Hash).ToHashSet();
        Assert.True(prints.Where(p => p.Sentence == 2).Count(p => first.Contains(p.Hash)) >= 2);
    }

    private static ulong[] Hashes(string text) => [.. PassageFingerprints.Of(ContentTerms.Of(text)).Select(p => p.Hash).Order()];
}
