using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Text.Numbers;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

public class ConflictFinderTests
{
    private static Quantity Of(string text) => Assert.Single(QuantityFinder.Find(text));

    [Theory]
    [InlineData("صواريخ يصل مداها إلى أكثر من 4000 ميل", "صواريخ من مدى يزيد عن 6500 كيلومتر")]
    [InlineData("أجلت نحو 2500 شخص", "أجلت 2700 شخص")]
    [InlineData("نحو 120 كيلومتراً في الساعة", "120 كيلومتراً في الساعة")]
    [InlineData("أكثر من 400 منزل", "450 منزل")]
    public void Values_an_approximation_reconciles_agree(string a, string b) =>
        Assert.True(ConflictFinder.Compatible(Of(a), Of(b)));

    [Theory]
    [InlineData("لقي 12 شخصاً حتفهم", "ارتفع عدد الضحايا إلى 15 قتيلاً")]
    [InlineData("أكثر من 400 منزل", "300 منزل")]
    [InlineData("نحو 2500 شخص", "5500 شخص")]
    public void Values_nothing_reconciles_conflict(string a, string b) =>
        Assert.False(ConflictFinder.Compatible(Of(a), Of(b)));

    [Theory]
    [InlineData("وتراجع مزيج برنت إلى 56.24 دولار للبرميل", "وتراجع مزيج برنت إلى 24.56 دولار للبرميل")]
    [InlineData("بانخفاض قدره 1.11 دولار خلال اليوم", "بانخفاض قدره 11.1 دولار خلال اليوم")]
    [InlineData("البند الجزائي الذي تبلغ قيمته 45.5 مليون يورو", "البند الجزائي الذي تبلغ قيمته 5.45 مليون يورو")]
    [InlineData("ارتفع المؤشر 0.1 في المائة", "ارتفع المؤشر 1.0 في المائة")]
    [InlineData("بلغ النمو ٣٫٥ في المائة", "بلغ النمو 5.3 في المائة")]
    public void A_decimal_printed_with_its_digit_groups_reversed_is_the_same_figure(string a, string b)
    {
        Assert.True(Misprints.Reversed(Of(a), Of(b)));
        Assert.True(ConflictFinder.Compatible(Of(a), Of(b)));
    }

    [Theory]
    [InlineData("بلغت قيمة العقد 151.980 ريال", "بلغت قيمة العقد 151,980 ريالا")]
    [InlineData("بلغت قيمة العقد 151.980 ريال", "بلغت قيمة العقد 151980 ريالا")]
    public void A_point_before_three_digits_may_be_a_thousands_point(string a, string b) =>
        Assert.True(ConflictFinder.Compatible(Of(a), Of(b)));

    [Theory]
    [InlineData("وبحوزتهم مبالغ تزيد على 18000 ألف ريال", "وبحوزتهم مبالغ تزيد على 18 ألف ريال")]
    [InlineData("عثر على مبلغ مالي قدره (18000) ألف ريال سعودي", "عثر على مبلغ 18 ألف ريال سعودي")]
    [InlineData("شارك أكثر من 46,000 ألف زائر", "شارك 46,000 زائر")]
    [InlineData("عثر على مبلغ 18000 الف ريال", "عثر على مبلغ 18 الف ريال")]
    public void A_thousand_written_twice_is_not_a_thousand_times_the_figure(string a, string b)
    {
        Assert.True(Misprints.RedundantThousand(Of(a), Of(b)));
        Assert.True(ConflictFinder.Compatible(Of(a), Of(b)));
    }

    [Theory]
    [InlineData("بلغت قيمة العقد 18 ألف ريال", "بلغت قيمة العقد 18 ريال")]
    [InlineData("بلغت قيمة العقد 999 ألف ريال", "بلغت قيمة العقد 999 ريال")]
    [InlineData("بلغت قيمة العقد 18000 ألف ريال", "بلغت قيمة العقد 19000 ريال")]
    public void A_figure_under_a_thousand_before_its_thousand_is_read_as_written(string a, string b) =>
        Assert.False(Misprints.RedundantThousand(Of(a), Of(b)));

    [Theory]
    [InlineData("بلغت قيمة العقد 151.98 ريال", "بلغت قيمة العقد 151,980 ريالا")]
    [InlineData("بلغت قيمة العقد 1,500 ريال", "بلغت قيمة العقد 1500000 ريال")]
    public void Other_figures_a_thousand_apart_still_differ(string a, string b) =>
        Assert.False(ConflictFinder.Compatible(Of(a), Of(b)));

    [Theory]
    [InlineData("بلغت قيمته 1.5 مليون دولار", "بلغت قيمته 5.1 مليار دولار")]
    [InlineData("ارتفع المؤشر 2.2 في المائة", "ارتفع المؤشر 2.2 في المائة")]
    [InlineData("بلغ النمو 3.5 في المائة", "بلغ النمو 53 في المائة")]
    [InlineData("بلغت 1,500 دولار", "بلغت 2,100 دولار")]
    [InlineData("سجل 12.34 نقطة", "سجل 34.21 نقطة")]
    public void Other_figures_are_not_read_as_reversed(string a, string b) =>
        Assert.False(Misprints.Reversed(Of(a), Of(b)));

    /// <summary>The date conflicts of two outlets' reports of one departure, given the same day, in other words.</summary>
    private static IReadOnlyList<Conflict> DateConflicts(string dayInA, string dayInB) =>
        [.. Consolidated(
            Article("a", "sada", "2025-05-06", $"غادر رئيس الوزراء بغداد {dayInA} عائداً إلى بلاده بعد محادثات مع نظيره العراقي."),
            Article("b", "ofoq", "2025-05-06", $"رئيس الوزراء غادر العاصمة العراقية بغداد {dayInB} بعد لقائه نظيره وتوقيع اتفاقيتين."))
            .Conflicts.Where(c => c.About == ConflictKind.Date)];

    [Fact]
    public void Yesterday_against_today_in_two_outlets_of_one_date_is_the_lag_of_writing_not_a_dispute()
    {
        // One outlet wrote the evening before the date it gives (a print edition): its «اليوم» is the other's «أمس».
        Assert.Empty(DateConflicts("أمس", "اليوم"));
    }

    [Fact]
    public void Today_against_a_weekday_one_day_before_it_is_the_lag_of_writing_too()
    {
        // 2025-05-06 is a Tuesday: the Monday named is the other outlet's «اليوم» written a day early.
        Assert.Empty(DateConflicts("اليوم", "يوم الاثنين"));
    }

    [Fact]
    public void Two_weekdays_one_day_apart_still_conflict()
    {
        var conflict = Assert.Single(DateConflicts("يوم الأحد", "يوم الاثنين"));

        Assert.Equal(["2025-05-04", "2025-05-05"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_bare_days_are_no_dispute_however_far_apart()
    {
        // Each means a day only through its article's date, which may be a print edition's or a crawl's.
        Assert.Empty(DateConflicts("أمس الأول", "اليوم"));
        Assert.Empty(DateConflicts("اليوم", "يوم الأحد"));
    }

    [Fact]
    public void Two_named_days_two_days_apart_conflict()
    {
        var conflict = Assert.Single(DateConflicts("أمس الأول الأحد", "اليوم الثلاثاء"));

        Assert.Equal(["2025-05-04", "2025-05-06"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_named_days_in_sentences_less_alike_than_figures_need_are_no_dispute()
    {
        // Two happenings of one story, each with its own day: alike enough to compare (they share the leaving and the
        // city, words the rest of the story does not use), not alike enough to be one statement.
        const string other = "وارتفعت درجات الحرارة في المحافظات الجنوبية. وفاز فريق الشرطة على منافسه في الدوري. "
            + "وأعلنت وزارة التربية نتائج الامتحانات. وافتتح معرض الكتاب أبوابه للزوار. وتراجعت أسعار الذهب في الأسواق المحلية. "
            + "وشهدت الموانئ حركة نشطة لسفن الشحن. وأطلقت البلدية حملة لتنظيف الشوارع.";
        var a = Article("a", "sada", "2025-05-06", "غادر رئيس الوزراء العاصمة العراقية بغداد يوم الأحد عائداً إلى بلاده بعد محادثات مع نظيره تناولت الطاقة والحدود والمياه.");
        var b = Article("b", "ofoq", "2025-05-06", "وغادر رئيس الوزراء بغداد يوم الاثنين متوجهاً إلى عمّان في جولة إقليمية تشمل ثلاث دول.");
        var c = Article("c", "nabaa", "2025-05-06", other);
        var story = Story(a, b, c);
        Assert.InRange(story.Similarity(story.Sentences[0], story.Sentences[1]), ConflictFinder.MinSimilarity, ConflictFinder.CloseSimilarity - 1e-9);

        Assert.DoesNotContain(Consolidated(a, b, c).Conflicts, c => c.About == ConflictKind.Date);
    }

    [Fact]
    public void A_bare_day_joins_the_side_it_agrees_with_once_two_named_days_disagree()
    {
        var conflicts = Consolidated(
            Article("a", "sada", "2025-05-06", "غادر رئيس الوزراء بغداد يوم الأحد عائداً إلى بلاده بعد محادثات مع نظيره العراقي."),
            Article("b", "ofoq", "2025-05-06", "رئيس الوزراء غادر العاصمة العراقية بغداد اليوم الثلاثاء بعد لقائه نظيره وتوقيع اتفاقيتين."),
            Article("c", "nabaa", "2025-05-06", "غادر رئيس الوزراء العاصمة العراقية بغداد أمس الأول بعد محادثات مع نظيره العراقي وتوقيع اتفاقيتين."))
            .Conflicts.Where(c => c.About == ConflictKind.Date).ToList();

        var conflict = Assert.Single(conflicts);
        var sunday = Assert.Single(conflict.Sides, s => s.Value == "2025-05-04");
        Assert.Equal(["a", "c"], sunday.Quotes.Select(q => q.Article).Order(StringComparer.Ordinal));
    }

    /// <summary>The conflicts of two outlets carrying one wire sentence, the second a near duplicate of the first.</summary>
    private static IReadOnlyList<Conflict> CopyConflicts(string a, string b) =>
        [.. Parts.Consolidator.Consolidate(
            [Article("a", "sada", "2025-05-06", a), Article("b", "ofoq", "2025-05-07", b)],
            reuse: [],
            duplicates: [new StoryLink("a", "b", LinkKind.NearDuplicate, 0.9, 0.9)]).Conflicts];

    [Fact]
    public void A_copy_that_changes_a_count_disagrees_with_its_source()
    {
        var conflict = Assert.Single(CopyConflicts(
            "وقالت هيئة الغذاء والدواء إن عدد المصانع العاملة في تعبئة المياه بلغ 45 مصنعا في المملكة.",
            "وقالت هيئة الغذاء والدواء إن عدد المصانع العاملة في تعبئة المياه بلغ 450 مصنعا في المملكة."));

        Assert.Equal(ConflictKind.Number, conflict.About);
    }

    /// <summary>The number conflicts of two outlets' headlines of one day that differ in one figure only.</summary>
    private static IReadOnlyList<Conflict> HeadlineNumberConflicts(string a, string b, string dayOfB = "2025-05-06") =>
        [.. Consolidated(Article("a", "sada", "2025-05-06", a), Article("b", "ofoq", dayOfB, b)).Conflicts.Where(c => c.About == ConflictKind.Number)];

    [Fact]
    public void One_statement_of_one_day_with_another_amount_disagrees_though_no_event_word_names_its_slot()
    {
        var conflict = Assert.Single(HeadlineNumberConflicts(
            "«الدفاع المدني» يعلن عن وظائف سائقين براتب 6 آلاف ريال",
            "«الدفاع المدني» يعلن عن وظائف سائقين براتب 4 آلاف ريال"));

        Assert.Equal(["4,000 SAR", "6,000 SAR"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void One_statement_whose_decimal_one_outlet_prints_reversed_is_no_dispute()
    {
        // The same wire sentence, one outlet's page storing the price's digit groups in display order.
        Assert.Empty(HeadlineNumberConflicts(
            "وتراجع سعر مزيج برنت في التعاملات الآجلة إلى 56.24 دولار للبرميل بحلول الظهيرة",
            "وتراجع سعر مزيج برنت في التعاملات الآجلة إلى 24.56 دولار للبرميل بحلول الظهيرة"));
        Assert.Single(HeadlineNumberConflicts(
            "وتراجع سعر مزيج برنت في التعاملات الآجلة إلى 56.24 دولار للبرميل بحلول الظهيرة",
            "وتراجع سعر مزيج برنت في التعاملات الآجلة إلى 26.54 دولار للبرميل بحلول الظهيرة"));
    }

    [Fact]
    public void Tolls_of_sentences_about_other_years_are_no_dispute()
    {
        // The same words around the count, but one sentence gives 2014's figure and the other 2015's.
        Assert.Empty(ReportNumberConflicts(
            "وأعلنت المنظمة أن السلطات نفذت حكم الإعدام في 289 شخصاً خلال عام 2014 بحسب الأرقام الرسمية.",
            "وأعلنت المنظمة أن السلطات نفذت حكم الإعدام في 694 شخصاً خلال عام 2015 بحسب تقديراتها."));
        Assert.Single(ReportNumberConflicts(
            "وأعلنت المنظمة أن السلطات نفذت حكم الإعدام في 289 شخصاً خلال عام 2015 بحسب الأرقام الرسمية.",
            "وأعلنت المنظمة أن السلطات نفذت حكم الإعدام في 694 شخصاً خلال عام 2015 بحسب تقديراتها."));
    }

    [Fact]
    public void One_statement_with_another_bare_count_or_of_another_day_is_no_dispute_by_that_rule()
    {
        // A bare count in one statement is as often a list item or a piece of a date; and a later day may update a figure.
        Assert.Empty(HeadlineNumberConflicts(
            "«الدفاع المدني» يعلن أن الوظائف الشاغرة للسائقين في الفئة 6",
            "«الدفاع المدني» يعلن أن الوظائف الشاغرة للسائقين في الفئة 4"));
        Assert.Empty(HeadlineNumberConflicts(
            "«الدفاع المدني» يعلن عن وظائف سائقين براتب 6 آلاف ريال",
            "«الدفاع المدني» يعلن عن وظائف سائقين براتب 4 آلاف ريال",
            dayOfB: "2025-05-07"));
    }

    /// <summary>The number conflicts of two outlets' reports of one day, in other words.</summary>
    private static IReadOnlyList<Conflict> ReportNumberConflicts(string a, string b) =>
        [.. Consolidated(Article("a", "sada", "2025-05-06", a), Article("b", "ofoq", "2025-05-06", b)).Conflicts.Where(c => c.About == ConflictKind.Number)];

    [Fact]
    public void Two_tolls_of_one_attack_in_other_words_disagree()
    {
        var conflict = Assert.Single(ReportNumberConflicts(
            "قالت الشرطة إن الهجوم على السوق الشعبية في المدينة أسفر عن مقتل 12 شخصا وإصابة آخرين بجروح.",
            "أسفر هجوم استهدف السوق الشعبية وسط المدينة صباح اليوم عن مقتل 15 شخصا بحسب مصادر طبية."));

        Assert.Equal(["12", "15"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("الجيش ينشر 6 جنود على حدود المنطقة الشمالية لحماية القرى", "الجيش ينشر 14 جندياً على حدود المنطقة الشمالية لحماية القرى", "14", "6")]
    [InlineData("البلدية تزرع 7 حدائق جديدة في أحياء شمال المدينة", "البلدية تزرع 12 حديقة جديدة في أحياء شمال المدينة", "12", "7")]
    [InlineData("ضبط 497 مخالفاً لنظام الإقامة في حملة على أحياء المدينة", "ضبط 1200 مخالف لنظام الإقامة في حملة على أحياء المدينة", "1200", "497")]
    public void One_statement_counting_one_thing_in_the_forms_each_number_gives_it_disagrees(string a, string b, string first, string second)
    {
        // A plural after 3 to 10, a singular with the accusative alef after 11 to 99, a bare singular after 100.
        var conflict = Assert.Single(ReportNumberConflicts(a, b));

        Assert.Equal([first, second], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Counts_of_one_noun_in_two_sentences_of_other_happenings_are_no_dispute()
    {
        // Alike enough for a toll (CloseSimilarity) but not one statement: the noun's forms are not read as one there.
        Assert.Empty(ReportNumberConflicts(
            "وأدى تفجير سيارة مفخخة في سوق تجارية بالحي الشرقي إلى مقتل 19 شخصاً على الأقل وإصابة آخرين، بحسب مصدر أمني.",
            "كما انفجرت عبوة في الحي الجنوبي ما أدى إلى مقتل أربعة أشخاص على الأقل، بحسب المصدر نفسه."));
    }

    [Fact]
    public void A_number_given_as_about_so_many_is_a_count_not_a_year()
    {
        var conflict = Assert.Single(ReportNumberConflicts(
            "أكثر من 1500 مدرسة دمرت في المحافظة خلال المعارك الأخيرة",
            "نحو 150 مدرسة فقط دمرت في المحافظة خلال المعارك الأخيرة"));

        Assert.Equal(["أكثر من 1500", "نحو 150"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_moves_of_gold_a_day_apart_are_no_dispute_they_are_other_sessions()
    {
        // A percentage, a price or an amount moves by the hour and differs by company: only one statement of one day
        // told two ways (the salary above) disputes it. A toll is disputed whatever the words and the day.
        Assert.DoesNotContain(Consolidated(
                Article("a", "sada", "2025-05-06", "ارتفعت أسعار الذهب في التعاملات الفورية بنسبة 1.5 في المئة مع تراجع الدولار."),
                Article("b", "ofoq", "2025-05-07", "ارتفعت أسعار الذهب في التعاملات الفورية بنسبة 2.2 في المئة مع تراجع الدولار الأمريكي."))
            .Conflicts, c => c.About == ConflictKind.Number);
        Assert.Single(Consolidated(
                Article("a", "sada", "2025-05-06", "ارتفع عدد قتلى انهيار المبنى في وسط المدينة إلى 12 قتيلا مع استمرار البحث."),
                Article("b", "ofoq", "2025-05-07", "ارتفع عدد قتلى انهيار المبنى في وسط المدينة إلى 15 قتيلا مع استمرار البحث عن ناجين."))
            .Conflicts, c => c.About == ConflictKind.Number);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(0, 1, false)] // two events of one story: two crashes, each with its own toll
    public void Figures_conflict_only_within_one_event_when_the_events_are_known(int eventOfA, int eventOfB, bool conflict)
    {
        var articles = new[]
        {
            Article("a", "sada", "2025-05-06", "قتل 17 شخصا في تحطم مروحية عسكرية في ولاية هلمند جنوب البلاد مساء أمس."),
            Article("b", "ofoq", "2025-05-06", "قتل 12 شخصا في تحطم مروحية عسكرية في ولاية قندهار جنوب البلاد مساء أمس."),
        };
        var events = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = eventOfA, ["b"] = eventOfB };

        var consolidated = Parts.Consolidator.Consolidate(articles, reuse: [], duplicates: [], events);

        Assert.Equal(conflict, consolidated.Conflicts.Any(c => c.About == ConflictKind.Number));
        // Without the events, every two articles may conflict (a bench, a single article).
        Assert.Contains(Consolidated(articles).Conflicts, c => c.About == ConflictKind.Number);
    }
}
