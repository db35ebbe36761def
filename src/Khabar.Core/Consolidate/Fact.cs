namespace Khabar.Core.Consolidate;

/// <summary>How far a fact is borne out across the story's outlets.</summary>
public enum FactStatus
{
    /// <summary>Two or more independent outlets state it.</summary>
    Corroborated,

    /// <summary>One outlet states it (or several that reprint the same copy).</summary>
    Single,

    /// <summary>Outlets give incompatible values for it: see the story's conflicts.</summary>
    Conflict,
}

/// <summary>
/// One statement of a story: the sentences of different articles that say it (<see cref="Quotes"/>, one per
/// article, in story order), worded as <see cref="Text"/>, the most central of them. <see cref="Outlets"/>
/// groups the articles into independent sources: an outlet's articles, and articles that reprint the same copy
/// for this statement, count once.
/// </summary>
public sealed record Fact(
    string Id,
    string Text,
    FactStatus Status,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<IReadOnlyList<string>> Outlets)
{
    /// <summary>The articles stating this, in story order.</summary>
    public IEnumerable<string> Sources => Quotes.Select(q => q.Article);

    /// <summary>How many independent sources state this.</summary>
    public int Independent => Outlets.Count;
}
