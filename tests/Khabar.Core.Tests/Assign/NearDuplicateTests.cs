using Khabar.Core.Assign;

namespace Khabar.Core.Tests.Assign;

public class NearDuplicateTests
{
    private const string Wire =
        "أعلنت وزارة النقل الأردنية اليوم الثلاثاء افتتاح خط الشحن الجديد للسكك الحديدية بين ميناء العقبة ومدينة معان بطول 115 كيلومتراً. " +
        "وقال وزير النقل سامر الحديدي إن القطار الواحد سينقل ما يصل إلى 3000 طن من البضائع وإن الخط سيخفض كلفة النقل بنسبة 30 في المئة. " +
        "وأضاف الوزير الكازاخستاني غريغوري بافلينكو أن بلاده تأمل أن تصل أول شحنة من الحبوب عبر الخط الشهر المقبل. " +
        "ومن المقرر أن يزور الوزيران يوم الخميس المنطقة الاقتصادية الخاصة في العقبة حيث سيوقعان مذكرة تفاهم للتعاون في مجال الموانئ.";

    // The same agency copy as a second paper prints it: a lead changed, a word swapped, a closing line added.
    private const string Reprint =
        "أعلنت وزارة النقل في الأردن الثلاثاء افتتاح خط الشحن الجديد للسكك الحديدية بين ميناء العقبة ومدينة معان بطول 115 كيلومتراً. " +
        "وقال وزير النقل سامر الحديدي إن القطار الواحد سينقل ما يصل إلى 3000 طن من السلع وإن الخط سيخفض كلفة النقل بنسبة 30 في المئة. " +
        "وأضاف الوزير الكازاخستاني غريغوري بافلينكو أن بلاده تأمل أن تصل أول شحنة من الحبوب عبر الخط الشهر المقبل. " +
        "ومن المقرر أن يزور الوزيران يوم الخميس المنطقة الاقتصادية الخاصة في العقبة حيث سيوقعان مذكرة تفاهم للتعاون في مجال الموانئ. " +
        "يذكر أن العمل في المشروع بدأ قبل ثلاث سنوات.";

    private const string Unrelated =
        "تصدر نادي الشاطئ ترتيب الدوري بعد فوزه على ضيفه نادي الجبل بهدفين مقابل هدف في المباراة التي أقيمت مساء الجمعة على ملعب المدينة. " +
        "وسجل هدفي الشاطئ المهاجم يوسف الربيعي في الدقيقتين 23 و78 فيما أحرز هدف الجبل لاعب الوسط سعيد النقبي من ركلة جزاء.";

    [Fact]
    public void Identical_texts_have_identical_shingles_and_signatures()
    {
        var a = Shingles.Of(Wire);

        Assert.NotEmpty(a);
        Assert.Equal(1.0, Shingles.Jaccard(a, Shingles.Of(Wire)));
        Assert.Equal(1.0, MinHash.Similarity(MinHash.Of(a), MinHash.Of(Shingles.Of(Wire))));
    }

    [Fact]
    public void Inflection_and_diacritics_do_not_change_shingles()
    {
        Assert.Equal(Shingles.Of("وصلت الطائرات الحربية إلى القاعدة"), Shingles.Of("وَصَلَت طائرات حربية الى القاعدة"));
    }

    [Fact]
    public void A_lightly_edited_reprint_is_a_near_duplicate_and_a_candidate()
    {
        var wire = Shingles.Of(Wire);
        var reprint = Shingles.Of(Reprint);
        var index = new LshIndex<string>();
        index.Add("wire", MinHash.Of(wire));
        index.Add("football", MinHash.Of(Shingles.Of(Unrelated)));

        var jaccard = Shingles.Jaccard(wire, reprint);
        var estimate = MinHash.Similarity(MinHash.Of(wire), MinHash.Of(reprint));

        Assert.InRange(jaccard, 0.6, 0.95);
        Assert.InRange(estimate, jaccard - 0.15, jaccard + 0.15);
        Assert.Equal(["wire"], index.Candidates(MinHash.Of(reprint)));
    }

    [Fact]
    public void Unrelated_articles_share_nothing()
    {
        Assert.Equal(0.0, Shingles.Jaccard(Shingles.Of(Wire), Shingles.Of(Unrelated)));
        var index = new LshIndex<string>();
        index.Add("wire", MinHash.Of(Shingles.Of(Wire)));

        Assert.Empty(index.Candidates(MinHash.Of(Shingles.Of(Unrelated))));
    }

    [Fact]
    public void Empty_and_tiny_texts_give_empty_sets_that_match_nothing()
    {
        var empty = Shingles.Of("");
        var tiny = Shingles.Of("عاجل");

        Assert.Empty(empty);
        Assert.Empty(tiny);
        Assert.Equal(0.0, Shingles.Jaccard(empty, tiny));
        Assert.Equal(0.0, MinHash.Similarity(MinHash.Of(empty), MinHash.Of(tiny)));
    }

    [SeedFact]
    public void No_two_seed_articles_are_near_copies_of_each_other()
    {
        // The seeds reuse wire copy only through re-translation and a few shared paragraphs: shingles, which
        // catch near-copies, must not call any pair a near duplicate (that is the text-reuse stage's work).
        var sets = Directory.GetFiles(SharedData.Seeds!, "*.txt").Select(f => Shingles.Of(File.ReadAllText(f))).ToArray();
        for (var i = 0; i < sets.Length; i++)
        {
            for (var j = i + 1; j < sets.Length; j++)
            {
                Assert.InRange(Shingles.Jaccard(sets[i], sets[j]), 0.0, 0.2);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(600)]
    public void A_signature_is_the_same_whether_its_hash_functions_run_together_or_one_by_one(int count)
    {
        var random = new Random(count);
        var shingles = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            shingles[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
        }

        Assert.Equal(MinHash.OfScalar(shingles), MinHash.Of(shingles));
    }

    [Fact]
    public void Agreement_counts_equal_places_and_never_those_of_an_empty_set()
    {
        var random = new Random(5);
        var a = new uint[MinHash.Size];
        var b = new uint[MinHash.Size];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = (uint)random.Next(4);
            b[i] = i % 3 == 0 ? a[i] : a[i] + 1;
        }

        a[3] = b[3] = uint.MaxValue; // one place empty on both sides: no agreement
        var expected = Enumerable.Range(0, a.Length).Count(i => a[i] == b[i] && a[i] != uint.MaxValue);
        Assert.Equal((double)expected / a.Length, MinHash.Similarity(a, b));
        Assert.Equal(0, MinHash.Similarity(MinHash.Of([]), MinHash.Of([])));
        Assert.Equal(1, MinHash.Similarity(a.Select(v => v == uint.MaxValue ? 0 : v).ToArray(), a.Select(v => v == uint.MaxValue ? 0 : v).ToArray()));
    }
}
