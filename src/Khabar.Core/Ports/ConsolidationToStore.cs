using Khabar.Core.Consolidate;

namespace Khabar.Core.Ports;

/// <summary>A story's consolidation to store, with the facets story lists filter on.</summary>
public sealed record ConsolidationToStore(string StoryId, DerivedRecord Record, StoryFacets Facets)
{
    /// <summary>
    /// How many articles the story had when it was read for this consolidation: when set, the record is stored only if
    /// the story still has that many (another worker's Assign may have grown it meanwhile, and dropped its record: an
    /// old consolidation must not come back under the current version).
    /// </summary>
    public int? Members { get; init; }
}

/// <summary>What a story list can ask of the stories' facts.</summary>
public enum StoryStatus
{
    /// <summary>At least one conflict between outlets.</summary>
    Conflict,

    /// <summary>At least one fact corroborated by independent outlets.</summary>
    Corroborated,
}

/// <summary>A story that names an entity under a key: the name it shows, its type and how often it is named.</summary>
public sealed record EntityAppearance(string StoryId, Entities.EntityType Type, string Name, int Mentions);
