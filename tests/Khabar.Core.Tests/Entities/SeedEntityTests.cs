using Khabar.Core.Entities;
using Khabar.Core.Tests.Assign;

namespace Khabar.Core.Tests.Entities;

/// <summary>The merges and separations the entity issue asks of the five seed articles (skipped without ../shared).</summary>
public class SeedEntityTests
{
    private static readonly Lazy<IReadOnlyList<Entity>> Entities = new(() =>
        new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, Gazetteer.Default).Resolve(CorpusArticles.Seeds().Select(s => (s.Id, s.Prepared.Analysis.Mentions))));

    private static Entity With(string variant) =>
        Entities.Value.Single(e => e.Variants.Contains(variant));

    [SeedFact]
    public void Shoigu_is_one_person_however_spelled_with_his_role()
    {
        var shoigu = With("سيرغي شويغو");

        Assert.Same(shoigu, With("شويغو"));
        Assert.Same(shoigu, With("شويجو"));
        Assert.Equal(EntityType.Person, shoigu.Type);
        Assert.Equal("Sergei Shoigu", shoigu.Latin);
        Assert.Equal("وزير الدفاع الروسي", shoigu.Role);
        Assert.True(shoigu.Sources.Count >= 4);
    }

    [SeedFact]
    public void Kobylash_shares_only_a_first_name_with_shoigu()
    {
        Assert.NotSame(With("سيرغي شويغو"), With("سيرجي كوبيلاش"));
    }

    [SeedFact]
    public void The_tu160_is_one_aircraft_in_three_scripts_and_not_the_tu95()
    {
        var tu160 = With("Tu-160");

        Assert.Same(tu160, With("توبوليف 160"));
        Assert.Same(tu160, With("تي.يو160"));
        Assert.NotSame(tu160, With("Tu-95"));
        Assert.Equal(EntityType.Misc, tu160.Type);
    }

    [SeedFact]
    public void Kinzhal_and_the_governor_merge_across_spellings()
    {
        Assert.Same(With("كينجال"), With("كينزال"));
        Assert.Same(With("أوليغ كويمياكو"), With("أوليغ كوزيمياكو"));
    }

    [SeedFact]
    public void The_airfield_is_one_place_with_or_without_its_first_letter()
    {
        // One place whether written «كنيفيتشي» or «نيفيتشي», with or without «مطار» (the project's labels keep an airport's
        // head word: «مطار أبها الإقليمي»); in English, the Nevichi Airport.
        var airfield = Entities.Value.Single(e => e.Variants.Any(v => v.Contains("نيفيتشي", StringComparison.Ordinal)));

        Assert.Contains(airfield.Variants, v => v.Split(' ').Contains("كنيفيتشي"));
        Assert.Contains(airfield.Variants, v => v.Split(' ').Contains("نيفيتشي"));
        Assert.Equal(EntityType.Location, airfield.Type);
        Assert.Equal(2, airfield.Sources.Count);
        Assert.EndsWith(" Airport", airfield.Latin, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Kim_and_putin_short_forms_join_their_full_names()
    {
        Assert.Same(With("كيم جونغ أون"), With("كيم"));
        Assert.Same(With("فلاديمير بوتين"), With("بوتين"));
        Assert.NotSame(With("كوريا الشمالية"), With("كوريا الجنوبية"));
    }

    [SeedFact]
    public void The_regions_and_agencies_spellings_merge()
    {
        Assert.Same(With("بريموري"), With("بريمورسكي"));
        // The agency's three spellings, whether or not the tagger takes «الشمالية للأنباء» into the second.
        Assert.Same(With("وكالة الأنباء المركزية الكورية"), Entities.Value.Single(e => e.Variants.Any(v => v.StartsWith("الوكالة المركزية الكورية", StringComparison.Ordinal))));
        Assert.Same(With("وكالة الأنباء المركزية الكورية"), With("الوكالة الكورية الشمالية"));
        // «ريا نوفوستي» in one article, «وكالة ريا نوفوستي للأنباء» in another (the tagger may leave «للأنباء» out).
        var ria = With("ريا نوفوستي");
        Assert.Contains(ria.Variants, v => v.StartsWith("وكالة ريا نوفوستي", StringComparison.Ordinal));
        Assert.Equal(2, ria.Sources.Count);
        Assert.Same(With("كوفيد"), With("كوفيد-19"));
        Assert.Equal("Seoul", With("سيئول").Latin);
    }

    [SeedFact]
    public void No_name_runs_into_the_next_one_or_is_a_participle()
    {
        // «وأطلع قائد البحرية الروسية الأدميرال نيكولاي يفمينوف كيم على قدرات السفينة»; «فلاديفوستوك المطلة على المحيط».
        Assert.DoesNotContain(Entities.Value, e => e.Variants.Any(v => v.EndsWith("يفمينوف كيم", StringComparison.Ordinal)));
        Assert.Contains(Entities.Value, e => e.Type == EntityType.Person && e.Variants.Contains("نيكولاي يفمينوف"));
        Assert.DoesNotContain(Entities.Value, e => e.Variants.Contains("المطلة"));
        Assert.DoesNotContain(Entities.Value, e => e.Name.StartsWith("لل", StringComparison.Ordinal));
    }
}
