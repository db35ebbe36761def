using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Tests.Entities;

public class LabelRulesTests
{
    private static readonly int O = BioLabel.Outside;

    private static int[] Apply(string sentence, params int[] labels)
    {
        var surfaces = sentence.Split(' ');
        Assert.Equal(surfaces.Length, labels.Length);
        LabelRules.Default.Apply(surfaces, [.. surfaces.Select(LabelRules.KindOf)], labels);
        return labels;
    }

    private static int B(EntityType type) => BioLabel.Begin(type);

    private static int I(EntityType type) => BioLabel.Inside(type);

    [Fact]
    public void A_place_joined_to_the_next_word_by_on_is_one_place_even_where_the_tagger_saw_a_person()
    {
        // The tagger took «أون أمور» for a person: أون is the last word of a Korean leader's name.
        var labels = Apply("مصنع طائرات في كومسومولسك أون أمور الذي ينتج",
            O, O, O, B(EntityType.Location), B(EntityType.Person), I(EntityType.Person), O, O);

        Assert.Equal([O, O, O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O, O], labels);
    }

    [Fact]
    public void An_organisation_run_that_ends_at_on_takes_the_word_after_it()
    {
        var labels = Apply("ونقلت صحيفة ميل أون صنداي البريطانية",
            O, O, B(EntityType.Organization), I(EntityType.Organization), O, O);

        Assert.Equal([O, O, B(EntityType.Organization), I(EntityType.Organization), I(EntityType.Organization), O], labels);
    }

    [Fact]
    public void A_longer_run_after_on_and_a_second_on_join_the_name_too()
    {
        // A made-up name holding «أون» twice; the tagger took the words after the second for a person of two words.
        var labels = Apply("زار ساوث أون سي أون هاي ستريت أمس",
            O, B(EntityType.Location), O, B(EntityType.Organization), O, B(EntityType.Person), I(EntityType.Person), O);

        Assert.Equal([O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), I(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O], labels);
    }

    [Fact]
    public void A_person_ending_in_on_and_on_before_a_stop_word_are_left_alone()
    {
        int[] person = [O, B(EntityType.Person), I(EntityType.Person), O];
        int[] place = [B(EntityType.Location), O, O, O];

        Assert.Equal(person, Apply("واستقبل ديفيد أون الوفد", [.. person]));
        Assert.Equal(place, Apply("لندن أون في الصيف", [.. place]));
    }

    [Fact]
    public void A_place_cut_in_two_or_found_in_part_becomes_the_place_the_lists_name()
    {
        // The tagger took «المدينة» and «المنورة» for two places; «منطقة» stays out, a descriptor of a listed place.
        Assert.Equal([O, O, O, B(EntityType.Location), I(EntityType.Location), O],
            Apply("وزار أمير منطقة المدينة المنورة المصابين", O, O, O, B(EntityType.Location), B(EntityType.Location), O));
        Assert.Equal([O, O, B(EntityType.Location), I(EntityType.Location), O],
            Apply("وصلت القافلة المدينة المنورة أمس", O, O, O, B(EntityType.Location), O));

        // Part of a listed place whose whole is another place: «روسيا البيضاء» is not «روسيا», «دير الزور» not «دير».
        Assert.Equal([O, O, B(EntityType.Location), I(EntityType.Location), O],
            Apply("وصل إلى روسيا البيضاء أمس", O, O, B(EntityType.Location), O, O));
        Assert.Equal([O, O, O, B(EntityType.Location), I(EntityType.Location)],
            Apply("واشتدت المعارك في دير الزور", O, O, O, B(EntityType.Location), O));

        // A state form stays out: «جمهورية كوريا» is listed (the South), and this is the North spelt otherwise; so
        // it does where the tagger took the state form for a place of its own.
        Assert.Equal([O, O, B(EntityType.Location), O, O],
            Apply("زعيم جمهورية كوريا الشعبية الديموقراطية", O, O, B(EntityType.Location), O, O));
        Assert.Equal([O, B(EntityType.Location), B(EntityType.Location), O, O],
            Apply("زعيم جمهورية كوريا الشعبية الديموقراطية", O, B(EntityType.Location), B(EntityType.Location), O, O));

        // A direction is part of a listed name, unlike a unit of administration.
        Assert.Equal([O, B(EntityType.Location), I(EntityType.Location), O],
            Apply("وزار جنوب السودان أمس", O, O, B(EntityType.Location), O));
    }

    [Fact]
    public void A_place_no_list_holds_with_its_neighbours_and_a_neighbour_of_another_kind_are_left_alone()
    {
        int[] unknown = [O, O, B(EntityType.Location), O, O];
        int[] person = [O, B(EntityType.Person), B(EntityType.Location), O];

        Assert.Equal(unknown, Apply("وصل إلى روسيا الغاضبة أمس", [.. unknown]));

        // «دير» + «الزور» would be listed, but «الزور» begins another run: taking it would make one place of three words.
        int[] cut = [O, B(EntityType.Location), B(EntityType.Location), I(EntityType.Location), O];
        Assert.Equal(cut, Apply("في دير الزور الجديدة أمس", [.. cut]));
        Assert.Equal(person, Apply("زار المدينة المنورة أمس", [.. person]));
    }

    [Fact]
    public void A_religious_formula_after_a_name_is_cut_off_and_a_run_that_is_one_is_no_name()
    {
        var P = EntityType.Person;

        // «يرحمه الله» after a name the tagger ran on into it.
        Assert.Equal([O, O, B(P), O, O, O],
            Apply("وأشاد بمواقف فيصل يرحمه الله الخالدة", O, O, B(P), I(P), I(P), O));
        // «رضي الله عنه» after a name of four words.
        Assert.Equal([O, B(P), I(P), I(P), I(P), O, O, O],
            Apply("قول علي بن أبي طالب رضي الله عنه", O, B(P), I(P), I(P), I(P), I(P), I(P), I(P)));
        // A press release's closing line, and a thanks, taken whole for persons; the first word carries و or ب.
        Assert.Equal([O, O, O, O], Apply("والله ولي التوفيق .", B(P), I(P), I(P), O));
        Assert.Equal([O, O, O, O, O], Apply("تم بتوفيق الله تعالى تخريج", O, B(P), I(P), I(P), O));
        // The formula's last word tagged alone, its first word left out by the tagger.
        Assert.Equal([O, O, O, O], Apply("قال الله تعالى في", O, O, B(P), O));
    }

    [Fact]
    public void Names_built_on_allah_stay_names()
    {
        var P = EntityType.Person;
        var L = EntityType.Location;
        var G = EntityType.Organization;
        int[] names = [O, B(P), I(P), I(P), O, B(P), I(P), I(P), O, B(L), I(L), O, B(G), I(G)];

        Assert.Equal(names, Apply("وقال حسن نصر الله إن فتح الله غولن في رام الله و حزب الله", [.. names]));
    }

    [Fact]
    public void A_title_of_two_words_or_more_leaves_the_persons_run_wherever_it_stands()
    {
        var P = EntityType.Person;

        // After the name, Saudi style; the tagger ran the name into «ولي ولي».
        Assert.Equal([O, B(P), I(P), I(P), O, O, O, O],
            Apply("واستقبل محمد بن سلمان ولي ولي العهد أمس", O, B(P), I(P), I(P), I(P), I(P), O, O));
        // Alone, with a proclitic on its first word.
        Assert.Equal([O, O, O, O], Apply("وبحث وولي ولي العهد", O, B(P), I(P), O));
        // Before the name, in one run with it: the name begins a run of its own.
        Assert.Equal([O, O, O, B(P), I(P)],
            Apply("وقال وزير الخارجية عادل الجبير", O, B(P), I(P), I(P), I(P)));
    }

    [Fact]
    public void A_pages_english_furniture_is_no_name()
    {
        var P = EntityType.Person;

        // A slider's «Next Previous» before the byline: not a Latin name of two capitalised words, nor part of the writer's.
        Assert.Equal([O, O, O, O, O, O], Apply("Next Previous عين اليوم – باكستان", O, O, O, O, O, O));
        Assert.Equal([O, B(P), I(P), O, O, O], Apply("Previous أحمد حجازي – عين اليوم", B(P), I(P), I(P), O, O, O));
        // Two capitalised words that are names still are one; an English title holding a furniture word stays whole.
        Assert.Equal([O, B(P), I(P), O], Apply("وقال Grigory Pavlenko إن", O, O, O, O));
        var G = EntityType.Organization;
        Assert.Equal([O, B(G), I(G), I(G), O], Apply("تطبيق Share The Meal للتبرع", O, B(G), I(G), I(G), O));
    }

    [Fact]
    public void A_place_or_body_named_after_a_person_is_that_place_or_body()
    {
        var P = EntityType.Person;
        var L = EntityType.Location;
        var G = EntityType.Organization;

        // The tagger's person «عبدالعزيز الدولي»: an airport, its place word with a proclitic.
        Assert.Equal([O, B(L), I(L), I(L), I(L), O],
            Apply("وصل بمطار الملك عبدالعزيز الدولي أمس", O, O, O, B(P), I(P), O));
        // The title inside the run, the adjective outside it; a centre is an organisation.
        Assert.Equal([O, B(G), I(G), I(G), I(G), O],
            Apply("في مركز الملك فهد الثقافي بالرياض", O, O, B(P), I(P), O, O));
        // A title in apposition to a word with the article is the person's: the region's emir, the club's president.
        Assert.Equal([O, O, O, B(P), I(P), I(P), I(P)],
            Apply("وأكد أمير بالمنطقة الأمير فيصل بن خالد", O, O, O, B(P), I(P), I(P), I(P)));
        // A king named after a word that names no place stays a person.
        Assert.Equal([O, O, B(P), I(P), O],
            Apply("وقال إن الملك عبدالعزيز وحد", O, O, B(P), I(P), O));
    }

    [Fact]
    public void A_name_ends_with_its_family_and_tribe()
    {
        var P = EntityType.Person;

        // The word after the family is the sentence's.
        Assert.Equal([O, B(P), I(P), I(P), I(P), I(P), O, O],
            Apply("وبعث سلمان بن عبدالعزيز آل سعود برقية تهنئة", O, B(P), I(P), I(P), I(P), I(P), I(P), O));
        // A tribe's name after the family, with the article or ending in ي, is the name's.
        int[] tribe = [O, B(P), I(P), I(P), I(P), I(P), I(P), O];
        Assert.Equal(tribe, Apply("وقال علي بن عمير آل جرمان الشهراني إن", [.. tribe]));
        int[] nisba = [O, B(P), I(P), I(P), I(P), O];
        Assert.Equal(nisba, Apply("وأكد محمد آل عواض عسيري أن", [.. nisba]));
    }

    [Fact]
    public void A_definite_adjective_is_no_name_of_its_own()
    {
        var L = EntityType.Location;
        var G = EntityType.Organization;

        // The organisation word it qualifies joins it.
        Assert.Equal([O, B(L), B(G), I(G), O],
            Apply("حرم فلاديفوستوك للجامعة الفيديرالية لمنطقة", O, B(L), O, B(G), O));
        // A place's adjective after it is no place; a listed place after another stays one («المطلة» is a town too),
        // unless a preposition follows: a participle with its complement.
        Assert.Equal([O, B(L), O, O],
            Apply("مدينة جدة التاريخية تستقبل", O, B(L), B(L), O));
        Assert.Equal([O, B(L), O, O, O],
            Apply("مدينة فلاديفوستوك المطلة على المحيط", O, B(L), B(L), O, O));
        Assert.Equal([O, B(L), B(L), O],
            Apply("مدينة فلاديفوستوك المطلة أمس", O, B(L), B(L), O));
        // So after any definite noun, when the word is shaped as a participle (ال + م); a town after a word without the
        // article stays one.
        Assert.Equal([O, O, O, O],
            Apply("الدول المطلة على المحيط", O, B(L), O, O));
        Assert.Equal([O, B(L), O, O],
            Apply("مستوطنة المطلة على الحدود", O, B(L), O, O));
        Assert.Equal([O, B(L), O, O],
            Apply("الوفد السعودية في زيارة", O, B(L), O, O));
        // A listed place after another stays one.
        int[] listed = [O, B(L), B(L), I(L)];
        Assert.Equal(listed, Apply("بين روسيا كوريا الشمالية", [.. listed]));
    }

    [Fact]
    public void A_particle_written_with_a_final_alef_maqsura_is_no_name()
    {
        var P = EntityType.Person;

        Assert.Equal([O, O, O, O], Apply("وأكد على ضرورة التعاون", O, B(P), O, O));
        Assert.Equal([O, O, O], Apply("وصولا وإلى الرياض", O, B(P), O));
        // The name as written with ي stays, and so does a name of two words.
        int[] ali = [O, B(P), O];
        Assert.Equal(ali, Apply("وقال علي إن", [.. ali]));
        int[] two = [O, B(P), I(P), O];
        Assert.Equal(two, Apply("وقال على حسن إن", [.. two]));
    }

    [Fact]
    public void Two_listed_names_joined_by_and_that_the_tagger_ran_together_are_two_names_of_their_own_types()
    {
        var places = Apply("العلاقات بين لندن وبيونغ يانغ متوترة",
            O, O, B(EntityType.Organization), I(EntityType.Organization), I(EntityType.Organization), O);
        var bodies = Apply("وصلت فرق الهلال الأحمر والدفاع المدني إلى الموقع",
            O, O, B(EntityType.Organization), I(EntityType.Organization), I(EntityType.Organization), I(EntityType.Organization), O, O);

        Assert.Equal([O, O, B(EntityType.Location), B(EntityType.Location), I(EntityType.Location), O], places);
        Assert.Equal([O, O, B(EntityType.Organization), I(EntityType.Organization), B(EntityType.Organization), I(EntityType.Organization), O, O], bodies);
    }

    [Fact]
    public void A_name_with_and_inside_it_that_the_lists_hold_whole_or_a_part_no_list_knows_stays_one_run()
    {
        // Lists holding a country whole and each of its two parts as a place of its own.
        var lists = new Gazetteer([("سانت كيتس ونيفيس", GazetteerKind.Location), ("سانت كيتس", GazetteerKind.Location), ("نيفيس", GazetteerKind.Location)], 1);
        string[] country = ["زار", "سانت", "كيتس", "ونيفيس", "أمس"];
        var labels = new[] { O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O };
        new LabelRules(lists).Apply(country, [.. country.Select(LabelRules.KindOf)], labels);
        // «وشركاه» (and partners) is no name of its own.
        var firm = Apply("وقعت لندن وشركاه العقد",
            O, B(EntityType.Organization), I(EntityType.Organization), O);

        Assert.Equal([O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O], labels);
        Assert.Equal([O, B(EntityType.Organization), I(EntityType.Organization), O], firm);
    }

    [Fact]
    public void A_country_adjective_leaves_a_place_that_stands_without_it_and_stays_in_a_name_that_needs_it()
    {
        var city = Apply("سيطر التنظيم على الرقة السورية أمس",
            O, O, O, B(EntityType.Location), I(EntityType.Location), O);
        var peninsula = Apply("عبروا شبه الجزيرة الإيطالية سيرا",
            O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O);
        var listed = Apply("زار الولايات المتحدة الأمريكية أمس",
            O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O);

        Assert.Equal([O, O, O, B(EntityType.Location), O, O], city);
        Assert.Equal([O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O], peninsula);
        Assert.Equal([O, B(EntityType.Location), I(EntityType.Location), I(EntityType.Location), O], listed);
    }

    [Fact]
    public void A_foreign_rank_after_and_leaves_the_run_that_joined_two_officers()
    {
        var labels = Apply("وقال أوستن واللفتنانت جنرال مايكل كوريلا إن",
            O, B(EntityType.Person), I(EntityType.Person), I(EntityType.Person), I(EntityType.Person), I(EntityType.Person), O);

        Assert.Equal([O, B(EntityType.Person), O, O, B(EntityType.Person), I(EntityType.Person), O], labels);
    }

    [Fact]
    public void A_score_or_date_leaves_the_name_run_it_ends_but_a_plain_number_stays()
    {
        var org = EntityType.Organization;
        var score = Apply("فاز الفريق على نادي الوحدة 3-0 أمس", O, O, O, B(org), I(org), I(org), O);
        var club = Apply("تعاقد نادي هانوفر 96 مع المدرب", O, B(org), I(org), I(org), O, O);

        Assert.Equal([O, O, O, B(org), I(org), O, O], score);
        Assert.Equal([O, B(org), I(org), I(org), O, O], club);
    }

    [Fact]
    public void A_family_word_the_tagger_took_for_its_designer_is_equipment_with_its_model_number()
    {
        var labels = Apply("حلقت قاذفة توبوليف 160 فوق البحر", O, O, B(EntityType.Person), O, O, O);

        Assert.Equal([O, O, B(EntityType.Misc), I(EntityType.Misc), O, O], labels);
    }
}
