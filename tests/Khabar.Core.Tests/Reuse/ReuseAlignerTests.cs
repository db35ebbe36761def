using Khabar.Core.Analyze;
using Khabar.Core.Reuse;
using Khabar.Core.Tests.Assign;

namespace Khabar.Core.Tests.Reuse;

public class ReuseAlignerTests
{
    private const string Wire =
        "أعلنت وزارة النقل الأردنية اليوم الثلاثاء افتتاح خط الشحن الجديد للسكك الحديدية بين ميناء العقبة ومدينة معان بطول 115 كيلومتراً.\n" +
        "وقال وزير النقل سامر الحديدي إن القطار الواحد سينقل ما يصل إلى 3000 طن من البضائع وإن الخط سيخفض كلفة النقل بنسبة 30 في المئة.\n" +
        "وأضاف الوزير الكازاخستاني غريغوري بافلينكو أن بلاده تأمل أن تصل أول شحنة من الحبوب عبر الخط الشهر المقبل.\n" +
        "ومن المقرر أن يزور الوزيران يوم الخميس المنطقة الاقتصادية الخاصة في العقبة حيث سيوقعان مذكرة تفاهم للتعاون في مجال الموانئ.";

    // The same dispatch translated again by another desk: other verbs, another spelling of the guest's name,
    // one sentence dropped, an opening of the paper's own.
    private const string Retranslation =
        "في خطوة تنتظرها شركات النقل منذ سنوات، بدأ العمل على الخط الجديد.\n" +
        "دشنت وزارة النقل في الأردن الثلاثاء خط شحن جديداً بالسكك الحديدية يربط ميناء العقبة بمدينة معان ويمتد 115 كيلومتراً.\n" +
        "وأوضح وزير النقل سامر الحديدي أن كل قطار سيحمل حتى 3000 طن من البضائع، وأن الخط سيقلل كلفة النقل 30 في المئة.\n" +
        "من جهته قال الوزير الكازاخستاني جريجوري بافلينكو إن بلاده تأمل وصول أول شحنة من الحبوب عبر الخط في الشهر المقبل.";

    // Same event, written independently: shares names and numbers, not sentences.
    private const string SameTopic =
        "يرى خبراء اقتصاديون أن ربط العقبة بمعان سيغير خريطة التجارة في جنوب الأردن.\n" +
        "ويقول أستاذ الاقتصاد في الجامعة الأردنية إن الموانئ الجافة ستجذب استثمارات جديدة إلى معان.\n" +
        "ويتوقع تجار في العقبة أن تنخفض أسعار الشحن البري خلال العام المقبل مع تشغيل القطارات.\n" +
        "غير أن سائقي الشاحنات عبروا عن قلقهم من فقدان أعمالهم بعد تشغيل الخط.";

    [Fact]
    public void A_retranslated_dispatch_shares_copy_with_its_passages_aligned_in_order()
    {
        var wire = ContentTerms.Of(Wire);
        var other = ContentTerms.Of(Retranslation);

        var match = ReuseAligner.Align(wire, other);

        Assert.True(match.SharesCopy, $"score {match.Score}");
        Assert.InRange(match.Score, ReuseAligner.CopyThreshold, 1);
        Assert.NotEmpty(match.Passages);
        Assert.All(match.Passages, p => Assert.InRange(p.Similarity, ReuseAligner.SentenceThreshold, 1));
        // The first passage starts in the wire's first sentence and at the retranslation's second (its own opening is not copy).
        Assert.InRange(match.Passages[0].A.Start, 0, Wire.IndexOf('\n', StringComparison.Ordinal) - 1);
        // (each end cut to the first word the other side shares: «وزارة النقل», the verbs differ).
        var second = Retranslation.IndexOf("دشنت", StringComparison.Ordinal);
        Assert.InRange(match.Passages[0].B.Start, second, Retranslation.IndexOf('\n', second));
        Assert.StartsWith("وزارة النقل", Retranslation[match.Passages[0].B.Start..], StringComparison.Ordinal);
        Assert.True(match.Passages.Zip(match.Passages.Skip(1)).All(p => p.First.A.End <= p.Second.A.Start && p.First.B.End <= p.Second.B.Start));
    }

    [Fact]
    public void Articles_on_one_event_written_independently_do_not_share_copy()
    {
        var match = ReuseAligner.Align(ContentTerms.Of(Wire), ContentTerms.Of(SameTopic));

        Assert.False(match.SharesCopy);
        Assert.True(match.Score < ReuseAligner.CopyThreshold, $"score {match.Score}");
    }

    [Fact]
    public void Alignment_is_symmetric()
    {
        var ab = ReuseAligner.Align(ContentTerms.Of(Wire), ContentTerms.Of(Retranslation));
        var ba = ReuseAligner.Align(ContentTerms.Of(Retranslation), ContentTerms.Of(Wire));

        Assert.Equal(ab.Score, ba.Score);
        Assert.Equal(ab.SharesCopy, ba.SharesCopy);
        Assert.Equal(ab.Passages.Select(p => (p.A, p.B)), ba.Passages.Select(p => (p.B, p.A)));
    }

    [Fact]
    public void Two_paragraphs_taken_in_the_opposite_order_are_two_passages_each_in_its_place()
    {
        var lines = Wire.Split('\n');
        var own = "نشرت الصحيفة اليوم ملفا عن النقل في جنوب المملكة تناول مشاريع الطرق والموانئ الجديدة.\n";
        var taken = own + lines[3] + "\nوفي سياق آخر ارتفعت أسعار الوقود في الأسواق المحلية خلال الأسبوع الماضي.\n" + lines[0];

        var match = ReuseAligner.Align(ContentTerms.Of(Wire), ContentTerms.Of(taken));

        Assert.Equal(2, match.Passages.Count);
        var (first, second) = (match.Passages[0], match.Passages[1]);
        Assert.Equal(lines[0], Wire.Substring(first.A.Start, first.A.Length));
        Assert.Equal(lines[0], taken.Substring(first.B.Start, first.B.Length));
        Assert.Equal(lines[3], Wire.Substring(second.A.Start, second.A.Length));
        Assert.Equal(lines[3], taken.Substring(second.B.Start, second.B.Length));
        Assert.True(first.B.Start > second.B.Start, "the later paragraph of the wire comes first in the copy");
    }

    [Fact]
    public void A_paragraph_with_its_words_shuffled_and_a_dateline_alone_are_told_apart()
    {
        var words = Wire.Split('\n')[1].TrimEnd('.').Split(' ');
        var shuffled = string.Join(' ', words.Reverse()) + ".";
        var dateline = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس.";

        Assert.Single(ReuseAligner.Align(ContentTerms.Of(Wire), ContentTerms.Of("مقدمة لا صلة لها بالموضوع عن الطقس الحار.\n" + shuffled)).Passages);
        Assert.Empty(ReuseAligner.Align(ContentTerms.Of(dateline + "\n" + Wire), ContentTerms.Of(dateline + "\n" + SameTopic)).Passages);
    }

    [Fact]
    public void Two_days_of_one_market_bulletin_share_its_wording_not_a_passage_but_a_reprint_does()
    {
        const string Monday =
            "أغلق مؤشر السوق الرئيسي اليوم عند مستوى 9125 نقطة مرتفعاً 45 نقطة بنسبة 0.5 في المئة بتداولات بلغت قيمتها 6.2 مليار ريال.\n" +
            "وبلغت كمية الأسهم المتداولة 240 مليون سهم تقاسمتها أكثر من 118 ألف صفقة سجلت فيها أسهم 120 شركة ارتفاعاً في قيمتها.";
        const string Tuesday =
            "أغلق مؤشر السوق الرئيسي اليوم عند مستوى 9080 نقطة منخفضاً 45 نقطة بنسبة 0.4 في المئة بتداولات بلغت قيمتها 5.8 مليار ريال.\n" +
            "وبلغت كمية الأسهم المتداولة 210 مليون سهم تقاسمتها أكثر من 104 ألف صفقة سجلت فيها أسهم 95 شركة ارتفاعاً في قيمتها.";
        var reprint = "وفي الأسواق المحلية، " + Monday.Replace("في المئة", "%", StringComparison.Ordinal);

        Assert.Empty(ReuseAligner.Align(ContentTerms.Of(Monday), ContentTerms.Of(Tuesday)).Passages);
        Assert.True(ReuseAligner.Align(ContentTerms.Of(Monday), ContentTerms.Of(reprint)).SharesCopy);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", Wire)]
    [InlineData("عاجل", "عاجل")]
    [InlineData("Breaking news from Aqaba.", Wire)]
    public void Empty_tiny_or_foreign_texts_share_nothing_and_do_not_throw(string a, string b)
    {
        var match = ReuseAligner.Align(ContentTerms.Of(a), ContentTerms.Of(b));

        Assert.False(match.SharesCopy);
        Assert.Empty(match.Passages);
    }

    [Fact]
    public void A_one_sentence_brief_copies_only_when_nearly_word_for_word()
    {
        var brief = "قال وزير النقل سامر الحديدي إن القطار الواحد سينقل ما يصل إلى 3000 طن من البضائع وإن الخط سيخفض كلفة النقل بنسبة 30 في المئة.";
        var loose = "الحديدي: القطار سينقل 3000 طن والكلفة تنخفض 30 في المئة بفضل الخط.";

        Assert.True(ReuseAligner.Align(ContentTerms.Of(brief), ContentTerms.Of(Wire)).SharesCopy);
        Assert.False(ReuseAligner.Align(ContentTerms.Of(loose), ContentTerms.Of(Wire)).SharesCopy);
    }

    [Fact]
    public void Demo_corpus_copy_is_found_where_it_was_written_and_nowhere_else()
    {
        // docs/demo-corpus.md: rail-alofoq and rail-sada translate one dispatch; rail-nabaa repeats two paragraphs
        // of rail-alofoq; digest-2 repeats two paragraphs of storm-alofoq. Every other pair only shares a topic.
        string[] expected = ["digest-2025-10-2~storm-alofoq-dhofar", "rail-alofoq-2025-10-14~rail-nabaa-first-train", "rail-alofoq-2025-10-14~rail-sada-2025-10-14"];

        Assert.Equal(expected, CopyingPairs(CorpusArticles.Samples()));
    }

    [SeedFact]
    public void Seeds_000_002_and_003_004_share_wire_copy_and_no_other_pair_does()
    {
        Assert.Equal(["000~002", "003~004"], CopyingPairs(CorpusArticles.Seeds()));
    }

    [SeedFact]
    public void Seed_passages_point_at_the_same_statement_in_both_articles()
    {
        var seeds = CorpusArticles.Seeds().ToDictionary(s => CorpusArticles.Short(s.Id));
        var match = ReuseAligner.Align(seeds["000"].Terms, seeds["002"].Terms);

        // Both translations carry the experts' remark on modernising the North Korean forces and the
        // officials' remark on munitions; at least three passages are found, each within its text.
        Assert.True(match.Passages.Count >= 3);
        var textA = seeds["000"].Prepared.Article.CleanText;
        var textB = seeds["002"].Prepared.Article.CleanText;
        Assert.All(match.Passages, p =>
        {
            Assert.InRange(p.A.End, 1, textA.Length);
            Assert.InRange(p.B.End, 1, textB.Length);
        });
        Assert.Contains(match.Passages, p => textA.Substring(p.A.Start, p.A.Length).Contains("الخبراء", StringComparison.Ordinal)
            && textB.Substring(p.B.Start, p.B.Length).Contains("الخبراء", StringComparison.Ordinal));
    }

    private static string[] CopyingPairs(IReadOnlyList<CorpusArticles.Item> items)
    {
        var pairs = new List<string>();
        foreach (var a in items)
        {
            foreach (var b in items.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                if (ReuseAligner.Align(a.Terms, b.Terms).SharesCopy)
                {
                    pairs.Add($"{CorpusArticles.Short(a.Id)}~{CorpusArticles.Short(b.Id)}");
                }
            }
        }

        return [.. pairs.Order(StringComparer.Ordinal)];
    }
}
