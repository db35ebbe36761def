using Khabar.Core.Entities;

namespace Khabar.Core.Tests.Entities;

public class EntityResolverTests
{
    private static EntityMention M(EntityType type, string text, string? role = null) => new(type, 0, text.Length, text, role);

    private static IReadOnlyList<Entity> Resolve(params (string Article, EntityMention[] Mentions)[] articles) =>
        new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, Gazetteer.Default).Resolve(articles.Select(a => (a.Article, (IReadOnlyList<EntityMention>)a.Mentions)));

    private static Entity Holding(IReadOnlyList<Entity> entities, string variant) =>
        entities.Single(e => e.Variants.Contains(variant));

    [Fact]
    public void Short_forms_spellings_and_latin_join_the_full_name_with_its_role()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Person, "سيرغي شويغو", "وزير الدفاع الروسي"), M(EntityType.Person, "شويغو")]),
            ("b", [M(EntityType.Person, "سيرجي شويجو"), M(EntityType.Person, "شويجو")]),
            ("c", [M(EntityType.Person, "Shoigu")]));

        var shoigu = Assert.Single(entities);
        Assert.Equal(EntityType.Person, shoigu.Type);
        Assert.Equal("وزير الدفاع الروسي", shoigu.Role);
        Assert.Equal("Shoigu", shoigu.Latin);
        Assert.Equal(2, shoigu.Name.Split(' ').Length);
        Assert.Equal(["a", "b", "c"], shoigu.Sources);
        Assert.Equal(5, shoigu.Mentions.Count);
    }

    [Theory]
    [InlineData("محمود عباس", "محمد عباس")]
    [InlineData("سعيد الغامدي", "سعد الغامدي")]
    [InlineData("حامد الحربي", "حميد الحربي")]
    public void Two_arabic_given_names_a_long_vowel_apart_are_two_persons(string one, string other)
    {
        var entities = Resolve(("a", [M(EntityType.Person, one)]), ("b", [M(EntityType.Person, other)]));

        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_given_name_takes_no_latin_name_of_its_sibling()
    {
        // The Latin list's «Mahmoud Abbas» has محمد عباس's consonants, not his name.
        var entities = Resolve(("a", [M(EntityType.Person, "محمود عباس")]), ("b", [M(EntityType.Person, "محمد عباس")]));

        Assert.Equal("Mahmoud Abbas", Holding(entities, "محمود عباس").Latin);
        Assert.NotEqual("Mahmoud Abbas", Holding(entities, "محمد عباس").Latin);
    }

    [Theory]
    [InlineData("ومحمد عيد", "محمد عيد")]
    [InlineData("ونواف العابد", "نواف العابد")]
    [InlineData("وعبدالرحمن الشمري", "عبدالرحمن الشمري")]
    [InlineData("لخافيير بارديم", "خافيير بارديم")]
    [InlineData("وليد المعلم", "وليد المعلم")] // a name in «و» as written
    [InlineData("واين روني", "واين روني")]
    [InlineData("ووليد باخشوين", "وليد باخشوين")]
    public void A_person_named_only_after_a_glued_conjunction_is_shown_without_it(string written, string shown)
    {
        // A line-up («… وعمر هوساوي ومحمد عيد»): the name is never written in the story without the «و».
        var entity = Assert.Single(Resolve(("a", [M(EntityType.Person, written)])));

        Assert.Equal(shown, entity.Name);
        Assert.Contains(written, entity.Variants);
    }

    [Fact]
    public void A_name_shown_without_its_glued_conjunction_is_romanized_without_it()
    {
        var entity = Assert.Single(Resolve(("a", [M(EntityType.Person, "ومحمد عيد")])));

        Assert.StartsWith("M", entity.Latin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_keeps_a_first_letter_that_a_person_would_lose()
    {
        // بعبدا (Baabda) is not «ب» + a name in «عبد», though a person so written would lose the «ب».
        Assert.Equal("بعبدا", Assert.Single(Resolve(("a", [M(EntityType.Location, "بعبدا")]))).Name);
        Assert.Equal("عبدا", Assert.Single(Resolve(("a", [M(EntityType.Person, "بعبدا")]))).Name);
    }

    [Fact]
    public void A_glued_conjunction_goes_with_its_vowel_mark()
    {
        Assert.Equal("محمد عيد", Assert.Single(Resolve(("a", [M(EntityType.Person, "وَمحمد عيد")]))).Name);
    }

    [Fact]
    public void A_foreign_name_spelt_with_a_long_vowel_more_is_still_one_person()
    {
        var entities = Resolve(("a", [M(EntityType.Person, "ستيفن فلتشر")]), ("b", [M(EntityType.Person, "ستيفان فلتشر")]));

        Assert.Single(entities);
    }

    [Fact]
    public void A_person_whose_name_begins_with_an_organisation_word_is_an_organisation_and_places_stay_places()
    {
        // Names no list knows: the type comes from the organisation word, not from the lists.
        var entities = Resolve(
            ("a", [M(EntityType.Person, "شركة بن زامل للمقاولات"), M(EntityType.Person, "حسين بن زامل"), M(EntityType.Location, "جمعية الوادي الأخضر")]),
            ("b", [M(EntityType.Person, "حسين بن زامل")]));

        Assert.Equal(EntityType.Organization, Holding(entities, "شركة بن زامل للمقاولات").Type);
        Assert.Equal(EntityType.Person, Holding(entities, "حسين بن زامل").Type);
        Assert.Equal(EntityType.Location, Holding(entities, "جمعية الوادي الأخضر").Type);
    }

    [Fact]
    public void A_short_form_the_story_uses_alone_is_cut_from_the_common_word_the_tagger_ran_it_into()
    {
        const string Text = "التقى كيم جونغ أون أمس. وقال كيم جونغ أون إن كيم سيعود. وقال كيم أيضاً إن طموحات كيم النووية باقية، وغادر كيم ثم عاد كيم.";
        // Each name with the space before it, as a tagger's extent may start: offsets must still meet the text.
        EntityMention At(string name, int nth = 0)
        {
            var start = -1;
            for (var i = 0; i <= nth; i++)
            {
                start = Text.IndexOf(" " + name, start + 1, StringComparison.Ordinal);
            }

            return new EntityMention(EntityType.Person, start, name.Length + 1, " " + name);
        }

        var mentions = new[]
        {
            At("كيم جونغ أون"), At("كيم جونغ أون", 1), At("كيم أيضاً"), At("كيم النووية"),
            new EntityMention(EntityType.Person, Text.IndexOf("كيم سيعود", StringComparison.Ordinal), 3, "كيم"),
            new EntityMention(EntityType.Person, Text.IndexOf("كيم ثم", StringComparison.Ordinal), 3, "كيم"),
            new EntityMention(EntityType.Person, Text.LastIndexOf("كيم", StringComparison.Ordinal), 3, "كيم"),
        };
        var entities = Resolve(("a", mentions));

        var person = Assert.Single(entities);
        Assert.Equal(7, person.Mentions.Count);
        Assert.All(person.Mentions, m => Assert.Equal(m.Text, Text.Substring(m.Start, m.Length)));
        var cut = person.Mentions.Where(m => m.Start == Text.IndexOf("كيم أيضاً", StringComparison.Ordinal) || m.Start == Text.IndexOf("كيم النووية", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(person.Mentions, m => m.Text.Contains("النووية", StringComparison.Ordinal) || m.Text.Contains("أيضاً", StringComparison.Ordinal));
        Assert.Equal(2, cut.Count);
        Assert.All(cut, m => Assert.Equal(("كيم", 3), (m.Text, m.Length)));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)] // a pair the story names twice is a name of its own
    public void Two_known_peoples_short_forms_run_together_are_two_mentions(int pairs, bool split)
    {
        const string Pair = "كيم بوتين";
        var entities = Resolve(("a", [
            .. Enumerable.Repeat(M(EntityType.Person, "كيم جونغ أون"), 2),
            .. Enumerable.Repeat(M(EntityType.Person, "فلاديمير بوتين"), 2),
            .. Enumerable.Repeat(M(EntityType.Person, "كيم"), 3),
            .. Enumerable.Repeat(M(EntityType.Person, "بوتين"), 3),
            .. Enumerable.Repeat(new EntityMention(EntityType.Person, 10, Pair.Length, Pair), pairs)]));

        Assert.Equal(split, !entities.Any(e => e.Variants.Contains(Pair)));
        if (split)
        {
            var kim = entities.Single(e => e.Variants.Contains("كيم جونغ أون"));
            var putin = entities.Single(e => e.Variants.Contains("فلاديمير بوتين"));
            Assert.Contains(kim.Mentions, m => (m.Start, m.Length) == (10, 3));
            Assert.Contains(putin.Mentions, m => (m.Start, m.Length) == (14, 5));
        }
    }

    [Theory]
    [InlineData("نيكولاي يفمينوف", true)]
    [InlineData("جونغ يفمينوف", false)] // a word of the known name: the run may be that name's own
    public void A_name_run_into_a_known_persons_short_form_that_begins_their_name_is_two_mentions(string name, bool split)
    {
        // «وأطلع الأدميرال نيكولاي يفمينوف كيم على قدرات السفينة»: the admiral showed Kim the ship.
        var run = name + " كيم";
        var entities = Resolve(("a", [
            .. Enumerable.Repeat(M(EntityType.Person, "كيم جونغ أون"), 2),
            .. Enumerable.Repeat(M(EntityType.Person, "كيم"), 3),
            new EntityMention(EntityType.Person, 20, run.Length, run, "الأدميرال")]));

        Assert.Equal(split, !entities.Any(e => e.Variants.Contains(run)));
        if (split)
        {
            var admiral = Holding(entities, name);
            Assert.Equal("الأدميرال", admiral.Role);
            Assert.Equal((20, name.Length), (admiral.Mentions[0].Start, admiral.Mentions[0].Length));
            var kim = Holding(entities, "كيم جونغ أون");
            Assert.Contains(kim.Mentions, m => (m.Start, m.Length, m.Text) == (20 + name.Length + 1, 3, "كيم"));
        }
    }

    [Theory]
    [InlineData("سلمان بن عبدالعزيز آل سعود", "سعود الفيصل", null)] // the family after آل
    [InlineData("هيلاري رودهام كلينتون", "كلينتون جيب بوش", "هيلاري كلينتون")] // another name of the story ends with it
    [InlineData("تشونغ مونغ جون", "جون نائب", null)] // the "known person" it begins is a name run into a title
    public void A_last_word_that_ends_names_too_stays_on_the_name(string name, string known, string? other)
    {
        var entities = Resolve(("a", [
            .. Enumerable.Repeat(M(EntityType.Person, known), 2),
            .. Enumerable.Repeat(M(EntityType.Person, known.Split(' ')[0]), 3),
            .. other is null ? Array.Empty<EntityMention>() : [M(EntityType.Person, other)],
            M(EntityType.Person, name)]));

        Assert.Contains(entities, e => e.Variants.Contains(name));
    }

    [Fact]
    public void A_family_name_written_last_that_a_known_person_shares_stays_on_the_other_name()
    {
        // Two brothers: the surname ends the known name, so it is no short form run in from the next words.
        var entities = Resolve(("a", [
            .. Enumerable.Repeat(M(EntityType.Person, "جون كينيدي"), 2),
            .. Enumerable.Repeat(M(EntityType.Person, "كينيدي"), 3),
            M(EntityType.Person, "روبرت فرانسيس كينيدي")]));

        Assert.Contains(entities, e => e.Variants.Contains("روبرت فرانسيس كينيدي"));
    }

    [Theory]
    [InlineData(2)] // a short form used alone only twice is not the story's
    [InlineData(3)]
    public void A_family_name_that_is_a_common_word_stays_on_a_given_name_the_story_does_not_use_alone(int alone)
    {
        var entities = Resolve(("a", [
            .. Enumerable.Repeat(M(EntityType.Person, "محمد بن سلمان"), 2),
            .. Enumerable.Repeat(M(EntityType.Person, "سلمان"), alone),
            M(EntityType.Person, "محمد المصري"),
            M(EntityType.Person, "سلمان النووية")]));

        Assert.Contains(entities, e => e.Variants.Contains("محمد المصري"));
        Assert.Equal(alone >= 3, !entities.Any(e => e.Variants.Contains("سلمان النووية")));
    }

    [Theory]
    [InlineData("ووزير المالية", "وزير المالية")]
    [InlineData("والجنرال", "الجنرال")]
    [InlineData("للمتحدث باسم الوزارة", "المتحدث باسم الوزارة")]
    [InlineData("وليد الشيخ", "وليد الشيخ")]
    public void A_role_loses_the_conjunction_or_preposition_written_onto_it(string written, string role)
    {
        var entities = Resolve(("a", [M(EntityType.Person, "هادي العامري", written)]));

        Assert.Equal(role, Assert.Single(entities).Role);
    }

    [Theory]
    [InlineData("السيد")]
    [InlineData("السيدة")]
    [InlineData("السيده")]
    [InlineData("السيّد")]       // honorifics are matched by key: diacritics and ة/ه fold away
    [InlineData("الأستاذ")]
    [InlineData("الاستاذ")]
    [InlineData("الدكتور")]
    [InlineData("د")]
    public void An_honorific_alone_is_no_role(string honorific)
    {
        Assert.Null(Assert.Single(Resolve(("a", [M(EntityType.Person, "هادي العامري", honorific)]))).Role);
    }

    [Fact]
    public void Two_people_sharing_a_first_name_stay_apart_and_the_bare_first_name_joins_neither()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Person, "سيرغي شويغو"), M(EntityType.Person, "سيرجي كوبيلاش"), M(EntityType.Person, "سيرغي")]));

        Assert.Equal(3, entities.Count);
        Assert.NotEqual(Holding(entities, "سيرغي شويغو"), Holding(entities, "سيرجي كوبيلاش"));
        Assert.Single(Holding(entities, "سيرغي").Mentions);
    }

    [Theory]
    [InlineData(EntityType.Location, "كنيفيتشي", "نيفيتشي")]
    [InlineData(EntityType.Location, "سيول", "سيئول")]
    [InlineData(EntityType.Misc, "كينجال", "كينزال")]
    [InlineData(EntityType.Location, "Knevichi", "كنيفيتشي")]
    [InlineData(EntityType.Person, "أوليغ كويمياكو", "أوليغ كوزيمياكو")]
    [InlineData(EntityType.Person, "عبد الفتاح السيسي", "عبدالفتاح السيسي")]
    [InlineData(EntityType.Person, "وعبد الفتاح السيسي", "عبدالفتاح السيسي")]
    public void Spelling_variants_and_transliterations_are_one_entity(EntityType type, string a, string b)
    {
        var entities = Resolve(("x", [M(type, a)]), ("y", [M(type, b)]));

        var entity = Assert.Single(entities);
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), entity.Variants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("إيران", "أوكرانيا")]
    [InlineData("كوريا الشمالية", "كوريا الجنوبية")]
    [InlineData("النمسا", "روسيا")]
    [InlineData("بباريس", "روسيا")]
    [InlineData("السيسي", "السويس")]
    [InlineData("إسرائيل", "الإسماعيلية")]
    [InlineData("آسيا", "فأس")]
    [InlineData("أفريقيا", "أميركا")]
    [InlineData("إفريقيا", "الإمارات")]
    [InlineData("أنخل دي ماريا", "ألمانيا")]
    public void Different_names_with_close_keys_stay_apart(string a, string b)
    {
        var entities = Resolve(("x", [M(EntityType.Location, a), M(EntityType.Location, b)]));

        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void North_and_south_stay_apart_however_the_country_is_written()
    {
        var entities = Resolve(("a",
        [
            M(EntityType.Location, "كوريا الشمالية"), M(EntityType.Location, "وكوريا الشمالية"), M(EntityType.Location, "الكورية الشمالية"),
            M(EntityType.Location, "كوريا"), M(EntityType.Location, "كوريا الجنوبية"), M(EntityType.Location, "لكوريا"),
            M(EntityType.Location, "وكوريا الجنوبية"), M(EntityType.Location, "شبه الجزيرة الكورية"), M(EntityType.Location, "كوريا الشمالية"),
        ]));

        Assert.NotEqual(Holding(entities, "كوريا الشمالية"), Holding(entities, "كوريا الجنوبية"));
        Assert.Equal(Holding(entities, "كوريا الشمالية"), Holding(entities, "الكورية الشمالية"));
        Assert.Equal(Holding(entities, "كوريا الجنوبية"), Holding(entities, "وكوريا الجنوبية"));
    }

    [Fact]
    public void A_place_whose_english_name_is_a_translation_gets_it()
    {
        var entities = Resolve(("a", [M(EntityType.Location, "وكوريا الشمالية"), M(EntityType.Location, "قناة السويس")]));

        Assert.Equal("North Korea", Holding(entities, "وكوريا الشمالية").Latin);
        Assert.Equal("Suez Canal", Holding(entities, "قناة السويس").Latin);
    }

    [Fact]
    public void Names_the_lists_give_one_english_name_are_one_entity_of_one_type()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Location, "الولايات المتحدة"), M(EntityType.Location, "وأمريكا"), M(EntityType.Organization, "حركة المقاومة الإسلامية")]),
            ("b", [M(EntityType.Location, "United States"), M(EntityType.Organization, "حماس"), M(EntityType.Location, "كندا")]));

        var states = Holding(entities, "الولايات المتحدة");
        Assert.Equal(states, Holding(entities, "وأمريكا"));
        Assert.Equal(states, Holding(entities, "United States"));
        Assert.Equal(["a", "b"], states.Sources);
        Assert.Equal(Holding(entities, "حماس"), Holding(entities, "حركة المقاومة الإسلامية"));
        Assert.NotEqual(states, Holding(entities, "كندا"));
        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void An_organisation_named_with_a_descriptor_last_takes_the_english_name_of_the_rest()
    {
        var entities = Resolve(("a", [M(EntityType.Organization, "أسوشيتد برس للأنباء"), M(EntityType.Organization, "مؤسسة النقد للأنباء")]));

        Assert.Equal("Associated Press", Holding(entities, "أسوشيتد برس للأنباء").Latin);
        Assert.Null(Holding(entities, "مؤسسة النقد للأنباء").Latin);
    }

    [Fact]
    public void A_name_written_with_the_preposition_on_its_article_is_shown_with_the_article()
    {
        var entities = Resolve(("a", [M(EntityType.Organization, "للجامعة الفيديرالية"), M(EntityType.Person, "للواء سلمان الجبير")]));

        Assert.Equal("الجامعة الفيديرالية", Holding(entities, "للجامعة الفيديرالية").Name);
        // ل + اللواء is written للواء too: a word the lists do not know with the article keeps what was written.
        Assert.Equal("للواء سلمان الجبير", Holding(entities, "للواء سلمان الجبير").Name);
    }

    [Fact]
    public void Names_translated_alike_but_typed_apart_by_their_mentions_stay_apart()
    {
        var entities = Resolve(("a", [M(EntityType.Location, "الإمارات"), M(EntityType.Person, "دولة الإمارات")]));

        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Model_designations_merge_across_scripts_and_differ_by_number()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Misc, "Tu-160"), M(EntityType.Misc, "Tu-95")]),
            ("b", [M(EntityType.Misc, "توبوليف 160"), M(EntityType.Misc, "وتي.يو-95")]),
            ("c", [M(EntityType.Misc, "تي.يو160")]));

        Assert.Equal(2, entities.Count);
        var tu160 = Holding(entities, "Tu-160");
        Assert.Equal(new[] { "Tu-160", "توبوليف 160", "تي.يو160" }.Order(StringComparer.Ordinal), tu160.Variants.Order(StringComparer.Ordinal));
        Assert.Equal("Tu-160", tu160.Latin);
        Assert.Equal("Tu-95", Holding(entities, "وتي.يو-95").Latin);
        Assert.Equal("توبوليف 160", tu160.Name);
    }

    [Fact]
    public void A_short_form_fitting_a_family_name_and_a_stray_last_word_goes_to_the_most_mentioned()
    {
        var entities = Resolve(("a",
        [
            M(EntityType.Person, "كيم جونغ أون"), M(EntityType.Person, "كيم جونغ أون"), M(EntityType.Person, "كيم"),
            M(EntityType.Person, "نيكولاي يفمينوف كيم"),
        ]));

        Assert.Equal(3, Holding(entities, "كيم جونغ أون").Mentions.Count);
        Assert.Single(Holding(entities, "نيكولاي يفمينوف كيم").Mentions);
    }

    [Fact]
    public void A_known_name_is_shown_without_the_conjunction_written_onto_it()
    {
        var entities = Resolve(("a", [M(EntityType.Location, "وسوريا"), M(EntityType.Location, "وسورية")]));

        Assert.Equal("سوريا", Assert.Single(entities).Name);
    }

    [Fact]
    public void The_name_shown_has_no_proclitic_and_the_type_follows_the_gazetteer()
    {
        var entities = Resolve(("a",
        [
            M(EntityType.Person, "وبيونغ يانغ"), M(EntityType.Person, "لبيونغ يانغ"), M(EntityType.Person, "وبيونغ يانغ"),
            M(EntityType.Location, "بيونغ يانغ"),
        ]));

        var pyongyang = Assert.Single(entities);
        Assert.Equal("بيونغ يانغ", pyongyang.Name);
        Assert.Equal(EntityType.Location, pyongyang.Type);
    }

    [Fact]
    public void Mentions_keep_their_article_and_offsets_and_ids_are_stable()
    {
        var first = Resolve(("a", [new EntityMention(EntityType.Location, 10, 5, "موسكو")]), ("b", [new EntityMention(EntityType.Location, 3, 6, "وموسكو")]));
        var again = Resolve(("a", [new EntityMention(EntityType.Location, 10, 5, "موسكو")]), ("b", [new EntityMention(EntityType.Location, 3, 6, "وموسكو")]));

        var moscow = Assert.Single(first);
        Assert.Equal("e1", moscow.Id);
        Assert.Equal("موسكو", moscow.Name);
        Assert.Equal([new SourcedMention("a", 10, 5, "موسكو"), new SourcedMention("b", 3, 6, "وموسكو")], moscow.Mentions);
        Assert.Equal(moscow, Assert.Single(again), EntityComparer.Instance);
    }

    private sealed class EntityComparer : IEqualityComparer<Entity>
    {
        public static readonly EntityComparer Instance = new();

        public bool Equals(Entity? x, Entity? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Name == y.Name && x.Variants.SequenceEqual(y.Variants) && x.Mentions.SequenceEqual(y.Mentions);

        public int GetHashCode(Entity obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void A_designator_without_its_number_is_the_numbered_one()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Misc, "كوفيد-19"), M(EntityType.Misc, "كوفيد")]),
            ("b", [M(EntityType.Misc, "جيران-25")]));

        Assert.Equal(["a"], Holding(entities, "كوفيد").Sources);
        Assert.Same(Holding(entities, "كوفيد"), Holding(entities, "كوفيد-19"));
        Assert.NotSame(Holding(entities, "كوفيد"), Holding(entities, "جيران-25"));
    }

    [Fact]
    public void A_bare_name_between_two_numbered_models_joins_neither()
    {
        var entities = Resolve(("a", [M(EntityType.Misc, "جيران-25"), M(EntityType.Misc, "جيران-2"), M(EntityType.Misc, "جيران")]));

        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void Organisations_named_with_and_without_their_kind_are_one()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Organization, "وكالة الأنباء المركزية الكورية")]),
            ("b", [M(EntityType.Organization, "الوكالة المركزية الكورية")]),
            ("c", [M(EntityType.Organization, "صحيفة الرياض"), M(EntityType.Location, "الرياض")]));

        var agency = Holding(entities, "الوكالة المركزية الكورية");
        Assert.Same(agency, Holding(entities, "وكالة الأنباء المركزية الكورية"));

        // The bare name joins too, even tagged as another type, when the lists know it as an organisation.
        var ria = Resolve(("a", [M(EntityType.Organization, "وكالة ريا نوفوستي للأنباء"), M(EntityType.Person, "ريا نوفوستي")]));
        Assert.Single(ria);

        // The paper keeps its kind: a name is not its city, and a lone descriptor-free word is left to the short-form rule.
        Assert.NotSame(Holding(entities, "صحيفة الرياض"), Holding(entities, "الرياض"));
    }

    [Fact]
    public void A_person_or_place_with_no_known_latin_name_gets_a_romanization_marked_as_a_guess()
    {
        var entities = Resolve(("a", [M(EntityType.Person, "شابوشنيكوف"), M(EntityType.Location, "موسكو"), M(EntityType.Organization, "الفيديرالية")]));

        var person = Holding(entities, "شابوشنيكوف");
        Assert.True(person.LatinGuessed);
        Assert.Equal(Khabar.Text.Transliterate.NameKey.Of("شابوشنيكوف"), Khabar.Text.Transliterate.NameKey.Of(person.Latin!));

        // A name the lists know keeps the lists' spelling; an organisation is not guessed at.
        Assert.Equal(("Moscow", false), (Holding(entities, "موسكو").Latin, Holding(entities, "موسكو").LatinGuessed));
        Assert.Null(Holding(entities, "الفيديرالية").Latin);
    }

    [Fact]
    public void A_place_spelt_with_a_hamza_seat_after_a_long_vowel_takes_the_translation_of_the_plain_spelling()
    {
        // «سيئول» is «سيول» with the seat of a hamza; its name key is too short to find Seoul by sound.
        var entities = Resolve(("a", [M(EntityType.Location, "سيئول"), M(EntityType.Location, "فيينا")]));

        Assert.Equal(("Seoul", false), (Holding(entities, "سيئول").Latin, Holding(entities, "سيئول").LatinGuessed));
        Assert.Equal("Seoul", LatinNames.Default.Translation("وسيئول"));
        Assert.Equal("Vienna", Holding(entities, "فيينا").Latin);
    }

    [Fact]
    public void An_organisation_named_again_by_its_kind_and_an_adjective_joins_the_one_full_name_that_holds_them()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Organization, "الشركة الوطنية للبتروكيماويات الأردنية"), M(EntityType.Organization, "شركة الصناعات الغذائية")]),
            ("b", [M(EntityType.Organization, "الشركة الأردنية")]));

        Assert.Same(Holding(entities, "الشركة الوطنية للبتروكيماويات الأردنية"), Holding(entities, "الشركة الأردنية"));
        Assert.NotSame(Holding(entities, "شركة الصناعات الغذائية"), Holding(entities, "الشركة الأردنية"));
    }

    [Fact]
    public void An_organisation_named_by_its_kind_stays_apart_when_two_full_names_hold_its_words()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Organization, "شركة الكهرباء الأردنية"), M(EntityType.Organization, "شركة المياه الأردنية")]),
            ("b", [M(EntityType.Organization, "الشركة الأردنية")]));

        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void A_designators_bare_name_joins_its_numbered_form_whatever_type_the_tagger_gave_it_but_a_person_does_not()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Location, "سارس")]),
            ("b", [M(EntityType.Misc, "سارس-2"), M(EntityType.Person, "حمد"), M(EntityType.Misc, "حمد 2")]));

        var sars = Holding(entities, "سارس-2");
        Assert.Same(sars, Holding(entities, "سارس"));
        Assert.Equal(EntityType.Misc, sars.Type);
        Assert.NotSame(Holding(entities, "حمد"), Holding(entities, "حمد 2"));
    }

    [Fact]
    public void The_english_name_is_the_full_names_not_a_short_forms_that_names_something_else()
    {
        // «بالجزيرة» (on the peninsula) is also the channel's name in the lists; the entity is the peninsula.
        var entities = Resolve(("a", [M(EntityType.Location, "بالجزيرة"), M(EntityType.Location, "شبه الجزيرة الكورية")]));

        Assert.Equal("Korean Peninsula", Holding(entities, "شبه الجزيرة الكورية").Latin);
    }

    [Fact]
    public void A_place_named_by_its_kind_is_romanized_with_that_kind_in_english()
    {
        var entities = Resolve(("a", [M(EntityType.Location, "مطار كراسنويارسك"), M(EntityType.Location, "جسر كراسنويارسك")]));

        var airport = Holding(entities, "مطار كراسنويارسك");
        Assert.True(airport.LatinGuessed);
        Assert.EndsWith(" Airport", airport.Latin, StringComparison.Ordinal);
        Assert.DoesNotContain(' ', airport.Latin![..^" Airport".Length]);
        Assert.EndsWith(" Bridge", Holding(entities, "جسر كراسنويارسك").Latin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_stays_apart_from_the_airport_named_after_it_and_is_shown_as_the_lists_name_it()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Location, "مطار المكلا الدولي"), M(EntityType.Location, "المكلا"), M(EntityType.Location, "المكلا")]),
            ("b", [M(EntityType.Location, "المكلا"), M(EntityType.Location, "تبوك الغربية"), M(EntityType.Location, "تبوك"), M(EntityType.Location, "تبوك")]));

        Assert.NotSame(Holding(entities, "المكلا"), Holding(entities, "مطار المكلا الدولي"));
        // «تبوك الغربية», once, joins the city the text names three times: the entity is shown as the lists name it.
        Assert.Same(Holding(entities, "تبوك"), Holding(entities, "تبوك الغربية"));
        Assert.Equal("تبوك", Holding(entities, "تبوك").Name);
    }

    [Fact]
    public void A_listed_person_is_shown_without_the_word_a_name_run_took_after_it_but_a_surname_never_replaces_the_full_name()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Person, "باراك أوباما سيرتبط"), M(EntityType.Person, "أوباما")]),
            ("b", [M(EntityType.Person, "باراك أوباما"), M(EntityType.Person, "باراك أوباما"), M(EntityType.Person, "أوباما")]),
            ("c", [M(EntityType.Person, "عادل أحمد الجبير"), M(EntityType.Person, "الجبير"), M(EntityType.Person, "الجبير")]));

        // The fuller form is the listed name and a verb: the listed name, written more often, is shown.
        Assert.Same(Holding(entities, "باراك أوباما"), Holding(entities, "باراك أوباما سيرتبط"));
        Assert.Equal("باراك أوباما", Holding(entities, "باراك أوباما").Name);
        // A surname written more often than the full name does not stand for it.
        Assert.Equal("عادل أحمد الجبير", Holding(entities, "الجبير").Name);
    }

    [Fact]
    public void A_name_no_list_knows_is_the_airport_it_follows_in_the_airports_name()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Location, "مطار زارافشان")]),
            ("b", [M(EntityType.Location, "زارافشان"), M(EntityType.Location, "مطار المكلا الدولي"), M(EntityType.Location, "المكلا")]));

        // «زارافشان» is in no list: the text names the airfield without its kind word.
        Assert.Same(Holding(entities, "زارافشان"), Holding(entities, "مطار زارافشان"));
        // «المكلا», a listed city, stays apart from its airport.
        Assert.NotSame(Holding(entities, "المكلا"), Holding(entities, "مطار المكلا الدولي"));
    }

    [Fact]
    public void A_body_named_again_by_its_kind_joins_it_when_one_word_is_spelt_another_way()
    {
        var entities = Resolve(
            ("a", [M(EntityType.Organization, "جامعة سيبيريا الفيدرالية")]),
            ("b", [M(EntityType.Organization, "الجامعة الفدرالية"), M(EntityType.Organization, "الجامعة الحكومية")]));

        // «الفدرالية» is «الفيدرالية» with one letter less; «الحكومية» is another word.
        Assert.Same(Holding(entities, "جامعة سيبيريا الفيدرالية"), Holding(entities, "الجامعة الفدرالية"));
        Assert.NotSame(Holding(entities, "جامعة سيبيريا الفيدرالية"), Holding(entities, "الجامعة الحكومية"));
    }
}
