namespace Khabar.Core.Consolidate;

/// <summary>What outlets disagree about.</summary>
public enum ConflictKind
{
    /// <summary>The day an event happened.</summary>
    Date,

    /// <summary>A number of the same kind and unit (a death toll, a distance, a sum).</summary>
    Number,

    /// <summary>What happened: one statement reverses another in a way not told apart (stories stored by older code).</summary>
    Claim,

    /// <summary>What happened: one side says it did not happen (لم، لن، ليس), the other that it did.</summary>
    Negation,

    /// <summary>What happened: one side denies (نفى، كذّب) what the other reports.</summary>
    Denial,

    /// <summary>What happened: the two say opposite things of one matter (رحّب / انتقد، نجح / فشل، سحب / نشر).</summary>
    Opposite,

    /// <summary>What happened: who did what to whom is swapped («فاز أ على ب» / «فاز ب على أ»).</summary>
    Roles,

    /// <summary>Who: one statement told of two different persons («محلب: لا تهاون…» / «السيسي: لا تهاون…»).</summary>
    Person,

    /// <summary>Where: one statement told of two different places («… في نجران» / «… في جازان»).</summary>
    Place,

    /// <summary>Which body: one statement told of two different organisations («داعش يتبنى…» / «القاعدة يتبنى…»).</summary>
    Organization,

    /// <summary>What happened: one side says it was put off (يرجئ، تأجيل), the other that it happens.</summary>
    Postponement,
}

public static class ConflictKinds
{
    /// <summary>Whether a conflict is about what happened (its sides are statements) rather than a value or a name.</summary>
    public static bool IsClaim(this ConflictKind kind) => kind is not (ConflictKind.Date or ConflictKind.Number) && !kind.IsName();

    /// <summary>Whether a conflict is about who or where: its sides are the names of persons, places or organisations.</summary>
    public static bool IsName(this ConflictKind kind) => kind is ConflictKind.Person or ConflictKind.Place or ConflictKind.Organization;

    /// <summary>The kind of claim conflict a difference in polarity makes.</summary>
    public static ConflictKind Of(Stance.PolarityDifference difference) => difference switch
    {
        Stance.PolarityDifference.Negation => ConflictKind.Negation,
        Stance.PolarityDifference.Denial => ConflictKind.Denial,
        Stance.PolarityDifference.Postponement => ConflictKind.Postponement,
        Stance.PolarityDifference.Opposite => ConflictKind.Opposite,
        Stance.PolarityDifference.RolesOnly => ConflictKind.Roles,
        _ => ConflictKind.Claim,
    };
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
