using Khabar.Text.Numbers;

namespace Khabar.Text.Tests.Numbers;

public class QuantityFinderTests
{
    private static Quantity Single(string text) => Assert.Single(QuantityFinder.Find(text));

    [Theory]
    [InlineData("وقطع القطار مسافة 4000 ميل عبر السهول.", 4000, "mi", 6_437_376)]
    [InlineData("ويبلغ طول الخط 250 كلم بين المدينتين.", 250, "km", 250_000)]
    [InlineData("ويمتد الطريق ٦٥٠٠ كيلومتر عبر البلاد.", 6500, "km", 6_500_000)]
    [InlineData("وهطلت أمطار بلغت 122 ملم في ساعات.", 122, "mm", 0.122)]
    [InlineData("ونقلت السفينة 3,500 طن من القمح.", 3500, "t", 3_500_000)]
    [InlineData("وتبلغ كلفة المشروع 2.5 مليار دولار وفق الوزارة.", 2_500_000_000, "USD", 2_500_000_000)]
    [InlineData("وارتفعت المبيعات 12% خلال الربع الأول.", 12, "%", 12)]
    [InlineData("وارتفعت المبيعات 12 بالمئة خلال الربع الأول.", 12, "%", 12)]
    [InlineData("ودفعت الشركة خمسة ملايين ريال تعويضاً.", 5_000_000, "SAR", 5_000_000)]
    [InlineData("واستمرت الزيارة ستة أيام كاملة.", 6, "day", 6)]
    [InlineData("وتراجع مزيج برنت 80 سنتا خلال الجلسة.", 80, "cent", 80)]
    public void Numbers_with_units_are_normalized(string text, double value, string unit, double normalized)
    {
        var quantity = Single(text);

        Assert.Equal(value, quantity.Value, 6);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(normalized, quantity.Normalized, 3);
        Assert.Equal(text.Substring(quantity.Start, quantity.Length), quantity.Text);
    }

    [Theory]
    [InlineData("ويلزم القرار المعلمين الجدد بالبقاء لمدة عامين في مدارسهم.", "عامين", "year", 730.5, Approximation.Exact)]
    [InlineData("ساعتان تنقلان الضيوف إلى زمن الشعراء.", "ساعتان", "hour", 2 / 24.0, Approximation.Exact)]
    [InlineData("وغادر الوفد بعد نحو أسبوعين من وصوله.", "نحو أسبوعين", "week", 14, Approximation.About)]
    [InlineData("وحكم عليه بالسجن لسنتين مع وقف التنفيذ.", "لسنتين", "year", 730.5, Approximation.Exact)]
    public void A_time_units_dual_is_two_of_it(string text, string written, string unit, double days, Approximation approximation)
    {
        var quantity = Single(text);

        Assert.Equal(2, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(Dimension.Duration, quantity.Dimension);
        Assert.Equal(days, quantity.Normalized, 3);
        Assert.Equal(written, quantity.Text);
        Assert.Equal(approximation, quantity.Approximation);
    }

    [Theory]
    [InlineData("وقدرت الخسائر بخمسة ملايين ريال في الحريق.", 5_000_000, "SAR", "بخمسة ملايين ريال")]
    [InlineData("واستمرت الفعاليات لثلاثة أيام متتالية.", 3, "day", "لثلاثة أيام")]
    [InlineData("ومن الشروط أن يكون متماً لثماني عشرة سنة هجرية.", 18, "year", "لثماني عشرة سنة")]
    public void A_number_word_with_a_preposition_written_on_it_is_read(string text, double value, string unit, string written)
    {
        var quantity = Single(text);

        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(written, quantity.Text);
    }

    [Theory]
    [InlineData("وتقدر الخسائر بمليارات الدولارات.")]
    [InlineData("وشارك في المسيرة آلاف المواطنين.")]
    [InlineData("واحتشد بآلاف المتظاهرين في الساحة.")]
    public void An_order_of_magnitude_with_a_preposition_on_it_stays_vague(string text) =>
        Assert.Equal(Approximation.Vague, Single(text).Approximation);

    [Fact]
    public void I_am_not_is_no_six() => Assert.Empty(QuantityFinder.Find("وقال المدرب لست غاضبا من تعيين الحكم."));

    [Theory]
    [InlineData("وشهد العامين الماضيين نموا كبيرا في القطاع.")] // a time with the article, not a count
    [InlineData("واجتمع المديرون العامون في مقر الوزارة.")]
    [InlineData("واجتمع الوزير بالمديرين العامين في الوزارة.")] // «العامين»: general, not two years
    [InlineData("وعين مجلس الوزراء مديرين عامين للفروع.")] // an adjective after a plural
    [InlineData("وشاركت قبائل شهران في الاحتفال.")] // a tribe, not two months
    public void A_dual_with_the_article_or_a_plural_adjective_is_no_quantity(string text) =>
        Assert.Empty(QuantityFinder.Find(text));

    [Fact]
    public void Miles_read_as_kilometres()
    {
        Assert.Equal("6,437 km", Single("وقطع القطار مسافة 4000 ميل عبر السهول.").Converted);
    }

    [Theory]
    [InlineData("وقطع القطار نحو 500 كيلومتر في يوم.", Approximation.About, "نحو 500 كيلومتر")]
    [InlineData("وقطع القطار حوالي 500 كيلومتر في يوم.", Approximation.About, "حوالي 500 كيلومتر")]
    [InlineData("وقطع القطار أكثر من 500 كيلومتر في يوم.", Approximation.MoreThan, "أكثر من 500 كيلومتر")]
    [InlineData("وقطع القطار ما يزيد عن 500 كيلومتر في يوم.", Approximation.MoreThan, "ما يزيد عن 500 كيلومتر")]
    [InlineData("وقطع القطار ما لا يقل عن 500 كيلومتر في يوم.", Approximation.AtLeast, "ما لا يقل عن 500 كيلومتر")]
    [InlineData("وقطع القطار أقل من 500 كيلومتر في يوم.", Approximation.LessThan, "أقل من 500 كيلومتر")]
    public void Approximations_are_part_of_the_quantity(string text, Approximation approximation, string written)
    {
        var quantity = Single(text);

        Assert.Equal(approximation, quantity.Approximation);
        Assert.Equal(written, quantity.Text);
    }

    [Theory]
    [InlineData("وشارك عشرات المتطوعين في الحملة.", 10)]
    [InlineData("وتجمع مئات المواطنين أمام المبنى.", 100)]
    [InlineData("ونزح آلاف السكان من القرى.", 1000)]
    public void Orders_of_magnitude_are_vague(string text, double magnitude)
    {
        var quantity = Single(text);

        Assert.Equal(Approximation.Vague, quantity.Approximation);
        Assert.Equal(magnitude, quantity.Value);
    }

    [Fact]
    public void A_count_keeps_its_number_and_a_year_is_no_quantity()
    {
        var found = QuantityFinder.Find("وأسفرت العاصفة عن 15 قتيلاً في عام 2025 بحسب الدفاع المدني.");

        var count = Assert.Single(found);
        Assert.Equal((15d, Dimension.Count), (count.Value, count.Dimension));
    }

    [Fact]
    public void Number_words_compose()
    {
        Assert.Equal(25, Single("وأصيب خمسة وعشرون شخصاً في الحادث.").Value);
        Assert.Equal(2000, Single("وشارك ألفين متسابق في السباق.").Value);
    }

    [Theory]
    [InlineData("وبلغت الميزانية تريليون و300 مليار ريال هذا العام.", 1_300_000_000_000, "SAR", "تريليون و300 مليار ريال")]
    [InlineData("وبلغ عدد السكان 3 ملايين و200 ألف نسمة.", 3_200_000, "", "3 ملايين و200 ألف")]
    [InlineData("وبلغت الأرباح مليارين و300 مليون ريال في الربع.", 2_300_000_000, "SAR", "مليارين و300 مليون ريال")]
    [InlineData("وحضر الحفل ألف وخمسمائة مدعو.", 1500, "", "ألف وخمسمائة")]
    [InlineData("وأصيب خمسة عشر شخصاً في الحادث.", 15, "", "خمسة عشر")]
    public void A_number_goes_on_after_its_scale_word_with_a_smaller_one_and_teens_are_one_number(string text, double value, string unit, string written) =>
        AssertOne(text, value, unit, written);

    [Theory]
    [InlineData("وبلغ عدد الزوار ( 100 ) ألف زائر خلال الموسم.", 100_000, "", "( 100 ) ألف")]
    [InlineData("وخصصت الوزارة نحو (15) مليون ريال للمشروع.", 15_000_000, "SAR", "نحو (15) مليون ريال")]
    public void Digits_in_brackets_before_their_scale_word_are_one_number(string text, double value, string unit, string written) =>
        AssertOne(text, value, unit, written);

    /// <summary>The text's one quantity has this value and unit and is written so.</summary>
    private static void AssertOne(string text, double value, string unit, string written)
    {
        var quantity = Single(text);

        Assert.Equal(value, quantity.Value, 3);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(written, quantity.Text);
    }

    [Fact]
    public void Numbers_in_brackets_without_a_scale_word_stay_as_they_are()
    {
        Assert.Equal([12.0, 5], QuantityFinder.Find("وشارك في السباق (12) متسابقا من (5) دول.").Select(q => q.Value));
    }

    [Theory]
    [InlineData("وقتل 3 آلاف وأصيب 200 آخرون.", new[] { 3000.0, 200 })]
    [InlineData("وجمعت الحملة مليون ريال و200 ألف دولار.", new[] { 1_000_000.0, 200_000 })]
    [InlineData("وارتفع عدد الزوار من ألف وألفين في يومين.", new[] { 1000.0, 2000, 2 })] // and «يومين», two days
    public void Numbers_not_read_as_one_compound_stay_apart(string text, double[] values)
    {
        Assert.Equal(values, QuantityFinder.Find(text).Select(q => q.Value));
    }

    [Theory]
    [InlineData("وجاء الفريق في المرتبة الخامسة عشرة بين الفرق.")]
    [InlineData("وافتتحت الدورة الحادية عشرة للمجلس أمس.")]
    [InlineData("ووافق المجلس على تعيينات بالمرتبتين الخامسة عشرة والرابعة عشرة أمس.")]
    public void The_second_word_of_an_ordinal_is_no_count(string text)
    {
        Assert.Empty(QuantityFinder.Find(text));
    }

    [Fact]
    public void Ten_after_a_definite_word_that_is_no_ordinal_is_still_a_count()
    {
        Assert.Equal(10, Single("وقتل اليوم عشرة جنود في الهجوم.").Value);
    }

    [Theory]
    [InlineData("وبلغت الإيرادات 2,4 مليار يورو في العام الماضي.", 2_400_000_000, "EUR")]
    [InlineData("وتراجعت الأرباح بنسبة 15,7 في المائة خلال الربع.", 15.7, "%")]
    [InlineData("وبلغ عدد النازحين 5ر1 مليون شخص وفق الأمم المتحدة.", 1_500_000, "")]
    [InlineData("وارتفع الإنتاج إلى 935ر6 مليون برميل يومياً في الشهر الماضي.", 6_935_000, "")]
    [InlineData("وأدى الصلاة ما يزيد على (000ر22) مصل في الساحة.", 22_000, "")]
    [InlineData("وبلغ معدل التضخم الأساسي 8ر1% خلال عام.", 1.8, "%")]
    [InlineData("وارتفع المؤشر بنسبة 125ر0% في ختام التداول.", 0.125, "%")]
    [InlineData("وبلغ وزن الشحنة 500ر0 طن عند الميناء.", 500, "t")]
    [InlineData("وارتفعت درجة الحرارة بمقدار 88ر0 درجة مئوية عن المعدل.", 0.88, "")]
    [InlineData("بمبلغ تعويض قدره (2،804،130 ريال) لصالح المشروع.", 2_804_130, "SAR")]
    [InlineData("وبلغت تكلفة هذه المشروعات 54،9 مليون ريال.", 54_900_000, "SAR")]
    [InlineData("وتجاوزت الاستثمارات (1 ترليون) ريال في المدن الصناعية.", 1_000_000_000_000, "")]
    public void Decimal_commas_and_groups_written_around_reh_are_read_as_one_number(string text, double normalized, string unit) =>
        AssertReads(text, normalized, unit);

    [Theory]
    [InlineData("ويقطن في هذه التجمعات 1.742.000 نسمة بحسب الإحصاء.", 1_742_000, "")]
    [InlineData("وتبلغ المساحة المزروعة 14.000 متر مربع من المسطحات الخضراء.", 14_000, "m²")]
    [InlineData("وتصل المخالفة إلى 10.000 ريال في كل حالة.", 10_000, "SAR")]
    [InlineData("وصولا إلى سعر 0.342 دينار في ختام التداول.", 0.342, "dinar")]
    [InlineData("وصولاً إلى سعر 7.500 درهم للسهم الواحد.", 7.5, "AED")]
    [InlineData("وزاد العجز التجاري إلى 1.601 مليار استرليني في حزيران.", 1_601_000_000, "")]
    [InlineData("وبلغت الحصة 3.000% من رأس المال.", 3, "%")]
    [InlineData("وضبطت الدوريات أكثر من 5.706 عمال مخالفين للأنظمة.", 5_706, "")]
    [InlineData("وبلغت قروض الترميم (1.172) قرض ترميم في الربع الثاني.", 1_172, "")]
    [InlineData("وأغلق المؤشر عند 97.381 أمس الاثنين.", 97.381, "")]
    [InlineData("وسجل المؤشر العام 7.840 نقطة عند الإغلاق.", 7.84, "")]
    [InlineData("أما برنامج المشاريع الصغيرة فقد حقق1.077 فرصة عمل.", 1_077, "")]
    public void A_point_between_thousands_is_read_as_such_and_a_decimal_point_as_a_decimal(string text, double normalized, string unit) =>
        AssertReads(text, normalized, unit);

    /// <summary>The one quantity of <paramref name="text"/> has this normalized value, and this unit unless it is empty.</summary>
    private static void AssertReads(string text, double normalized, string unit)
    {
        var quantity = Single(text);

        Assert.Equal(normalized, quantity.Normalized, 6);
        if (unit.Length > 0)
        {
            Assert.Equal(unit, quantity.Unit);
        }
    }

    [Fact]
    public void A_number_glued_to_the_article_and_its_unit_is_read()
    {
        var quantity = Single("توفي الفنان عن عمر ناهز ال80عاما بعد صراع مع المرض.");

        Assert.Equal(80, quantity.Value);
        Assert.Equal(Dimension.Duration, quantity.Dimension);
    }

    [Theory]
    [InlineData("أحبطت الشرطة تهريب ربع مليون حبة مخدرة عبر المنفذ.", 250_000)]
    [InlineData("وبلغ عدد زوار المهرجان نصف مليون زائر في أسبوع واحد.", 500_000)]
    [InlineData("واستقطبت الاحتفالات ما يقرب من مليون وتسع مئة ألف من المواطنين.", 1_900_000)]
    [InlineData("وبلغ عدد الحجاج مليونين ونصف مليون حاج هذا العام.", 2_500_000)]
    [InlineData("ووصل عدد المسجلين إلى ثلاث مائة طالب.", 300)]
    public void Fractions_of_a_scale_and_hundreds_in_two_words_are_read(string text, double value) =>
        Assert.Equal(value, Single(text).Normalized, 6);

    [Theory]
    [InlineData("وانخفض سعر الذهب إلى 1093 دولارا للأوقية بحلول الساعة 0928 بتوقيت جرينتش.")]
    [InlineData("وانخفض سعر الذهب إلى 1093 دولارا للأوقية في الساعة 13.47 بتوقيت جرينتش.")]
    public void A_number_after_the_hour_is_a_time_of_day_not_a_count(string text) =>
        Assert.Equal([1093], QuantityFinder.Find(text).Select(q => q.Value));

    [Fact]
    public void Hours_counted_are_still_a_duration()
    {
        Assert.Equal(Dimension.Duration, Single("واستمر الاجتماع 3 ساعات في مقر الوزارة.").Dimension);
    }

    [Fact]
    public void A_fraction_without_a_scale_word_is_no_number()
    {
        Assert.Empty(QuantityFinder.Find("وغادر نصف الحضور القاعة قبل نهاية الكلمة."));
    }

    [Fact]
    public void The_number_heading_a_line_of_a_list_is_no_count()
    {
        const string text = "وتضمنت القرارات ما يلي:\n3- تعيين عادل عارف على وظيفة سفير بوزارة الخارجية.\n 4. نقل 12 موظفا إلى الفرع الجديد.\n5) إنشاء مكتب في جدة.";

        Assert.Equal([12], QuantityFinder.Find(text).Select(q => q.Normalized));
    }

    [Theory]
    [InlineData("وقالت الشرطة:\n3 قتلى في الحادث.", 3)]
    [InlineData("\n15 - 20 شخصا أصيبوا في الحادث.", 15)]
    public void A_number_at_the_head_of_a_line_without_a_list_mark_is_still_read(string text, double first) =>
        Assert.Equal(first, QuantityFinder.Find(text)[0].Normalized);

    [Fact]
    public void A_percentage_after_a_figure_and_wa_is_a_figure_of_its_own()
    {
        var quantities = QuantityFinder.Find("وبلغت الأرباح 1.5 مليون ريال و3% من المبيعات.");

        Assert.Equal([1_500_000, 3], quantities.Select(q => q.Normalized));
    }

    [Fact]
    public void A_number_written_around_reh_is_the_same_number_as_written_with_a_point()
    {
        Assert.Equal(
            Single("وارتفع الإنتاج إلى 6.935 مليون برميل يومياً في الشهر الماضي.").Normalized,
            Single("وارتفع الإنتاج إلى 935ر6 مليون برميل يومياً في الشهر الماضي.").Normalized);
    }

    [Theory]
    [InlineData("وأحال النائب العام واحد وأربعين متهماً إلى المحكمة.", 41, "واحد وأربعين")]
    [InlineData("وأحال النائب العام واحدا وعشرين متهماً إلى المحكمة.", 21, "واحدا وعشرين")]
    [InlineData("ويمثل إنتاج الدول الاثنتي عشرة الأعضاء في المنظمة أعلى مستوياته.", 12, "الاثنتي عشرة")]
    [InlineData("وشارك اثنا عشر فريقاً في البطولة.", 12, "اثنا عشر")]
    [InlineData("وشاركت الفرق الثلاث عشرة في البطولة.", 13, "الثلاث عشرة")]
    [InlineData("ويتمتع بخبرة مصرفية امتدت لواحد وعشرين عاماً في القطاع.", 21, "لواحد وعشرين عاماً")]
    [InlineData("وضبطت بحوزتهم مبالغ تزيد عن الخمسة والعشرين ألف ريال.", 25_000, "الخمسة والعشرين ألف ريال")]
    [InlineData("ووزعت الجمعية المساعدات على الثلاثة والثلاثين حياً في المدينة.", 33, "الثلاثة والثلاثين")]
    public void Compounds_with_one_and_cardinal_teens_with_the_article_are_read_whole(string text, double value, string written)
    {
        var quantity = Single(text);
        Assert.Equal((value, written), (quantity.Value, quantity.Text));
    }

    [Fact]
    public void One_alone_an_ordinal_teen_and_during_are_no_counts()
    {
        // «واحد» alone is rarely a count; «الخامسة عشرة» is the fifteenth; «أثناء» (during) keys as «اثنا» of «اثنا عشر».
        Assert.Empty(QuantityFinder.Find("وهو واحد من أهم المشاريع في المنطقة."));
        Assert.Empty(QuantityFinder.Find("وفاز في النسخة الخامسة عشرة من البطولة."));
        Assert.Empty(QuantityFinder.Find("وتحدث إلى الطلاب أثناء سيره في حرم الجامعة."));
    }

    [Theory]
    [InlineData("وتخطط الشركة لبيع 50-55 ألف سيارة سنوياً.")]
    [InlineData("وتخطط الشركة لبيع 55-50 ألف سيارة سنوياً.")]
    public void A_scale_word_after_a_range_of_digits_is_no_thousand_of_its_own(string text) =>
        Assert.DoesNotContain(QuantityFinder.Find(text), q => q.Text == "ألف");

    [Theory]
    [InlineData("ابتداءً من يوم الثلاثاء 26- 10- 1436ه حتى نهاية دوام يوم الأحد.")]
    [InlineData("حتى نهاية دوام يوم الأحد 1 / 11 / 1436ه لاستكمال المطابقة.")]
    [InlineData("المعلنة بتاريخ 4 – 9 - 1436ه في موقع الوزارة.")]
    [InlineData("وصدر القرار في 2015 / 8 / 3 بعد الاجتماع.")]
    public void The_parts_of_a_date_set_in_digits_with_spaces_are_no_counts(string text) =>
        Assert.Empty(QuantityFinder.Find(text));

    [Fact]
    public void Numbers_joined_by_a_dash_that_make_no_date_are_still_read()
    {
        // A score and a range of years: neither has the day, month and four-digit year of a date.
        Assert.Equal([3.0, 1.0], QuantityFinder.Find("وانتهت المباراة بنتيجة 3 - 1 لصالح الفريق الضيف.").Select(q => q.Value));
        Assert.Equal([12.0, 15.0], QuantityFinder.Find("وأصيب 12 - 15 شخصاً في الحادث.").Select(q => q.Value));
    }

    [Theory]
    [InlineData("بدأ الصيادون رحلة الصيد الساعة 9 صباحا حتى 6 مساء، وانتزع المركز الأول أحدهم.")]
    [InlineData("بدأ الصيادون رحلة الصيد الساعة تسع صباحا حتى السادسة مساء.")]
    [InlineData("ويستقبل المعرض زواره يومياً من 10 صباحاً إلى 11 ليلاً.")]
    [InlineData("وجاءت التعديلات في نقل حدود المركز الانتخابي رقم \"311\" بمدرسة سلمة المتوسطة.")]
    [InlineData("وصدر القرار برقم 1046 وتاريخه في الشهر الماضي.")]
    public void Hours_of_the_clock_and_numbers_that_name_things_are_no_counts(string text) =>
        Assert.Empty(QuantityFinder.Find(text));

    [Theory]
    [InlineData("وقتل 3 مساء أمس في هجوم على نقطة تفتيش.", 3)]
    [InlineData("وأصيب 12 شخصاً صباح الخميس في الحادث.", 12)]
    [InlineData("وبلغ عدد المراكز 1046 مركزاً في المنطقة.", 1046)]
    public void A_count_before_a_part_of_a_named_day_or_without_a_label_is_still_read(string text, double value) =>
        Assert.Equal(value, Single(text).Value);
}

