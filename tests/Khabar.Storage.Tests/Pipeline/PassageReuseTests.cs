using Khabar.Core.Assign;
using Khabar.Core.Ingest;
using Khabar.Core.Reuse;
using Khabar.Storage.Sqlite;

using static Khabar.Storage.Tests.Pipeline.AssignedStore;

namespace Khabar.Storage.Tests.Pipeline;

/// <summary>Passages found across the whole store on Assign: in any story, at any distance in time.</summary>
public class PassageReuseTests
{
    // A ministry statement, published first on its own.
    private const string Statement =
        "أعلنت وزارة البيئة والمياه والزراعة اليوم إطلاق برنامج وطني لزراعة عشرة ملايين شجرة في المناطق الجبلية خلال ثلاث سنوات.\n" +
        "وقال وكيل الوزارة لشؤون البيئة إن البرنامج يستهدف استعادة الغطاء النباتي في المرتفعات الجنوبية والحد من انجراف التربة.\n" +
        "وأوضح أن المرحلة الأولى تشمل إنشاء أربعين مشتلاً لإنتاج الشتلات المحلية بالتعاون مع الجمعيات الزراعية والبلديات.\n" +
        "وأضاف أن الوزارة ستتيح للمتطوعين التسجيل عبر منصة إلكترونية للمشاركة في حملات الغرس الموسمية.";

    // Three weeks later, another outlet's feature on something else quotes two paragraphs of it, in the other order.
    private const string Feature =
        "شهدت مدينة أبها هذا الأسبوع أمطاراً غزيرة أعادت الحياة إلى الأودية بعد صيف طويل جاف.\n" +
        "ويرى مزارعون في المنطقة أن موسم الأمطار الحالي قد يكون الأفضل منذ عقد، مع امتلاء السدود الصغيرة.\n" +
        "وأوضح أن المرحلة الأولى تشمل إنشاء أربعين مشتلاً لإنتاج الشتلات المحلية بالتعاون مع الجمعيات الزراعية والبلديات.\n" +
        "وفي سياق متصل نظمت جمعية خيرية معرضاً للمنتجات الريفية شارك فيه عشرات الأسر المنتجة من القرى المجاورة.\n" +
        "وإلى جانب المعرض، أقيمت ورش عمل للأطفال حول أساليب الري الحديثة وحماية البيئة المحلية من التلوث.\n" +
        "وكانت الوزارة قد أعلنت إطلاق برنامج وطني لزراعة عشرة ملايين شجرة في المناطق الجبلية خلال ثلاث سنوات، وقال وكيل الوزارة لشؤون البيئة إن البرنامج يستهدف استعادة الغطاء النباتي في المرتفعات الجنوبية والحد من انجراف التربة.";

    // Same day as the statement, the same topic in its own words: no passage.
    private const string Report =
        "تسعى المملكة إلى توسيع المساحات الخضراء عبر مبادرات تشجير تشارك فيها الجهات الحكومية والقطاع الخاص.\n" +
        "ويقول مختصون في علوم البيئة إن الأشجار المحلية أكثر قدرة على تحمل الجفاف من الأنواع المستوردة.\n" +
        "ويأمل سكان القرى الجبلية أن تسهم المبادرات في عودة الطيور المهاجرة التي غابت عن المنطقة.";

    private static RawArticle Article(string id, string text, string source, int day) => new()
    {
        Id = id,
        Origin = id + ".txt",
        Text = text,
        Format = "text",
        Source = source,
        Published = new DateTimeOffset(2025, 3, day, 9, 0, 0, TimeSpan.FromHours(3)),
    };

    private static readonly RawArticle[] Articles =
    [
        Article("statement", Statement, "وكالة الأنباء", 1),
        Article("report", Report, "صحيفة الجبل", 1),
        Article("feature", Feature, "صحيفة الوادي", 22),
    ];

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_feature_quoting_a_statement_three_weeks_later_shares_its_word_for_word_passage_though_in_another_story(string kind)
    {
        using var store = Stream(kind, Articles);

        var storyOf = store.StoryOf(["statement", "feature"]);
        Assert.NotEqual(storyOf["statement"], storyOf["feature"]);
        var pair = Assert.Single(store.ReuseWith("feature"));
        Assert.Equal(("feature", "statement"), (pair.A, pair.B));
        // Three weeks apart, only the paragraph taken word for word counts; the one rewritten into another sentence
        // would count within three days (next test).
        var passage = Assert.Single(pair.Passages);
        Assert.StartsWith("وأوضح أن المرحلة الأولى", Feature.Substring(passage.A.Start, passage.A.Length), StringComparison.Ordinal);
        Assert.Equal(Statement.Split('\n')[2], Statement.Substring(passage.B.Start, passage.B.Length));
        Assert.Empty(store.ReuseWith("report"));
        // A story's reuse is among its own articles only.
        Assert.Empty(store.ReuseOf(storyOf["feature"]));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Within_three_days_a_rewritten_paragraph_is_a_passage_too_each_in_its_place(string kind)
    {
        using var store = Stream(kind, [Articles[0], Articles[1], Article("feature", Feature, "صحيفة الوادي", 3)]);

        var pair = Assert.Single(store.ReuseWith("feature"));
        Assert.Equal(2, pair.Passages.Count);
        Assert.Contains(pair.Passages, p => Feature.Substring(p.A.Start, p.A.Length).StartsWith("وأوضح أن المرحلة الأولى", StringComparison.Ordinal)
            && Statement.Substring(p.B.Start, p.B.Length).StartsWith("وأوضح أن المرحلة الأولى", StringComparison.Ordinal));
        Assert.Contains(pair.Passages, p => Feature.Substring(p.A.Start, p.A.Length).Contains("انجراف التربة", StringComparison.Ordinal)
            && Statement.Substring(p.B.Start, p.B.Length).Contains("انجراف التربة", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void An_article_names_the_earlier_articles_it_shares_passages_with_and_where_they_first_appeared(string kind)
    {
        // A digest a week after the feature reprints the paragraph the feature took from the statement.
        var digest = Article("digest", "موجز الأسبوع في المنطقة الجنوبية.\n" + Feature.Split('\n')[2], "نشرة الجنوب", 29);
        using var store = Stream(kind, Articles, [digest]);
        var sources = new PassageSources(store);
        var articles = store.FindAll(["digest", "feature", "statement"], withRawText: true).ToDictionary(a => a.Id);

        var borrowed = sources.Of(articles["digest"]);

        Assert.Equal(["feature", "statement"], borrowed.Select(b => b.From.Id).Order(StringComparer.Ordinal));
        Assert.All(borrowed, b =>
        {
            Assert.Equal("statement", b.Origin.Id);
            Assert.Equal("وكالة الأنباء", b.Origin.Outlet);
            Assert.Contains("أربعين مشتلاً", articles["digest"].CleanText.Substring(b.Extent.Start, b.Extent.Length), StringComparison.Ordinal);
            // The raw extent points at the same words in the input as read.
            Assert.NotNull(b.RawExtent);
            Assert.Equal(articles["digest"].CleanText.Substring(b.Extent.Start, b.Extent.Length), articles["digest"].RawText.Substring(b.RawExtent!.Value.Start, b.RawExtent.Value.Length));
        });
        Assert.Single(sources.Of(articles["feature"]));
        // The statement came first: it took nothing from anyone.
        Assert.Empty(sources.Of(articles["statement"]));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_standing_line_in_more_articles_than_the_cap_stops_finding_passages_however_they_are_batched(string kind)
    {
        // Sixty notices, an hour apart, each of its own matter, all ending with the same standing paragraph.
        const string Standing = "وتدعو إدارة المهرجان الزوار الكرام إلى الالتزام بتعليمات السلامة واتباع إرشادات المنظمين في جميع مواقع الفعاليات الثقافية.";
        string[] places = ["الحديقة", "المتحف", "الساحل", "السوق", "القلعة", "الميناء"];
        string[] things = ["الخط العربي", "الفخار", "الحرف اليدوية", "التصوير", "الشعر النبطي", "الطهي الشعبي", "السدو", "النحت", "الخوص", "العطور"];
        var notices = Enumerable.Range(0, 60).Select(i => new RawArticle
        {
            Id = $"notice-{i:D2}",
            Origin = $"notice-{i:D2}.txt",
            Text = $"تقام في {places[i % 6]} مساء اليوم ورشة {things[i % 10]} للمبتدئين بمشاركة {i + 3} من المدربين.\n" + Standing,
            Format = "text",
            Source = "نشرة المهرجان",
            Published = new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
        }).ToList();

        using var once = Stream(kind, notices);
        using var batched = Stream(kind, notices.Take(20), notices.Skip(20).Take(25), notices.Skip(45));

        string[] Pairs(Khabar.Core.Ports.IStore store) =>
            [.. notices.SelectMany(n => store.ReuseWith(n.Id)).Select(p => $"{p.A}~{p.B}").Distinct().Order(StringComparer.Ordinal)];
        var pairs = Pairs(once);
        Assert.Equal(pairs, Pairs(batched));
        // Once more than the cap hold it, the standing line finds no one by its prints: the last notice shares it only
        // with the notices it is linked to as one event (aligned as every such pair is), not with the first ones.
        var linked = once.LinksOf(once.StoryOf(["notice-59"])["notice-59"]).Where(l => l.Kind.IsEvent())
            .Select(l => l.A == "notice-59" ? l.B : l.A).ToHashSet();
        var partners = once.ReuseWith("notice-59").Select(p => p.A == "notice-59" ? p.B : p.A).ToList();
        Assert.All(partners, p => Assert.Contains(p, linked));
        Assert.Contains(pairs, p => p.StartsWith("notice-00~", StringComparison.Ordinal));
        Assert.DoesNotContain("notice-00~notice-59", pairs);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void The_same_passages_are_found_whatever_the_order_and_batching(string kind)
    {
        using var once = Stream(kind, Articles);
        using var later = Stream(kind, [Articles[2]], [Articles[1]], [Articles[0]]);

        string[] Pairs(Khabar.Core.Ports.IStore store) =>
            [.. store.ReuseWith("statement").Select(p => $"{p.A}~{p.B}:{string.Join(',', p.Passages.Select(x => $"{x.A.Start}+{x.A.Length}/{x.B.Start}+{x.B.Length}"))}")];

        Assert.NotEmpty(Pairs(once));
        Assert.Equal(Pairs(once), Pairs(later));
    }
}
