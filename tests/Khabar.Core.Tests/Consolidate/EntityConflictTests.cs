using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Text;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>Conflicts of who and where: one statement told of two persons, places or organisations by two outlets.</summary>
public class EntityConflictTests
{
    [Fact]
    public void Two_outlets_placing_one_event_in_two_cities_are_a_place_conflict_with_each_city_on_its_side()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "استشهاد رقيب في حرس الحدود أصيب بمقذوف عسكري في نجران."),
            Article("b", "ofoq", "2025-03-10", "استشهاد رقيب في حرس الحدود أصيب بمقذوف عسكري في جازان."));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.About);
        Assert.False(conflict.About.IsClaim());
        Assert.Equal(
            [("جازان", "b"), ("نجران", "a")],
            conflict.Sides.Select(s => (s.Value, Assert.Single(s.Sources))).OrderBy(s => s.Value, StringComparer.Ordinal));
        Assert.Equal(FactStatus.Conflict, Assert.Single(story.Facts, f => f.Id == conflict.Fact).Status);
        Assert.DoesNotContain(story.Facts, f => f.Status == FactStatus.Corroborated);
    }

    [Fact]
    public void Two_one_sentence_briefs_that_are_near_duplicates_conflict_in_the_one_name_they_change()
    {
        // The near duplicate is the whole brief: nothing is copied beside the sentence, so the changed city is what the
        // second outlet tells otherwise, not house style.
        var story = Parts.Consolidator.Consolidate(
            [
                Article("a", "sada", "2025-03-10", "مسرحية تعالج التعصب في الملاعب لنزلاء مجمع الأمل بجازان"),
                Article("b", "ofoq", "2025-03-10", "مسرحية تعالج التعصب في الملاعب لنزلاء مجمع الأمل بنجران"),
            ],
            reuse: [],
            duplicates: [StoryLink.Between("a", "b", LinkKind.NearDuplicate, 0.9, 0.8)]);

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.About);
        Assert.Equal(["جازان", "نجران"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_one_sentence_briefs_that_are_near_duplicates_naming_a_group_two_ways_are_house_style()
    {
        var story = Parts.Consolidator.Consolidate(
            [
                Article("a", "sada", "2025-03-10", "مقتل 5 من عناصر داعش في غارة جوية على ريف الرقة"),
                Article("b", "ofoq", "2025-03-10", "مقتل 5 من عناصر تنظيم الدولة الإسلامية في غارة جوية على ريف الرقة"),
            ],
            reuse: [],
            duplicates: [StoryLink.Between("a", "b", LinkKind.NearDuplicate, 0.9, 0.8)]);

        Assert.DoesNotContain(story.Conflicts, c => c.About == ConflictKind.Organization);
    }

    [Fact]
    public void Near_duplicates_that_say_more_than_the_sentence_keep_a_changed_name_as_house_style()
    {
        const string Rest = "وحضر العرض عدد من المسؤولين وأولياء الأمور. وأشاد الحضور بأداء الممثلين وبالرسالة التي حملها العمل.";
        var story = Parts.Consolidator.Consolidate(
            [
                Article("a", "sada", "2025-03-10", "مسرحية تعالج التعصب في الملاعب لنزلاء مجمع الأمل بجازان. " + Rest),
                Article("b", "ofoq", "2025-03-10", "مسرحية تعالج التعصب في الملاعب لنزلاء مجمع الأمل بنجران. " + Rest),
            ],
            reuse: [],
            duplicates: [StoryLink.Between("a", "b", LinkKind.NearDuplicate, 0.9, 0.8)]);

        Assert.DoesNotContain(story.Conflicts, c => c.About == ConflictKind.Place);
    }

    [Fact]
    public void Two_outlets_giving_one_saying_to_two_persons_are_a_person_conflict()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "رئيس الوزراء إبراهيم محلب: لا تهاون في الدفاع عن أمن مصر واستقرارها."),
            Article("b", "ofoq", "2025-03-10", "الرئيس عبد الفتاح السيسي: لا تهاون في الدفاع عن أمن مصر واستقرارها."));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Person, conflict.About);
        Assert.Equal(2, conflict.Sides.Count);
    }

    [Theory]
    [InlineData("اليمن: مقتل 12 من المتمردين بغارة للتحالف على صعدة", "اليمن: مقتل 12 من المتمردين بغارة للتحالف على الحديدة", "صعدة", "الحديدة")]
    [InlineData("الشرطة تعثر على السيارة المسروقة في حي شعبي بالدمام", "الشرطة تعثر على السيارة المسروقة في حي شعبي بتبوك", "الدمام", "تبوك")]
    [InlineData("الوزارة تبدأ تطبيق النظام الجديد للمرور بشكل فعلي في صعدة", "الوزارة تبدأ تطبيق النظام الجديد للمرور في الحديدة", "صعدة", "الحديدة")] // «فعلي» is no «علي»
    public void Two_one_line_reports_naming_two_listed_places_the_tagger_misses_are_a_place_conflict(string a, string b, string placeA, string placeB)
    {
        var story = Consolidated(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.About);
        Assert.Equal(
            [(placeA, "a"), (placeB, "b")],
            conflict.Sides.Select(s => (s.Value, Assert.Single(s.Sources))).OrderBy(s => s.Item2, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("محكمة بريطانية تمنع أربعة مشجعين لنادي تشيلسي من دخول الملاعب بسبب العنصرية", "محكمة فرنسية تمنع أربعة مشجعين لنادي تشيلسي من دخول الملاعب بسبب العنصرية", "بريطانية", "فرنسية")]
    [InlineData("وفاة تسعة وإصابة 41 في حادث حافلة معتمرين يمنيين قرب الحدود", "وفاة تسعة وإصابة 41 في حادث حافلة معتمرين عمانيين قرب الحدود", "يمنيين", "عمانيين")]
    [InlineData("الفيلم الإيطالي «ظلال المدينة» يفوز بجائزة لجنة التحكيم في المهرجان", "الفيلم الألماني «ظلال المدينة» يفوز بجائزة لجنة التحكيم في المهرجان", "الإيطالي", "الألماني")]
    public void Two_outlets_giving_one_event_two_nationalities_are_a_place_conflict(string a, string b, string adjectiveA, string adjectiveB)
    {
        var story = Consolidated(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.About);
        Assert.Equal(
            [(adjectiveA, "a"), (adjectiveB, "b")],
            conflict.Sides.Select(s => (s.Value, Assert.Single(s.Sources))).OrderBy(s => s.Item2, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("استشهاد رقيب في حرس الحدود السعودي أصيب بمقذوف عسكري في نجران.", "استشهاد رقيب في حرس الحدود أصيب بمقذوف عسكري في جازان.")]
    [InlineData("استشهاد رقيب في حرس الحدود أصيب بمقذوف عسكري أطلقته ميليشيا يمنية في نجران.", "استشهاد رقيب في حرس الحدود أصيب بمقذوف عسكري أطلقته ميليشيا في جازان.")]
    public void A_nationality_one_outlet_adds_to_the_same_names_does_not_hide_a_conflict_of_names(string a, string b)
    {
        // The two differ in the city; «السعودي», «يمنية» are written on one side only and are no second difference.
        var story = Consolidated(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.About);
        Assert.Equal(["جازان", "نجران"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_word_whose_form_is_a_capital_is_no_nationality()
    {
        // «الرياضية» (sport) has the form of «الرياض»: only countries' names are read from an adjective.
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "ذكرت الصحف الرياضية أن ريال مدريد يقترب من التعاقد مع مدافع جديد هذا الأسبوع"),
            Article("b", "ofoq", "2025-03-10", "ذكرت الصحف الإسبانية أن ريال مدريد يقترب من التعاقد مع مدافع جديد هذا الأسبوع"));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsName());
    }

    [Fact]
    public void A_country_one_outlet_names_and_the_other_gives_as_an_adjective_is_the_same_place()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "محكمة في بريطانيا تمنع أربعة مشجعين لنادي تشيلسي من دخول الملاعب بسبب العنصرية"),
            Article("b", "ofoq", "2025-03-10", "محكمة بريطانية تمنع أربعة مشجعين لنادي تشيلسي من دخول الملاعب بسبب العنصرية"));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsName());
    }

    [Fact]
    public void A_country_named_by_its_capital_is_the_same_place()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "الولايات المتحدة قد تتخذ خطوات إضافية للدفاع عن القوات المعارضة التي دربتها في سوريا."),
            Article("b", "ofoq", "2025-03-10", "واشنطن قد تتخذ خطوات إضافية للدفاع عن القوات المعارضة التي دربتها في سوريا."));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsName());
    }

    [Fact]
    public void A_place_the_other_outlet_names_by_its_adjective_is_still_named()
    {
        // إيران on one side and «الإيراني» on the other; the Saudi side by its capital on one and its adjective on the other.
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "الموقف السعودي من الاتفاق النووي مع إيران يثير اهتمام وسائل الإعلام الأمريكية والأوروبية."),
            Article("b", "ofoq", "2025-03-10", "موقف الرياض من الاتفاق النووي الإيراني يثير اهتمام وسائل الإعلام الأمريكية والأوروبية."));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsName());
    }

    [Fact]
    public void A_name_inside_the_other_outlets_longer_name_is_no_other_place()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "وزير الصحة يزور المصابين في حادث الاعتداء على مسجد الطوارئ في عسير."),
            Article("b", "ofoq", "2025-03-10", "وزير الصحة يزور المصابين في حادث الاعتداء على مسجد قوات الطوارئ في عسير."));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsName());
    }

    [Fact]
    public void Later_sentences_that_differ_in_a_name_are_left_alone()
    {
        // Lists of winners, datelines and reprints edited to a house style differ in one name below the lead.
        const string Lead = "اختتام دورة الألعاب الخليجية للشباب في الدوحة بمشاركة ستة منتخبات.";
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", Lead + " وحقق اللاعب عبدالمحسن الرشيد الميدالية الذهبية في منافسات تنس الطاولة للشباب."),
            Article("b", "ofoq", "2025-03-10", Lead + " وحقق اللاعب أحمد الفادن الميدالية الذهبية في منافسات تنس الطاولة للشباب."));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsName());
    }

    [Fact]
    public void Datelines_of_two_cities_say_nothing_that_could_conflict()
    {
        var story = Consolidated(
            Article("a", "sada", "2015-08-10", "جدة 25 شوال 1436 ه الموافق 10 اغسطس 2015 م واس"),
            Article("b", "ofoq", "2015-08-10", "أملج 25 شوال 1436 ه الموافق 10 اغسطس 2015 م واس"));

        Assert.DoesNotContain(story.Conflicts, c => c.About.IsName());
    }

    [Fact]
    public void Two_copies_of_one_wire_text_differing_in_a_name_are_house_style_not_a_conflict()
    {
        StoryArticle[] articles =
        [
            Article("a", "sada", "2025-03-10", "وتبنى تنظيم الدولة الإسلامية غالبية الهجمات على المواقع الحدودية. وقال مسؤولون إن الحكومة عازمة على التصدي للمقاتلين بكل حزم."),
            Article("b", "ofoq", "2025-03-10", "وتبنى تنظيم داعش غالبية الهجمات على المواقع الحدودية. وقال مسؤولون إن الحكومة عازمة على التصدي للمقاتلين بكل حزم."),
        ];
        var second = articles.Select(a => a.Article.CleanText.IndexOf("وقال", StringComparison.Ordinal)).ToArray();
        var copy = new ReusePair("a", "b", 0.9,
            [new Khabar.Core.Reuse.ReusePassage(new TextExtent(second[0], articles[0].Article.CleanText.Length - second[0]), new TextExtent(second[1], articles[1].Article.CleanText.Length - second[1]), 1)]);

        Assert.Contains(Consolidated(articles).Conflicts, c => c.About == ConflictKind.Organization);
        Assert.DoesNotContain(Parts.Consolidator.Consolidate(articles, reuse: [copy], duplicates: []).Conflicts, c => c.About.IsName());
    }

    private static ConsolidatedStory TwoBriefs(string a, string b) => Parts.Consolidator.Consolidate(
        [Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b)],
        reuse: [],
        duplicates: [StoryLink.Between("a", "b", LinkKind.NearDuplicate, 0.9, 0.8)]);

    [Fact]
    public void A_changed_city_is_a_conflict_even_where_a_word_of_the_sentence_shares_its_letters()
    {
        // «الرياضي» (of sport) and «بالرياض» share their match form: read by where the words stand, the one run the briefs
        // change is the city.
        var story = TwoBriefs(
            "ندوة عن الإعلام الرياضي ينظمها نادي الضباط بالرياض",
            "ندوة عن الإعلام الرياضي ينظمها نادي الضباط بالدمام");

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.About);
        Assert.Equal(["الدمام", "الرياض"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_countries_told_by_their_adjectives_in_one_place_of_two_briefs_are_a_place_conflict()
    {
        var story = TwoBriefs(
            "خادم الحرمين يبعث برقية تهنئة للرئيس الإكوادوري بذكرى استقلال بلاده",
            "خادم الحرمين يبعث برقية تهنئة للرئيس الكولومبي بذكرى استقلال بلاده");

        Assert.Equal(ConflictKind.Place, Assert.Single(story.Conflicts).About);
    }

    [Fact]
    public void Places_read_from_a_changed_run_are_shown_without_what_stands_before_their_article()
    {
        // «للبنان» is «ل» + «لبنان», «للأردن» is «ل» + «الأردن».
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "وصول طائرة مساعدات طبية عاجلة للبنان وسوريا من مركز الإغاثة"),
            Article("b", "ofoq", "2025-03-10", "وصول طائرة مساعدات طبية عاجلة للأردن والعراق من مركز الإغاثة"));

        var conflict = Assert.Single(story.Conflicts, c => c.About.IsName());
        Assert.Equal(["الأردن والعراق", "لبنان وسوريا"], conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_places_for_two_others_in_one_place_of_two_leads_are_a_place_conflict()
    {
        // Each lead names two places the other does not, so no one name is told apart; the one run the leads change is
        // wholly places, so it is.
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "توزيع خمسين ألف سلة غذائية على الأسر المحتاجة في مأرب وشبوة"),
            Article("b", "ofoq", "2025-03-10", "توزيع خمسين ألف سلة غذائية على الأسر المحتاجة في تعز ولحج"));

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.About);
        Assert.Equal(2, conflict.Sides.Count);
    }

    [Theory]
    [InlineData("قال رئيس الوزراء الماليزي نجيب عبد الرزاق إن بلاده ستبيع أصول صندوق التنمية المثقل بالديون",
        "قال رئيس الوزراء الماليزي نجيب عبدالرزاق إن بلاده ستبيع أصول صندوق التنمية المثقل بالديون")]
    [InlineData("تحطم طائرة خاصة مسجلة في المملكة عند هبوطها في مطار بلاكبوش في بريطانيا اليوم الجمعة",
        "تحطم طائرة خاصة مسجلة في المملكة عند هبوطها في مطار بلاكبوش ببريطانيا مساء أمس")]
    public void One_name_written_two_ways_is_no_conflict(string a, string b) =>
        Assert.DoesNotContain(TwoBriefs(a, b).Conflicts, c => c.About.IsName());

    [Theory]
    [InlineData("وزير الصحة يعود مصابي حادث الطريق الدولي في مستشفى الملك فهد", "وزير الصحة يزور مصابي حادث الطريق الدولي في مستشفى الملك فهد")]
    [InlineData("Zain الأولى بين شركات الاتصالات في عدد المشتركين الجدد", "زين السعودية تتصدر شركات الاتصالات في عدد المشتركين الجدد")]
    public void A_reworded_run_that_is_not_wholly_a_name_is_no_conflict(string a, string b) =>
        Assert.DoesNotContain(Consolidated(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b)).Conflicts, c => c.About.IsName());

    [Fact]
    public void A_name_in_Latin_letters_against_another_body_in_Arabic_is_a_conflict()
    {
        // Not an acronym, and it does not sound as the other: two companies, whatever their scripts.
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "أعلنت Google إطلاق خدمة جديدة للبريد الإلكتروني في دول الشرق الأوسط"),
            Article("b", "ofoq", "2025-03-10", "أعلنت مايكروسوفت إطلاق خدمة جديدة للبريد الإلكتروني في دول الشرق الأوسط"));

        Assert.Equal(ConflictKind.Organization, Assert.Single(story.Conflicts, c => c.About.IsName()).About);
    }

    [Theory]
    // a name in Latin letters against one in Arabic: one company in two scripts
    [InlineData("«STC» تتصدر شركات الاتصالات الخليجية في أرباح الربع الثاني من العام", "«الاتصالات السعودية» تتصدر شركات الاتصالات الخليجية في أرباح الربع الثاني من العام")]
    [InlineData("أعلنت Google إطلاق خدمة جديدة للبريد الإلكتروني في دول الشرق الأوسط", "أعلنت غوغل إطلاق خدمة جديدة للبريد الإلكتروني في دول الشرق الأوسط")]
    // a word that says what kind of body or place, against the name
    [InlineData("أعلنت الشركة خفض أسعار الوقود في محطاتها بدءا من الشهر المقبل", "أعلنت أرامكو خفض أسعار الوقود في محطاتها بدءا من الشهر المقبل")]
    [InlineData("أمطار غزيرة وسيول تجتاح المنطقة وتغلق عددا من الطرق الرئيسية", "أمطار غزيرة وسيول تجتاح جازان وتغلق عددا من الطرق الرئيسية")]
    public void A_run_that_is_one_name_told_another_way_is_no_conflict(string a, string b) =>
        Assert.DoesNotContain(Consolidated(Article("a", "sada", "2025-03-10", a), Article("b", "ofoq", "2025-03-10", b)).Conflicts, c => c.About.IsName());

    [Theory]
    [InlineData("بالرياض", "رياض")]
    [InlineData("فرنسا", "فرنس")]
    [InlineData("الإيراني", "ايران")]
    [InlineData("للسعودية", "سعود")]
    [InlineData("روسيا", "روس")]
    [InlineData("اليمنيين", "يمن")]
    public void A_word_is_compared_without_its_article_and_adjective_ending(string word, string form) =>
        Assert.Contains(form, EntityConflicts.Forms(word));

    [Fact]
    public void A_one_letter_proclitic_is_peeled_only_where_a_name_is_looked_for()
    {
        // فرنسا begins with what could be the conjunction ف: a name keeps it, so France stays France.
        Assert.DoesNotContain("رنس", EntityConflicts.Forms("فرنسا"));
        Assert.Contains("جازان", EntityConflicts.Forms("بجازان", everyReading: true));
    }

    [Fact]
    public void A_capitals_line_without_its_country_is_refused_naming_the_list() =>
        Assert.Contains("capitals.txt", Assert.Throws<FormatException>(() => Capitals.Parse(["واشنطن"])).Message, StringComparison.Ordinal);
}
