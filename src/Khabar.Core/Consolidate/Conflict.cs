namespace Khabar.Core.Consolidate;

/// <summary>What outlets disagree about.</summary>
public enum ConflictKind
{
    /// <summary>The day an event happened.</summary>
    Date,

    /// <summary>A number of the same kind and unit (a death toll, a distance, a sum).</summary>
    Number,

    /// <summary>What happened: one statement denies, negates or reverses another (see <see cref="Stance.StanceModel"/>).</summary>
    Claim,
}

/// <summary>
/// Outlets stating one fact (<see cref="Fact"/>) with incompatible values: each side lists a value and the
/// passages that give it.
/// </summary>
public sealed record Conflict(ConflictKind About, string Fact, string Text, IReadOnlyList<ConflictSide> Sides);

/// <summary>One side of a conflict: a value (a day as yyyy-MM-dd, or a number with its unit) and who says so.</summary>
public sealed record ConflictSide(string Value, IReadOnlyList<Quote> Quotes)
{
    public IEnumerable<string> Sources => Quotes.Select(q => q.Article).Distinct(StringComparer.Ordinal);
}
