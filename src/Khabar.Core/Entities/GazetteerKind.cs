namespace Khabar.Core.Entities;

/// <summary>What a gazetteer entry is known to be; an entry may be several (a name and a trigger).</summary>
[Flags]
public enum GazetteerKind : ushort
{
    None = 0,
    Person = 1,
    Location = 2,
    Organization = 4,
    Equipment = 8,

    /// <summary>A title or role that comes before a person's name: الرئيس، وزير الدفاع، الجنرال.</summary>
    PersonTrigger = 16,

    /// <summary>A word that comes before a place name: مدينة، مطار، قاعدة.</summary>
    LocationTrigger = 32,

    /// <summary>A word that begins an organisation's name: وزارة، وكالة، جامعة.</summary>
    OrganizationTrigger = 64,

    /// <summary>A verb of saying that often comes before a name (قال، أكد، أوضح); a hint, never part of a role.</summary>
    SpeechVerb = 128,
}
