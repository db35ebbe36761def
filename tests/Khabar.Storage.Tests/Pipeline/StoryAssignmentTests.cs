using Khabar.Core.Domain;
using Khabar.Core.Ingest;
using Khabar.Core.Assign;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Core.Store;
using Khabar.Storage.Sqlite;

using static Khabar.Storage.Tests.Pipeline.AssignedStore;

namespace Khabar.Storage.Tests.Pipeline;

public class StoryAssignmentTests
{
    private static readonly IReadOnlyList<RawArticle> Samples = Read(SharedData.Samples);

    private static IReadOnlyList<RawArticle> Read(string folder) =>
        [.. ArticleSource.Read([folder], IngestOptions.Default).Select(i => i.Article).OfType<RawArticle>()];

    /// <summary>Each story as "id: member member …", sorted: everything the grouping decided.</summary>
    private static string[] Shape(IStoryStore store) =>
        [.. store.Stories().Select(s => $"{s.Id}: {string.Join(' ', s.Articles.Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void The_demo_corpus_gives_the_three_stories_it_was_written_to_have(string kind)
    {
        using var store = Stream(kind, Samples);

        var stories = store.Stories();
        Assert.Equal([5, 4, 1], stories.Select(s => s.Articles.Count));
        Assert.Equal(
            ["digest-2025-10-1", "digest-2025-10-4", "rail-alofoq-2025-10-14", "rail-nabaa-first-train", "rail-sada-2025-10-14"],
            stories[0].Articles.Order(StringComparer.Ordinal));
        Assert.Equal(["digest-2025-10-2", "storm-alofoq-dhofar", "storm-nabaa-repairs", "storm-sada-2025-10-17"], stories[1].Articles.Order(StringComparer.Ordinal));
        Assert.Equal(["digest-2025-10-3"], stories[2].Articles);
        Assert.Equal(["الأفق نيوز", "صدى الخليج", "نبض الشمال"], stories[0].Sources);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.Zero), stories[0].From); // rail-alofoq's dateline
        Assert.Equal(["rail-alofoq-2025-10-14~rail-nabaa-first-train", "rail-alofoq-2025-10-14~rail-sada-2025-10-14"],
            store.ReuseOf(stories[0].Id).Select(r => $"{r.A}~{r.B}").Order(StringComparer.Ordinal));
        Assert.Equal(["digest-2025-10-2~storm-alofoq-dhofar"], store.ReuseOf(stories[1].Id).Select(r => $"{r.A}~{r.B}"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Any_order_and_any_batching_give_the_same_stories(string kind)
    {
        using var once = Stream(kind, Samples);
        var expected = Shape(once);
        var random = new Random(17);

        for (var round = 0; round < 4; round++)
        {
            var shuffled = Samples.OrderBy(_ => random.Next()).ToList();
            var cut = 1 + random.Next(shuffled.Count - 2);
            using var streamed = Stream(kind, shuffled.Take(cut), shuffled.Skip(cut).Take(2), shuffled.Skip(cut + 2));

            Assert.Equal(expected, Shape(streamed));
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.KindsWithNumbers), 1, 3, MemberType = typeof(TestStores))]
    public void Assigning_in_small_chunks_gives_the_same_stories_as_all_at_once(string kind, int chunkSize)
    {
        using var once = Stream(kind, Samples);
        using var store = TestStores.Open(kind);
        new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run(Samples);

        var tally = new StoryAssignment(store, PipelineParts.BuiltIn().Weights, chunkSize).Run();

        Assert.Equal(Samples.Count, tally.Articles);
        Assert.Equal(Shape(once), Shape(store));
        Assert.Empty(store.Unassigned());
    }

    [Theory]
    [MemberData(nameof(TestStores.KindsWithNames), "zz-copy", "aa-copy", MemberType = typeof(TestStores))]
    public void An_exact_duplicate_dated_weeks_before_its_original_meets_it_whatever_the_chunks(string kind, string copyId)
    {
        var original = Samples.Single(a => a.Id == "storm-sada-2025-10-17");
        var copy = original with { Id = copyId, Origin = "copy.txt", Published = original.Published!.Value.AddDays(-30) };
        using var store = TestStores.Open(kind);
        new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run([.. Samples, copy]);

        new StoryAssignment(store, PipelineParts.BuiltIn().Weights, chunkSize: 1).Run();

        var story = store.Stories().Single(s => s.Articles.Contains(copyId));
        Assert.Contains("storm-sada-2025-10-17", story.Articles);
    }

    [Theory]
    [MemberData(nameof(TestStores.KindsWithNames), "zz-copy", "aa-copy", MemberType = typeof(TestStores))]
    public void An_exact_duplicate_published_at_the_same_time_as_its_original_meets_it_whatever_the_chunks(string kind, string copyId)
    {
        // Sorted by its own id, a copy named before its original went into an earlier chunk than the original, and the
        // chunk's links then named an article that was neither new nor stored with a story.
        var original = Samples.Single(a => a.Id == "storm-sada-2025-10-17");
        var copy = original with { Id = copyId, Origin = "copy.txt" };
        using var store = TestStores.Open(kind);
        new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run([.. Samples, copy]);

        new StoryAssignment(store, PipelineParts.BuiltIn().Weights, chunkSize: 1).Run();

        Assert.Contains("storm-sada-2025-10-17", store.Stories().Single(s => s.Articles.Contains(copyId)).Articles);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void An_undated_near_copy_of_an_article_a_week_older_than_the_others_is_linked_whatever_the_chunks(string kind)
    {
        // An article five days before the rest, and an undated lightly edited copy of it: whichever chunk the copy
        // falls in, the two are near-duplicates (the older one is never cut down to its profile next to an undated one).
        var storm = Samples.Single(a => a.Id == "storm-sada-2025-10-17");
        var old = storm with { Id = "old-storm", Origin = "old-storm.txt", Published = storm.Published!.Value.AddDays(-5), Text = storm.Text + "\nتحديث: ارتفع عدد الضحايا." };
        var copy = old with { Id = "undated-copy", Origin = "undated-copy.txt", Published = null, Text = old.Text + "\nالمصدر: وكالات." };
        RawArticle[] articles = [.. Samples, old, copy];
        string[] Links(int? chunkSize)
        {
            using var store = TestStores.Open(kind);
            new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run(articles);
            (chunkSize is { } size ? new StoryAssignment(store, PipelineParts.BuiltIn().Weights, size) : new StoryAssignment(store, PipelineParts.BuiltIn().Weights)).Run();
            return [.. store.Stories().SelectMany(s => store.LinksOf(s.Id)).Select(l => $"{l.A} {l.B} {l.Kind}").Order(StringComparer.Ordinal)];
        }

        var once = Links(null);

        Assert.Contains("old-storm undated-copy NearDuplicate", once);
        foreach (var size in new[] { 1, 2, 3, 5 })
        {
            Assert.Equal(once, Links(size));
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_later_article_linked_to_two_stories_merges_them_under_the_earliest_articles_id(string kind)
    {
        // Without rail-nabaa, and with no lone article attaching, the digest's English item on Aqaba's wheat is a story apart
        // from the railway's (al-Ofoq, Sada and the digest's Arabic item); rail-nabaa, linked to each, merges them.
        string[] bridges = ["rail-nabaa-first-train"];
        using var store = Stream(kind, LinksAlone, Samples.Where(a => !bridges.Contains(a.Id)), Samples.Where(a => bridges.Contains(a.Id)));
        using var once = Stream(kind, LinksAlone, Samples);

        Assert.Equal(Shape(once), Shape(store));
        using var before = Stream(kind, LinksAlone, Samples.Where(a => !bridges.Contains(a.Id)));
        Assert.Equal(4, before.Stories().Count);
        Assert.Equal(3, once.Stories().Count);
    }

    /// <summary>The shipped rules with no lone article attaching: stories made by links alone.</summary>
    private static readonly LinkRules LinksAlone = LinkRules.Default with { AttachThreshold = null };

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Without_the_bridge_the_lone_digest_item_attaches_to_the_railway_story_it_belongs_to(string kind)
    {
        // The digest's English item on Aqaba's wheat links to no article without rail-nabaa; it scores highest with the
        // railway's, and joins that story whole, as one run over every article puts it.
        string[] bridges = ["rail-nabaa-first-train"];
        using var before = Stream(kind, Samples.Where(a => !bridges.Contains(a.Id)));
        using var once = Stream(kind, Samples);

        Assert.Equal(3, before.Stories().Count);
        var lone = before.Stories().Single(s => s.Articles.Contains("digest-2025-10-4"));
        Assert.Contains("rail-alofoq-2025-10-14", lone.Articles);
        var row = before.Attachments(["digest-2025-10-4"])["digest-2025-10-4"];
        Assert.Equal("digest-2025-10-1", row.Partner); // the digest's Arabic item on the railway
        Assert.InRange(row.Probability, LinkRules.DefaultAttachThreshold, LinkRules.DefaultStoryThreshold);
        using var streamed = Stream(kind, Samples.Where(a => !bridges.Contains(a.Id)), Samples.Where(a => bridges.Contains(a.Id)));
        Assert.Equal(Shape(once), Shape(streamed));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_lone_article_moves_to_a_closer_later_article_and_its_old_story_keeps_its_id_by_its_articles(string kind)
    {
        // A story model by cosine alone, never reaching a link's bar: no two of these link but the exact copies, and each
        // other article attaches to the one it is most alike. The evacuation report comes first and attaches to the bridge
        // report (and its copy) until a second evacuation report, far closer to it, arrives: it moves there, and the
        // bridge story, whose id it had given, takes its id from the bridge report again. Any batching ends the same.
        var (rules, day, evacuation, bridge, bridgeCopy) = (Storm.ByCosine, Storm.Day, Storm.Evacuation, Storm.Bridge, Storm.BridgeCopy);
        var moreEvacuation = Storm.Report("more-evacuation", "ofoq", day.AddDays(2),
            "واصلت فرق الدفاع المدني إجلاء الأسر من القرى الجبلية في ظفار، وفتحت مراكز إيواء جديدة في مرباط وطاقة مع اقتراب العاصفة «مزن».\n" +
            "وجددت الهيئة تحذيرها للسكان من عبور مجاري الأودية بالسيارات.");
        string[] expected = ["bridge bridge-copy", "evacuation more-evacuation"];

        using (var first = Stream(kind, rules, [evacuation, bridge, bridgeCopy]))
        {
            Assert.Equal(["bridge bridge-copy evacuation"], StoriesOf(first));
            Assert.Equal("bridge", first.Attachments(["evacuation"])["evacuation"].Partner);
            var oldId = first.Stories().Single().Id;
            new IngestJob(first, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run([moreEvacuation]);
            new StoryAssignment(first, () => PipelineParts.BuiltIn().Weights, rules).Run();

            Assert.Equal(expected, StoriesOf(first));
            Assert.Equal("more-evacuation", first.Attachments(["evacuation"])["evacuation"].Partner);
            Assert.Contains("evacuation", first.FindStory(oldId)!.Articles); // the old id follows the article it was made from
            Assert.Empty(first.Stories().Single(s => s.Articles.Contains("bridge")).Articles.Intersect(["evacuation"]));
        }

        foreach (var batches in new[] { new[] { new[] { evacuation, bridge, bridgeCopy, moreEvacuation } }, [[moreEvacuation], [bridge, evacuation], [bridgeCopy]], [[bridge], [evacuation], [moreEvacuation], [bridgeCopy]] })
        {
            using var store = Stream(kind, rules, batches);

            Assert.Equal(expected, StoriesOf(store));
        }

        Assert.Equal(expected, StoriesOf(InChunksOfOne(kind, rules, [moreEvacuation, bridgeCopy, evacuation, bridge])));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_lone_article_compared_with_more_articles_than_the_bar_leaves_the_story_it_was_attached_to(string kind)
    {
        // The evacuation report attaches to the bridge report while it is compared with two articles (the bridge report and
        // its copy); a third article it is compared with puts it over a bar of two, and it leaves the bridge story, attached
        // to none from then on, in any batching.
        var (rules, day) = (Storm.ByCosine with { AttachMaxCandidates = 2 }, Storm.Day);
        RawArticle Report(string id, DateTimeOffset published, string text) => Storm.Report(id, id, published, text);
        var evacuation = Report("evacuation", day, Storm.EvacuationText);
        var bridge = Report("bridge", day.AddDays(1), Storm.BridgeText);
        var bridgeCopy = Report("bridge-copy", day.AddDays(1).AddHours(2), Storm.BridgeText);
        var flights = Report("flights", day.AddDays(2),
            "علّق مطار صلالة الرحلات الجوية يوم الجمعة بسبب العاصفة «مزن»، وقالت هيئة الطيران إن الرحلات ستستأنف بعد تحسن الأحوال الجوية في ظفار.");
        var schools = Report("schools", day.AddDays(2).AddHours(3),
            "قررت وزارة التربية تعليق الدراسة في مدارس ظفار يومي الأحد والاثنين بسبب العاصفة «مزن» وما خلفته الأمطار من أضرار.");

        using (var two = Stream(kind, rules, [evacuation, bridge, bridgeCopy]))
        {
            var row = two.Attachments(["evacuation"])["evacuation"];
            Assert.Equal((2, "bridge"), (row.Candidates, row.Partner));
            Assert.Contains("bridge", two.Stories().Single(s => s.Articles.Contains("evacuation")).Articles);
            new IngestJob(two, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run([flights]);
            new StoryAssignment(two, () => PipelineParts.BuiltIn().Weights, rules).Run();

            Assert.Equal((3, (string?)null), (two.Attachments(["evacuation"])["evacuation"].Candidates, two.Attachments(["evacuation"])["evacuation"].Partner));
            Assert.Equal(["bridge bridge-copy", "evacuation", "flights"], StoriesOf(two));
        }

        string[]? expected = null;
        foreach (var batches in new[] { new[] { new[] { evacuation, bridge, bridgeCopy, flights, schools } }, [[evacuation, bridge, bridgeCopy], [flights], [schools]], [[schools, flights], [bridge], [evacuation, bridgeCopy]] })
        {
            using var store = Stream(kind, rules, batches);
            Assert.Null(store.Attachments(["evacuation"])["evacuation"].Partner);
            Assert.DoesNotContain("bridge", store.Stories().Single(s => s.Articles.Contains("evacuation")).Articles);
            expected ??= StoriesOf(store);
            Assert.Equal(expected, StoriesOf(store));
        }

        Assert.Equal(expected, StoriesOf(InChunksOfOne(kind, rules, [evacuation, bridge, bridgeCopy, flights, schools])));
    }

    /// <summary>Reports of one storm for the lone-article tests, and rules under which only exact copies link.</summary>
    private static class Storm
    {
        /// <summary>A story model by cosine alone that never reaches a link's bar: each lone article attaches to the one it is most alike.</summary>
        public static readonly LinkRules ByCosine = CosineOnly();

        public static readonly DateTimeOffset Day = new(2025, 10, 16, 8, 0, 0, TimeSpan.FromHours(4));

        public const string EvacuationText =
            "أعلنت هيئة الدفاع المدني في ظفار إجلاء مئات الأسر من القرى الجبلية قبل وصول العاصفة «مزن»، وفتحت مراكز إيواء في مرباط وطاقة.\n" +
            "وطلبت الهيئة من السكان الابتعاد عن مجاري الأودية وعدم عبورها بالسيارات.";

        public const string BridgeText =
            "ضربت العاصفة المدارية «مزن» محافظة ظفار مساء الخميس، وتسببت الأمطار الغزيرة في انهيار جسر على الطريق الساحلي قرب صلالة.\n" +
            "وقالت وزارة النقل إن فرقها تعمل على تحويل السير إلى طريق بديل حتى إصلاح الجسر.";

        /// <summary>The first report, of the evacuation, a day before the bridge report and its exact copy.</summary>
        public static readonly RawArticle Evacuation = Report("evacuation", "sada", Day, EvacuationText);

        public static readonly RawArticle Bridge = Report("bridge", "nabaa", Day.AddDays(1), BridgeText);

        public static readonly RawArticle BridgeCopy = Report("bridge-copy", "ofoq", Day.AddDays(1).AddHours(2), BridgeText);

        public static RawArticle Report(string id, string source, DateTimeOffset published, string text) =>
            new() { Id = id, Origin = $"{id}.txt", Format = "text", Source = source, Published = published, Text = text };

        private static LinkRules CosineOnly()
        {
            var story = new double[LinkFeatures.Count];
            (story[0], story[1]) = (-1.5, 4);
            var never = new double[LinkFeatures.Count];
            never[0] = -20;
            return new LinkRules(new LinkModels(new LinkModel(never), new LinkModel(story)), 0.7, 0.99, 0.99, NamedStoryThreshold: 0.99);
        }
    }

    /// <summary>The articles ingested at once and assigned a chunk at a time, one article to a chunk.</summary>
    private static IStore InChunksOfOne(string kind, LinkRules rules, IEnumerable<RawArticle> articles)
    {
        var store = TestStores.Open(kind);
        new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run(articles);
        new StoryAssignment(store, PipelineParts.BuiltIn().Weights, rules, chunkSize: 1).Run();
        return store;
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_lone_article_that_gets_a_link_leaves_the_story_it_was_attached_to(string kind)
    {
        // As above, the evacuation report attached to the bridge report and its copy, until a near copy of it arrives: the
        // two link, it is no longer lone, and it leaves the bridge story for its own, whatever the batches.
        var (rules, day, evacuation, bridge, bridgeCopy) = (Storm.ByCosine, Storm.Day, Storm.Evacuation, Storm.Bridge, Storm.BridgeCopy);
        var copy = Storm.Report("evacuation-copy", "ofoq", day.AddDays(2), Storm.EvacuationText);
        string[] expected = ["bridge bridge-copy", "evacuation evacuation-copy"];

        using (var first = Stream(kind, rules, [evacuation, bridge, bridgeCopy]))
        {
            Assert.Equal(["bridge bridge-copy evacuation"], StoriesOf(first));
            new IngestJob(first, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run([copy]);
            new StoryAssignment(first, () => PipelineParts.BuiltIn().Weights, rules).Run();

            Assert.Equal(expected, StoriesOf(first));
            Assert.Empty(first.Attachments(["evacuation", "evacuation-copy", "bridge", "bridge-copy"]));
        }

        foreach (var batches in new[] { new[] { new[] { evacuation, bridge, bridgeCopy, copy } }, [[copy], [bridge], [evacuation, bridgeCopy]], [[bridge, copy], [evacuation], [bridgeCopy]] })
        {
            using var store = Stream(kind, rules, batches);

            Assert.Equal(expected, StoriesOf(store));
        }

        Assert.Equal(expected, StoriesOf(InChunksOfOne(kind, rules, [copy, bridgeCopy, evacuation, bridge])));
    }

    private static string[] StoriesOf(IStoryStore store) =>
        [.. store.Stories().Select(s => string.Join(' ', s.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void The_old_id_of_a_merged_story_still_finds_the_story_its_articles_went_to(string kind)
    {
        string[] bridges = ["rail-nabaa-first-train"];
        using var store = Stream(kind, LinksAlone, Samples.Where(a => !bridges.Contains(a.Id)));
        var before = store.Stories().ToDictionary(s => s.Id, s => s.Articles);
        new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run(Samples.Where(a => bridges.Contains(a.Id)));
        new StoryAssignment(store, () => PipelineParts.BuiltIn().Weights, LinksAlone).Run();
        var after = store.Stories().Select(s => s.Id).ToHashSet();

        var gone = before.Keys.Where(id => !after.Contains(id)).ToList();

        Assert.Single(gone); // two stories became one
        Assert.All(gone, old =>
        {
            var found = store.FindStory(old)!;
            Assert.Contains(found.Id, after);
            Assert.Superset(before[old].ToHashSet(), found.Articles.ToHashSet());
            Assert.Contains("rail-nabaa-first-train", found.Articles);
        });
        Assert.Null(store.FindStory("s-000000000000"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_run_with_nothing_new_changes_nothing(string kind)
    {
        using var store = Stream(kind, Samples);
        var shape = Shape(store);

        var tally = new StoryAssignment(store, PipelineParts.BuiltIn().Weights).Run();

        Assert.Equal(0, tally.Articles);
        Assert.Equal(shape, Shape(store));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Reports_three_weeks_apart_that_share_their_names_are_one_story_whatever_the_batches(string kind)
    {
        // A story model that gives every pair 0.82: over the far-apart bar (0.8), under every bar for pairs within a
        // week but the one for pairs holding each other's names (0.6). So only a pair sharing names links, and a
        // pair three weeks apart only by the far-apart rule; what is stored must find it in any batching.
        var story = new double[LinkFeatures.Count];
        story[0] = Math.Log(0.82 / 0.18);
        var never = new double[LinkFeatures.Count];
        never[0] = -20;
        var rules = new LinkRules(new LinkModels(new LinkModel(never), new LinkModel(story)), 0.7, 0.9, 0.85);
        var day = new DateTimeOffset(2025, 10, 16, 20, 0, 0, TimeSpan.FromHours(4));
        RawArticle Report(string id, string source, DateTimeOffset published, string text) =>
            new() { Id = id, Origin = $"{id}.txt", Format = "text", Source = source, Published = published, Text = text };
        var storm = Report("storm", "sada", day,
            "قالت السلطات العمانية إن 12 شخصاً لقوا حتفهم جراء العاصفة المدارية «مزن» التي ضربت محافظة ظفار مساء الخميس.\n" +
            "وأوضحت هيئة الدفاع المدني أن الأمطار الغزيرة تسببت في انهيار جسر على الطريق الساحلي قرب صلالة.");
        var rebuilding = Report("rebuilding", "nabaa", day.AddDays(21),
            "بدأت فرق الإغاثة في ظفار إعادة فتح الطريق إلى صلالة بعد أسابيع من العاصفة «مزن».\n" +
            "وتعهدت الحكومة بتعويض الأسر المتضررة وإعادة بناء الجسر المنهار خلال أشهر.");
        var typhoon = Report("typhoon", "ofoq", day.AddDays(21),
            "أعلنت السلطات الفلبينية إجلاء آلاف السكان من جزيرة لوزون قبل وصول الإعصار «هاغوبيت».\n" +
            "وحذرت هيئة الأرصاد من أمطار غزيرة وانهيارات أرضية في المناطق الجبلية.");
        string[] expected = ["rebuilding storm", "typhoon"];

        foreach (var batches in new[] { new[] { new[] { storm, rebuilding, typhoon } }, [[storm], [rebuilding, typhoon]], [[rebuilding, typhoon], [storm]] })
        {
            using var store = Stream(kind, rules, batches);

            Assert.Equal(expected, store.Stories().Select(s => string.Join(' ', s.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Pages_of_one_site_alike_only_through_its_chrome_stay_apart_whatever_the_chunks(string kind)
    {
        // Two pages of one site on two matters, hours apart, each carrying the site's box of other headlines: linked
        // through the box, they are judged again without it (SiteChrome), in one run or chunk by chunk alike.
        const string box =
            "اقرأ أيضا: وزير الطاقة يبحث مع نظيره العراقي مشروع الربط الكهربائي بين البلدين\n" +
            "مجلس الأمن يعقد جلسة طارئة لبحث التصعيد العسكري في ريف إدلب الجنوبي\n" +
            "المرصد السوري لحقوق الإنسان يوثق مقتل مدنيين في غارات على ريف حماة الشمالي\n" +
            "فصائل المعارضة السورية تعلن استعادة مواقع على جبهة ريف اللاذقية الشمالي\n" +
            "الأمم المتحدة تحذر من كارثة إنسانية في مخيمات النازحين شمال غرب سوريا\n" +
            "هل تريد الاشتراك في نشرتنا الإخبارية؟ أدخل بريدك الإلكتروني لتصلك آخر الأخبار\n" +
            "المبعوث الأممي يصل إلى دمشق في جولة جديدة لإحياء المفاوضات السياسية المتعثرة\n" +
            "الجيش التركي يواصل قصف مواقع الوحدات الكردية في محيط مدينة عفرين شمال حلب\n";
        var day = new DateTimeOffset(2018, 1, 21, 9, 0, 0, TimeSpan.Zero);
        RawArticle Page(string id, DateTimeOffset published, string text) =>
            new() { Id = id, Origin = $"{id}.txt", Format = "text", Source = "example-news.com", Published = published, Text = text + "\n" + box };
        var harvest = Page("harvest", day,
            "بدأ المزارعون في سهل حوران موسم حصاد القمح وسط توقعات بإنتاج أقل من العام الماضي بسبب قلة الأمطار وارتفاع أسعار الوقود.\n" +
            "وقال رئيس اتحاد الفلاحين في المحافظة إن المساحات المزروعة تراجعت بنحو الثلث، وإن مراكز الاستلام لم تعلن سعر الشراء بعد.\n" +
            "ويخشى المزارعون من حرائق الحقول التي تتكرر كل صيف، وطالبوا بتوفير صهاريج إطفاء قرب السهول الزراعية.\n" +
            "ويعتمد آلاف الأسر في المحافظة على محصول القمح مصدرا رئيسيا للدخل، فيما تراجعت أعداد العمال الموسميين.");
        var stadium = Page("stadium", day.AddHours(5),
            "افتتحت بلدية المدينة ملعبا رياضيا جديدا لكرة القدم في الحي الشرقي بحضور عدد من اللاعبين القدامى وأهالي الحي.\n" +
            "وأوضح مدير المشروع أن الملعب يتسع لثلاثة آلاف متفرج ومزود بإنارة ليلية وعشب صناعي.\n" +
            "وطالب سكان الحي بتخصيص ساعات مجانية لطلاب المدارس واستكمال بناء المدرجات الشمالية قبل بداية الموسم.\n" +
            "وكانت البلدية قد خصصت الأرض للملعب قبل عامين بعد مطالبات متكررة من الأندية الشعبية في المنطقة.");
        RawArticle[] articles = [.. Samples, harvest, stadium];
        string[] Links(int? chunkSize)
        {
            using var store = TestStores.Open(kind);
            new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run(articles);
            (chunkSize is { } size ? new StoryAssignment(store, PipelineParts.BuiltIn().Weights, size) : new StoryAssignment(store, PipelineParts.BuiltIn().Weights)).Run();
            Assert.DoesNotContain(store.Stories(), s => s.Articles.Contains("harvest") && s.Articles.Contains("stadium"));
            return [.. store.Stories().SelectMany(s => store.LinksOf(s.Id)).Select(l => $"{l.A} {l.B} {l.Kind}").Order(StringComparer.Ordinal)];
        }

        var once = Links(null);
        foreach (var size in new[] { 1, 2, 5 })
        {
            Assert.Equal(once, Links(size));
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void An_exact_duplicate_joins_its_original_story_even_weeks_later(string kind)
    {
        var original = Samples.Single(a => a.Id == "storm-sada-2025-10-17");
        var copy = original with { Id = "copy", Origin = "copy.txt", Published = original.Published!.Value.AddDays(30) };
        using var store = Stream(kind, Samples, [copy]);

        var story = store.Stories().Single(s => s.Articles.Contains("copy"));

        Assert.Contains("storm-sada-2025-10-17", story.Articles);
        Assert.Contains(store.LinksOf(story.Id), l => l.Kind == Core.Assign.LinkKind.Duplicate && l.A == "copy");
        Assert.Equal(story.Articles.Count, story.Articles.Distinct().Count());
    }

    [SeedTheory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void The_seeds_are_one_story_with_reuse_between_000_002_and_003_004(string kind)
    {
        using var store = Stream(kind, Read(SharedData.Seeds!));

        var story = Assert.Single(store.Stories());
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal(["000~002", "003~004"], store.ReuseOf(story.Id).Select(r => $"{r.A[..3]}~{r.B[..3]}").Order(StringComparer.Ordinal));
        Assert.All(store.ReuseOf(story.Id), r => Assert.True(r.Passages.Count >= 3));
    }

    [SeedTheory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Seeds_and_samples_stay_apart_however_they_arrive(string kind)
    {
        var seeds = Read(SharedData.Seeds!);
        using var together = Stream(kind, [.. seeds, .. Samples]);
        using var apart = Stream(kind, Samples, seeds);

        Assert.Equal(4, together.Stories().Count);
        Assert.Equal(Shape(together), Shape(apart));
    }
}
