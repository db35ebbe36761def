using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>One statement two outlets tell the same day, each with its own time for it.</summary>
public class AnotherTimeTests
{
    private static IReadOnlyList<Conflict> DateConflicts(string a, string b, string day = "2025-05-06") =>
        [.. Consolidated(Article("a", "sada", day, a), Article("b", "ofoq", day, b)).Conflicts.Where(c => c.About == ConflictKind.Date)];

    private static string[] Values(Conflict conflict) => [.. conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal)];

    [Fact]
    public void Two_coming_weekdays_for_one_opening_conflict()
    {
        var conflict = Assert.Single(DateConflicts(
            "جامعة الأمل تعلن بدء القبول لبرنامج الدراسات العليا الأحد القادم في جميع كلياتها",
            "جامعة الأمل تعلن بدء القبول لبرنامج الدراسات العليا الثلاثاء القادم في جميع كلياتها"));

        Assert.Equal(["الأحد القادم", "الثلاثاء القادم"], Values(conflict));
    }

    [Fact]
    public void Two_hijri_months_and_two_feasts_the_date_reader_leaves_conflict()
    {
        // «شهر» before a month is no span of a month: only the months differ, the second shown with its «شهر».
        Assert.Equal(["رمضان", "شهر شوال"], Values(Assert.Single(DateConflicts(
            "بلدية الساحل تغلق 250 محلاً مخالفاً لاشتراطات السلامة خلال رمضان في أحياء المدينة",
            "بلدية الساحل تغلق 250 محلاً مخالفاً لاشتراطات السلامة خلال شهر شوال في أحياء المدينة"))));
        Assert.Equal(["عيد الأضحى", "عيد الفطر"], Values(Assert.Single(DateConflicts(
            "محافظة الوادي تحتفل بعيد الفطر على وقع الدفوف في ساحة المهرجانات الكبرى",
            "محافظة الوادي تحتفل بعيد الأضحى على وقع الدفوف في ساحة المهرجانات الكبرى"))));
    }

    [Fact]
    public void Two_hijri_days_of_one_short_headline_conflict_though_their_words_make_it_less_alike()
    {
        // Whole, the two are under the bar of one statement (their dates are a third of their words); without the
        // dates they are the same.
        Assert.Equal(["12 من ذي القعدة", "25 من شوال"], Values(Assert.Single(DateConflicts(
            "اختيار رئيس نادي الساحل وأعضاء إدارته في 12 من ذي القعدة",
            "اختيار رئيس نادي الساحل وأعضاء إدارته في 25 من شوال"))));
    }

    [Fact]
    public void One_result_given_for_two_quarters_conflicts()
    {
        Assert.Equal(["الربع الأول", "الربع الثالث"], Values(Assert.Single(DateConflicts(
            "شركة الواحة للأسمنت: ارتفاع الأرباح بنسبة 12% خلال الربع الأول من العام",
            "شركة الواحة للأسمنت: ارتفاع الأرباح بنسبة 12% خلال الربع الثالث من العام"))));
    }

    [Fact]
    public void Two_quarters_with_their_own_figures_are_two_periods_results_and_no_conflict()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-05-06", "شركة الواحة للأسمنت: ارتفاع الأرباح بنسبة 12% خلال الربع الأول من العام"),
            Article("b", "ofoq", "2025-05-06", "شركة الواحة للأسمنت: ارتفاع الأرباح بنسبة 18% خلال الربع الثاني من العام"));

        Assert.Empty(story.Conflicts);
    }

    [Theory]
    [InlineData("أرباح شركة الواحة للأسمنت ترتفع 12% مقارنة بالربع الأول من العام", "أرباح شركة الواحة للأسمنت ترتفع 12% في الربع الثاني من العام")]
    [InlineData("أبل تبيع 74 مليون هاتف في الربع الأول من سنتها المالية", "أبل تبيع 74 مليون هاتف في الربع الرابع من العام")]
    [InlineData("أرباح شركة الواحة للأسمنت ترتفع 12% مقارنة مع الربع الأول من العام", "أرباح شركة الواحة للأسمنت ترتفع 12% في الربع الثاني من العام")]
    [InlineData("أرباح شركة الواحة للأسمنت ترتفع 12% عن الربع الأول من العام", "أرباح شركة الواحة للأسمنت ترتفع 12% في الربع الثاني من العام")]
    [InlineData("أبل تبيع 74 مليون هاتف في الربع الأول للسنة المالية", "أبل تبيع 74 مليون هاتف في الربع الرابع من العام")]
    [InlineData("الأهلي يسدد 7 كرات على المرمى في النصف الأول من المباراة أمام الهلال", "الأهلي يسدد 7 كرات على المرمى في النصف الثاني من المباراة أمام الهلال")]
    [InlineData("الأهلي يسدد 7 كرات على المرمى في النصف الأول أمام الهلال بملعب الجوهرة", "الأهلي يسدد 7 كرات على المرمى في النصف الثاني أمام الهلال بملعب الجوهرة")]
    [InlineData("المصنع ينتج 40 ألف طن في النصف الأول من هذا الشهر", "المصنع ينتج 40 ألف طن في النصف الثاني من هذا الشهر")]
    [InlineData("مبيعات مصنع الواحة ترتفع 5% في الربع الأول أو الثاني من العام", "مبيعات مصنع الواحة ترتفع 5% في الربع الثاني من العام")]
    [InlineData("شركة الواحة تعلن نتائج الربع الأول من العام 1436", "شركة الواحة تعلن نتائج الربع الثاني من العام 1436")]
    [InlineData("مبيعات مصنع الواحة ترتفع 5% في الربع الأول والثاني من العام", "مبيعات مصنع الواحة ترتفع 5% في الربع الثاني من العام")]
    [InlineData("شركة الواحة تعلن نتائج الربع الأول من العام", "شركة الواحة تعلن نتائج الربع الثاني من العام")]
    public void A_quarter_or_half_that_is_no_period_of_these_figures_is_no_conflict(string a, string b)
    {
        // A base of comparison (just before, or a few words before), a fiscal year's quarter, a match's or a month's
        // halves (told bare or «من المباراة»), two quarters joined, and results without figures (a year is none).
        Assert.Empty(DateConflicts(a, b));
    }

    [Fact]
    public void A_half_of_the_year_named_so_conflicts()
    {
        Assert.Equal(["النصف الأول", "النصف الثاني"], Values(Assert.Single(DateConflicts(
            "مصنع الواحة ينتج 40 ألف طن من الإسمنت في النصف الأول من العام",
            "مصنع الواحة ينتج 40 ألف طن من الإسمنت في النصف الثاني من العام"))));
    }

    [Fact]
    public void A_day_and_month_is_the_same_time_as_the_full_date_with_that_day()
    {
        // The nearest 26 February to the writing (2025-05-06) is 2025's: the other outlet gives the year.
        Assert.Empty(DateConflicts(
            "الاتحاد الدولي يحدد موعد انتخاب رئيسه الجديد في 26 فبراير في زيوريخ",
            "الاتحاد الدولي يحدد موعد انتخاب رئيسه الجديد في 26 فبراير 2026 في زيوريخ"));
    }

    [Fact]
    public void A_bare_weekday_is_the_weekday_the_other_outlet_gives_with_its_date()
    {
        Assert.Empty(DateConflicts(
            "الوزارة عرضت نتائج الدراسة على مقدمي الخدمة في لقاء عقد يوم الاثنين بمقرها",
            "الوزارة عرضت نتائج الدراسة على مقدمي الخدمة في لقاء عقد يوم الاثنين 17 رمضان الماضي بمقرها"));
    }

    [Fact]
    public void A_month_after_shahr_stands_where_a_month_after_its_cue_stands()
    {
        // «خلال رمضان المبارك» / «خلال شهر شوال»: the words after the two months differ, the word before «شهر شوال» is
        // the other's word before «رمضان».
        Assert.Equal(["رمضان", "شهر شوال"], Values(Assert.Single(DateConflicts(
            "38 مليار ريال سحبها العملاء من أجهزة الصرف الآلي خلال رمضان المبارك في مدن المملكة",
            "38 مليار ريال سحبها العملاء من أجهزة الصرف الآلي خلال شهر شوال في مدن المملكة"))));
    }

    [Fact]
    public void A_feast_after_lil_is_read_as_the_feast_with_its_article()
    {
        // «للفطر» is «ل» + «الفطر»: its reading is no ending of the word as written (shown as written).
        Assert.Equal(["للأضحى", "للفطر"], Values(Assert.Single(DateConflicts(
            "الأسواق الشعبية في محافظة الوادي تمدد ساعات العمل استعداداً للفطر وسط إقبال كبير من المتسوقين",
            "الأسواق الشعبية في محافظة الوادي تمدد ساعات العمل استعداداً للأضحى وسط إقبال كبير من المتسوقين"))));
    }

    [Fact]
    public void Two_years_and_two_spans_from_the_writing_conflict()
    {
        Assert.Equal(["2019", "2022"], Values(Assert.Single(DateConflicts(
            "طرح مناقصات مشاريع القطار الخفيف في المدينة وبدء التشغيل التجريبي في 2019 بحسب الهيئة",
            "طرح مناقصات مشاريع القطار الخفيف في المدينة وبدء التشغيل التجريبي في 2022 بحسب الهيئة"))));
        Assert.Equal(["الأسبوع المقبل", "بعد أسبوعين"], Values(Assert.Single(DateConflicts(
            "المدرب الجديد يصل لقيادة تدريبات الفريق الأسبوع المقبل والإدارة تواصل مفاوضاتها مع المهاجم",
            "المدرب الجديد يصل لقيادة تدريبات الفريق بعد أسبوعين والإدارة تواصل مفاوضاتها مع المهاجم"))));
    }

    [Theory]
    [InlineData("يوم الأحد", "الأحد")] // one weekday, with and without «يوم»
    [InlineData("في رمضان", "في شهر رمضان")] // one month
    [InlineData("أمس", "اليوم")] // a print edition's day against the writing's
    [InlineData("", "الشهر المقبل")] // one side adds a time: more said, nothing denied
    [InlineData("في 2 مايو", "يوم الجمعة")] // two names of one day (2025-05-02 was a Friday)
    public void One_time_told_two_ways_or_a_time_added_is_no_conflict(string a, string b) =>
        Assert.Empty(DateConflicts(
            $"لجنة الانتخابات البلدية في المنطقة الشرقية تطلق تطبيقاً خاصاً لتسجيل الناخبين {a} على المتاجر الإلكترونية",
            $"لجنة الانتخابات البلدية في المنطقة الشرقية تطلق تطبيقاً خاصاً لتسجيل الناخبين {b} على المتاجر الإلكترونية"));

    [Fact]
    public void This_week_against_last_week_is_where_a_week_begins_not_a_dispute()
    {
        Assert.Empty(DateConflicts(
            "وقال كبير خبراء الأمن في الشركة خلال المؤتمر الأمني السنوي في لاس فيغاس هذا الأسبوع إن التحديثات ستصدر شهرياً",
            "وقال كبير خبراء الأمن في الشركة خلال المؤتمر الأمني السنوي في لاس فيغاس الأسبوع الماضي إن التحديثات ستصدر شهرياً"));
        Assert.Single(DateConflicts(
            "وقال كبير خبراء الأمن في الشركة إن الهواتف سيجري تحديثها هذا الأسبوع وإن بقية المصنعين سيتبعونها تباعاً",
            "وقال كبير خبراء الأمن في الشركة إن الهواتف سيجري تحديثها الأسبوع المقبل وإن بقية المصنعين سيتبعونها تباعاً"));
    }

    [Fact]
    public void Two_times_of_two_slots_are_no_dispute()
    {
        // One outlet gives the day payments closed, the other the day paying began: no word around the two is shared.
        Assert.Empty(DateConflicts(
            "وتمثل الدفعة مستحقات المزارعين الذين أقفلوا حساباتهم حتى تاريخ 21 شوال 1436هـ والبالغ عددهم 932 مزارعاً في المنطقة",
            "وباشرت المؤسسة اعتباراً من يوم الأحد صرف مستحقات المزارعين الذين أقفلوا حساباتهم والبالغ عددهم 932 مزارعاً في المنطقة"));
    }

    [Fact]
    public void A_length_the_number_reader_found_is_no_time_against_a_day()
    {
        // «لمدة أربعة أعوام» is a contract's length, «أمس» the day it was signed: the word after both is the same, the
        // families differ.
        Assert.Empty(DateConflicts(
            "وقع اللاعب الأرجنتيني عقداً لمدة أربعة أعوام مع النادي الباريسي مقابل 63 مليون يورو",
            "وقع اللاعب الأرجنتيني عقداً أمس مع النادي الباريسي مقابل 63 مليون يورو"));
    }

    [Fact]
    public void A_month_and_a_year_are_two_ways_to_date_one_thing()
    {
        Assert.Empty(DateConflicts(
            "افتتح أمير المنطقة المعرض الدولي للكتاب في رمضان بحضور عدد من الوزراء والمثقفين",
            "افتتح أمير المنطقة المعرض الدولي للكتاب في 2019 بحضور عدد من الوزراء والمثقفين"));
    }

    [Fact]
    public void Two_lengths_the_number_reader_found_are_one_figure_conflict_not_two()
    {
        var conflicts = Consolidated(
            Article("a", "sada", "2025-05-06", "وقعت عشرة حوادث مرورية خلال 3 أيام على طريق المنتزه في المدينة"),
            Article("b", "ofoq", "2025-05-06", "وقعت عشرة حوادث مرورية خلال 5 أيام على طريق المنتزه في المدينة")).Conflicts;

        Assert.Equal(ConflictKind.Number, Assert.Single(conflicts).About);
    }

    [Fact]
    public void A_name_that_is_also_a_month_is_no_month()
    {
        // «رجب» and «شعبان» are given names here: no word before them makes them a date.
        Assert.Empty(DateConflicts(
            "الفنان رجب علي يفتتح معرضه التشكيلي الأول في قاعة الفنون بجدة",
            "الفنان شعبان علي يفتتح معرضه التشكيلي الأول في قاعة الفنون بجدة"));
    }

    [Fact]
    public void Two_hijri_years_and_two_years_of_one_month_conflict()
    {
        Assert.Equal(["1436", "1437"], Values(Assert.Single(DateConflicts(
            "صدرت الموافقة على لائحة الجمعيات الخيرية في عام 1436 هـ بعد دراستها في مجلس الشورى",
            "صدرت الموافقة على لائحة الجمعيات الخيرية في عام 1437 هـ بعد دراستها في مجلس الشورى"))));
        Assert.Single(DateConflicts(
            "بدأت الشركة تشغيل المصنع الجديد في سبتمبر 2019 بطاقة إنتاجية تبلغ ألف طن",
            "بدأت الشركة تشغيل المصنع الجديد في سبتمبر 2022 بطاقة إنتاجية تبلغ ألف طن"));
        Assert.Empty(DateConflicts(
            "بدأت الشركة تشغيل المصنع الجديد في سبتمبر بطاقة إنتاجية تبلغ ألف طن",
            "بدأت الشركة تشغيل المصنع الجديد في سبتمبر 2022 بطاقة إنتاجية تبلغ ألف طن"));
    }

    [Fact]
    public void A_hijri_year_against_a_gregorian_one_is_one_time_in_two_calendars()
    {
        Assert.Empty(DateConflicts(
            "أعلنت الوزارة خطتها الخمسية التي تبدأ في عام 1437 هـ لتطوير شبكة الطرق في المناطق",
            "أعلنت الوزارة خطتها الخمسية التي تبدأ في عام 2015 لتطوير شبكة الطرق في المناطق"));
    }

    [Fact]
    public void A_feast_is_shown_without_its_proclitic_and_diacritic()
    {
        Assert.Equal(["عيد الأضحى", "عيد الفطر"], Values(Assert.Single(DateConflicts(
            "محافظة الوادي تحتفل بِعيد الفطر على وقع الدفوف في ساحة المهرجانات الكبرى",
            "محافظة الوادي تحتفل بِعيد الأضحى على وقع الدفوف في ساحة المهرجانات الكبرى"))));
    }
}
