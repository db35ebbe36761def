namespace Khabar.Core.Entities;

/// <summary>What a named entity is. The codes are the CoNLL/ANERcorp tag names.</summary>
public enum EntityType : byte
{
    /// <summary>A person: <c>PERS</c>.</summary>
    Person = 1,

    /// <summary>A place: country, city, region, sea, airport, base: <c>LOC</c>.</summary>
    Location = 2,

    /// <summary>An organisation: ministry, agency, party, company, club, army: <c>ORG</c>.</summary>
    Organization = 3,

    /// <summary>Named equipment, products and everything else named: aircraft, missiles, ships, events: <c>MISC</c>.</summary>
    Misc = 4,
}

/// <summary>The tag codes of <see cref="EntityType"/>.</summary>
public static class EntityTypes
{
    /// <summary>Every type, in tag order: a span, so that the tagger's loops over it allocate nothing.</summary>
    public static ReadOnlySpan<EntityType> All => [EntityType.Person, EntityType.Location, EntityType.Organization, EntityType.Misc];

    public static string Code(this EntityType type) => type switch
    {
        EntityType.Person => "PERS",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        EntityType.Misc => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Reads <c>PERS</c>, <c>LOC</c>, <c>ORG</c> or <c>MISC</c> (also <c>PER</c>, as some corpora write it).</summary>
    public static bool TryParse(ReadOnlySpan<char> code, out EntityType type)
    {
        type = code switch
        {
            "PERS" or "PER" => EntityType.Person,
            "LOC" => EntityType.Location,
            "ORG" => EntityType.Organization,
            "MISC" => EntityType.Misc,
            _ => 0,
        };
        return type != 0;
    }
}
