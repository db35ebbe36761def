using Khabar.Text.Dates;

namespace Khabar.Text.Tests.Dates;

public class TemporalFinderTests
{
    /// <summary>Sunday 17 September 2023.</summary>
    private static readonly DateOnly Sunday = new(2023, 9, 17);

    private static TemporalExpression Single(string text) => Assert.Single(TemporalFinder.Find(text));

    [Theory]
    [InlineData("وصل الزعيم إلى المدينة يوم السبت قادماً من الشرق.", "2023-09-16")]
    [InlineData("وكان قد زار المصنع يوم الثلاثاء الماضي برفقة الوزير.", "2023-09-12")]
    [InlineData("وكان قد زار المصنع الثلاثاء الماضي برفقة الوزير.", "2023-09-12")]
    [InlineData("ويختتم الزعيم جولته اليوم الأحد بزيارة الميناء.", "2023-09-17")]
    [InlineData("وأعلن الوزير اليوم (الأحد) عن الخطة.", "2023-09-17")]
    [InlineData("وكان الوفد قد وصل أمس (السبت) إلى الميناء.", "2023-09-16")]
    [InlineData("وأعلنت الوزارة أمس أن القطار وصل.", "2023-09-16")]
    [InlineData("وقالت الوزارة بالأمس إن القطار وصل.", "2023-09-16")]
    [InlineData("وكانت اللجنة قد اجتمعت أمس الأول في العاصمة.", "2023-09-15")]
    [InlineData("وكانت اللجنة قد اجتمعت أول أمس في العاصمة.", "2023-09-15")]
    [InlineData("عقد المجلس اجتماعاً في قصر السلام بجدة أول من أمس برئاسة ولي العهد.", "2023-09-15")]
    [InlineData("ورد بلاغ لشرطة المحافظة مساء يوم أمس الأول عن حادث.", "2023-09-15")]
    [InlineData("وتبدأ المباراة غداً في الملعب الكبير.", "2023-09-18")]
    [InlineData("وتعقد القمة بعد غد في المنامة.", "2023-09-19")]
    [InlineData("ويزور الوفد العاصمة الخميس المقبل.", "2023-09-21")]
    [InlineData("وأقيم الحفل الأحد الماضي في القاعة.", "2023-09-10")]
    [InlineData("ويصل الوفد مساء الجمعة إلى المطار.", "2023-09-15")]
    [InlineData("وقع الحادث في 12 سبتمبر قرب الحدود.", "2023-09-12")]
    [InlineData("وقع الحادث في 16 سبتمبر/أيلول 2023 قرب الحدود.", "2023-09-16")]
    [InlineData("وقع الحادث في 1 ربيع الأول 1445 هـ قرب الحدود.", "2023-09-16")]
    [InlineData("وتنطلق البطولة في 3 ربيع الأول في جدة.", "2023-09-18")]
    [InlineData("وكان آخر موعد للتسجيل 21 شوال الماضي.", "2023-05-11")]
    [InlineData("واختير رئيس النادي وأعضاء إدارته في 12 من ذي القعدة.", "2023-06-01")]
    [InlineData("ويفتتح المعرض في 10 سبتمبر المقبل بالرياض.", "2024-09-10")]
    [InlineData("توقيع عقد إنشاء مبنى الركاب الجديد بالمطار.. الأحد", "2023-09-17")]
    [InlineData("ورصدت الدوريات قاربين الأحد قبل الماضي قرب الساحل.", "2023-09-03")]
    [InlineData("ووقع الزلزال في 12 من شهر سبتمبر 2019 قرب الساحل.", "2019-09-12")]
    [InlineData("وينظم المعرض في 11 من شهر أكتوبر القادم بالظهران.", "2023-10-11")]
    [InlineData("ورصدت الدوريات قاربين مساء الثلاثاء ما قبل الماضي.", "2023-09-05")]
    [InlineData("ورصدت الدوريات قاربين الثلاثاء قبل الماضي.", "2023-09-05")]
    [InlineData("وبدأت البرامج يوم الأحد 9 ربيع الأول في الجامعة.", "2023-09-24")]
    [InlineData("ووقع الاتفاق الأحد 12 سبتمبر 2021 في العاصمة.", "2021-09-12")]
    [InlineData("ومن المقرر أن يزور الوزيران يوم الخميس المنطقة الاقتصادية.", "2023-09-21")]
    [InlineData("ويعتزم الحاكم لقاء الزعيم يوم الأحد.", "2023-09-17")]
    [InlineData("وأعلنت الوزارة تعليق الدراسة حتى يوم الثلاثاء.", "2023-09-19")]
    public void Each_expression_resolves_to_the_day_meant(string text, string day)
    {
        var found = Single(text);

        Assert.Equal(DateRange.Day(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), found.Resolve(Sunday));
        Assert.Equal(text.Substring(found.Start, found.Length), found.Text);
    }

    [Theory]
    [InlineData("وتراجعت الأسعار الأسبوع الماضي بنسبة كبيرة.", "2023-09-09", "2023-09-15")]
    [InlineData("وتفتتح الدورة الشهر المقبل في جدة.", "2023-10-01", "2023-10-31")]
    [InlineData("وارتفع الإنتاج العام الماضي إلى مستوى قياسي.", "2022-01-01", "2022-12-31")]
    [InlineData("وكانت الحكومة أقرت الخطة في يوليو الماضي.", "2023-07-01", "2023-07-31")]
    [InlineData("وكانت الحكومة أقرت الخطة في مارس 2021.", "2021-03-01", "2021-03-31")]
    public void Weeks_months_and_years_resolve_to_ranges(string text, string from, string to)
    {
        var range = Single(text).Resolve(Sunday);

        Assert.Equal(new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), range);
    }

    [Theory]
    [InlineData("وفاز الفريق 3 صفر على ضيفه في الجولة الأولى.")]
    [InlineData("وانتهت المباراة 4 صفر لصالح الضيوف في الشوط الأول.")]
    public void Zero_after_a_number_is_no_hijri_month(string text) =>
        Assert.DoesNotContain(TemporalFinder.Find(text), f => f.Hijri);

    [Theory]
    [InlineData("وبدأت البرامج يوم الأحد 9 ربيع الأول في الجامعة.", TemporalKind.DayMonth)]
    [InlineData("ووقع الاتفاق الأحد 12 سبتمبر 2021 في العاصمة.", TemporalKind.Date)]
    public void A_weekday_before_a_date_is_that_dates_weekday_not_a_day_of_its_own(string text, TemporalKind kind)
    {
        var found = Single(text);

        Assert.Equal(kind, found.Kind);
        Assert.Equal(DayOfWeek.Sunday, found.Weekday);
    }

    [Fact]
    public void A_hijri_day_its_month_lacks_that_year_is_no_date_of_another_year() =>
        Assert.Empty(TemporalFinder.Find("وكان ذلك في 30 رجب 1444 في المدينة."));

    [Fact]
    public void A_day_and_month_on_a_side_with_no_such_day_near_is_not_placed() =>
        Assert.Null(Single("وكان قد ولد في 29 فبراير الماضي في المستشفى.").Resolve(Sunday));

    [Fact]
    public void A_weekday_and_its_part_before_a_numeric_date_are_that_dates()
    {
        var found = Single("ووقع الهجوم صباح الخميس 12/9/2021 في العاصمة.");

        Assert.Equal(TemporalKind.Date, found.Kind);
        Assert.Equal((DayOfWeek.Thursday, PartOfDay.Morning), (found.Weekday, found.Part));
        Assert.Equal("صباح الخميس 12/9/2021", found.Text);
    }

    [Fact]
    public void A_hijri_day_and_month_is_hijri_and_named_by_its_own_month()
    {
        var found = Single("ويبدأ القبول في 5 ذي القعدة ويستمر أسبوعين.");

        Assert.Equal(TemporalKind.DayMonth, found.Kind);
        Assert.True(found.Hijri);
        Assert.Equal((11, 5), (found.Month, found.Day));
        Assert.Equal("5 ذي القعدة", found.Text);
    }

    [Fact]
    public void Without_a_publication_day_a_relative_expression_stays_symbolic()
    {
        var found = Single("وكان قد زار المصنع يوم الأربعاء الماضي برفقة الوزير.");

        Assert.Equal(TemporalKind.Weekday, found.Kind);
        Assert.Equal(DayOfWeek.Wednesday, found.Weekday);
        Assert.Equal(-1, found.Offset);
        Assert.Null(found.Resolve(null));
        Assert.Equal(new DateOnly(2023, 9, 13), found.Resolve(Sunday)?.From);
    }

    [Fact]
    public void Today_with_its_weekday_keeps_both()
    {
        var found = Single("ويختتم الزعيم جولته اليوم الأحد بزيارة الميناء.");

        Assert.Equal((TemporalKind.RelativeDay, 0, DayOfWeek.Sunday), (found.Kind, found.Offset, found.Weekday));
    }

    [Theory]
    [InlineData("وتبدأ الجلسة الساعة 10:30 صباحاً في المجلس.", 10, 30)]
    [InlineData("وتبدأ الجلسة في الساعة 8 مساء في المجلس.", 20, 0)]
    [InlineData("وانطلقت الرحلة عند 21:15 من المطار.", 21, 15)]
    public void Clock_times_are_read_with_the_part_of_the_day(string text, int hour, int minute)
    {
        var found = Single(text);

        Assert.Equal(TemporalKind.Time, found.Kind);
        Assert.Equal(new TimeOnly(hour, minute), found.Time);
    }

    [Theory]
    [InlineData("وقال أحد المسؤولين إن الاثنين سيلتقيان قريباً.")]
    [InlineData("وأكد الوزير أن اليوم الوطني مناسبة عزيزة.")]
    [InlineData("وارتفعت أسعار النفط بنسبة كبيرة خلال التداولات.")]
    public void One_and_two_and_the_national_day_are_no_dates(string text)
    {
        var found = TemporalFinder.Find(text);

        Assert.DoesNotContain(found, f => f.Kind is TemporalKind.Weekday);
        Assert.DoesNotContain(found, f => f.Text == "الاثنين" || f.Text == "أحد");
    }

    [Theory]
    [InlineData("نادي الساحل يستأنف تدريباته الأحد", DayOfWeek.Sunday)]
    [InlineData("بورصة المدينة تستأنف عملياتها الإثنين\nوقالت إدارة البورصة إن التداول يعود بعد التحديث.", DayOfWeek.Monday)]
    [InlineData("قال المدرب: «نستأنف التدريبات الأحد»\r\nوأضاف أن الفريق جاهز.", DayOfWeek.Sunday)]
    public void A_bare_sunday_or_monday_ending_a_line_is_a_day(string text, DayOfWeek day)
    {
        // At the end of a line or of the text, as before a full stop: a headline ends so.
        var found = TemporalFinder.Find(text);

        Assert.Equal(day, Assert.Single(found, f => f.Kind == TemporalKind.Weekday).Weekday);
    }

    [Fact]
    public void A_bare_monday_inside_a_line_is_still_the_two()
    {
        Assert.DoesNotContain(TemporalFinder.Find("واتفق الاثنين على مواصلة العمل معاً\nفي المرحلة المقبلة"), f => f.Kind == TemporalKind.Weekday);
    }

    [Fact]
    public void The_weekday_of_the_publication_day_is_that_day_unless_last_or_next()
    {
        Assert.Equal(Sunday, Single("وأقيم الحفل يوم الأحد في القاعة.").Resolve(Sunday)?.From);
        Assert.Equal(Sunday.AddDays(-7), Single("وأقيم الحفل يوم الأحد الماضي في القاعة.").Resolve(Sunday)?.From);
        Assert.Equal(Sunday.AddDays(7), Single("ويقام الحفل يوم الأحد المقبل في القاعة.").Resolve(Sunday)?.From);
    }

    [Theory]
    [InlineData("ومن المقرر أن يزور الوزيران يوم الخميس المنطقة.", true)]
    [InlineData("وأعلنت الوزارة تعليق الدراسة حتى يوم الأحد.", true)]
    [InlineData("وزار الوزيران يوم الخميس المنطقة.", false)]
    [InlineData("ومن المقرر أن يزور الوزيران المنطقة، وكانا قد وصلا يوم الخميس.", false)]
    public void A_weekday_in_a_plan_or_deadline_is_the_coming_one(string text, bool upcoming) =>
        Assert.Equal(upcoming, Single(text).Upcoming);

    [Theory]
    [InlineData("وتبدأ المنافسات يوم السبت في الملعب.", true)]
    [InlineData("ويبدأ التقديم من يوم الأحد ولمدة أسبوع.", true)]
    [InlineData("وتقام المباراة يوم الخميس على ملعب الجوهرة.", true)]
    [InlineData("وبدأت المنافسات يوم السبت في الملعب.", false)]
    [InlineData("وأقيمت المباراة يوم الخميس على ملعب الجوهرة.", false)]
    [InlineData("وافتتح الوزير يوم الأربعاء الملتقى.", false)]
    public void A_bare_weekday_after_a_verb_of_what_is_to_come_is_the_coming_one(string text, bool upcoming)
    {
        // No cue word here: the learnt model tells «تبدأ» from «بدأت». Without it every bare weekday is the last one.
        Assert.Equal(upcoming, Single(text).Upcoming);
        Assert.False(Assert.Single(TemporalFinder.Find(text, null)).Upcoming);
    }

    [Fact]
    public void A_coming_weekday_resolves_forward_from_the_publication_day() =>
        Assert.Equal(DateRange.Day(new DateOnly(2023, 9, 21)), Single("وتقام المباراة يوم الخميس على ملعب الجوهرة.").Resolve(Sunday));

    [Fact]
    public void The_context_of_a_day_is_its_clause_across_commas_and_numbers_but_not_a_full_stop()
    {
        const string text = "انتهى الموسم. ويرعى الأمير، 12 مرة، الاثنين افتتاح المعرض في جدة.";
        var weekday = TemporalFinder.Find(text).First(e => e.Kind == TemporalKind.Weekday);
        var (before, after) = TemporalFinder.ContextsOf(text, [weekday])[0];

        Assert.Equal(["مره", "الامير", "يرعي"], before);
        Assert.Equal(["افتتاح", "المعرض", "في"], after);
    }

    [Fact]
    public void The_outlet_ain_alyoum_in_a_dateline_is_no_date() =>
        Assert.Empty(TemporalFinder.Find("عين اليوم – نيويورك"));

    [Fact]
    public void A_weekday_in_brackets_after_today_is_that_day_named_not_a_day_of_its_own()
    {
        var found = Single("نفى الرئيس اليوم (الجمعة) الاتهامات.");

        Assert.Equal(TemporalKind.RelativeDay, found.Kind);
        Assert.Equal(DayOfWeek.Friday, found.Weekday);
        Assert.Equal("اليوم (الجمعة)", found.Text);
    }

    [Fact]
    public void A_weekday_written_with_today_outweighs_a_late_publication_date()
    {
        // Published (or crawled) on Tuesday 19 September, written on Monday.
        var expression = Single("أعلن الملياردير اليوم الاثنين أنه يعتزم رصد 100 مليون دولار.");

        Assert.Equal(new DateRange(new DateOnly(2023, 9, 18), new DateOnly(2023, 9, 18)), expression.Resolve(new DateOnly(2023, 9, 19)));
        Assert.Equal(new DateRange(new DateOnly(2023, 9, 18), new DateOnly(2023, 9, 18)), expression.Resolve(new DateOnly(2023, 9, 18)));

        // Dated Monday 18 but saying «أمس الاثنين»: written on the Tuesday; the Monday meant is the 18th, not the 11th.
        Assert.Equal(new DateRange(new DateOnly(2023, 9, 18), new DateOnly(2023, 9, 18)), Single("بدأ بيع التذاكر أمس الاثنين.").Resolve(new DateOnly(2023, 9, 18)));
    }
}

public class TemporalReachTests
{
    [Theory]
    [InlineData("وقع الحادث في 29 فبراير قرب الحدود.")]
    [InlineData("وقع الحادث في 31 ديسمبر قرب الحدود.")]
    [InlineData("وكان الوفد قد وصل أمس (السبت) إلى الميناء.")]
    [InlineData("وكانت اللجنة قد اجتمعت أمس الأول في العاصمة.")]
    [InlineData("وتعقد القمة بعد غد في المنامة.")]
    [InlineData("وأقيم الحفل الأحد الماضي في القاعة.")]
    [InlineData("ويزور الوفد العاصمة الخميس المقبل.")]
    [InlineData("وصل الزعيم إلى المدينة يوم السبت قادماً من الشرق.")]
    [InlineData("وتبدأ المنافسات يوم السبت في الملعب الكبير.")]
    [InlineData("وقال الوزير اليوم الاثنين إن الخطة جاهزة.")]
    [InlineData("وقع الحادث في 15 رمضان قرب الحدود.")]
    [InlineData("وتنتهي المهلة في 12 من ذي القعدة.")]
    [InlineData("ورصدت الدوريات قاربين مساء الثلاثاء ما قبل الماضي.")]
    public void What_an_expression_resolves_to_lies_within_its_reach_of_the_publication_day(string text)
    {
        // Publication inference tries only the days within an expression's reach of a dated anchor: a day it resolves
        // to further away would be missed. Every day of four years, leap day included, as the publication day.
        var expression = Assert.Single(TemporalFinder.Find(text));
        var reach = Assert.IsType<int>(expression.Reach);
        var widest = 0;
        for (var day = new DateOnly(2022, 1, 1); day <= new DateOnly(2025, 12, 31); day = day.AddDays(1))
        {
            var resolved = Assert.IsType<DateRange>(expression.Resolve(day));
            widest = Math.Max(widest, Math.Abs(resolved.From.DayNumber - day.DayNumber));
        }

        Assert.InRange(widest, 0, reach);
    }

    [Fact]
    public void A_full_date_has_no_reach_as_it_resolves_alike_from_any_day()
    {
        var expression = Assert.Single(TemporalFinder.Find("وقع الحادث في 16 سبتمبر 2023 قرب الحدود."));

        Assert.Null(expression.Reach);
        Assert.Equal(expression.Resolve(null), expression.Resolve(new DateOnly(2001, 1, 1)));
    }
}
