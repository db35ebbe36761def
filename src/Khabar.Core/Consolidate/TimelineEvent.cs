namespace Khabar.Core.Consolidate;

/// <summary>
/// One dated event of a story: a fact placed on a day, worded as <see cref="Text"/>, with the passages that date it
/// (<see cref="Quotes"/>, one per article) and the date expressions they use. <see cref="Doubt"/> says why the day is
/// implausible (then the event is listed apart, not placed in the sequence); null when it is not.
/// </summary>
public sealed record TimelineEvent(DateOnly Day, string Fact, string Text, IReadOnlyList<Quote> Quotes, IReadOnlyList<Quote> Expressions, string? Doubt)
{
    /// <summary>
    /// The day comes after the publication day of every article that dates it: the outlets wrote of it before it came
    /// (a fixture, a deadline, a visit announced), so it is what was planned, not what is known to have happened.
    /// </summary>
    public bool Planned { get; init; }

    public IEnumerable<string> Sources => Quotes.Select(q => q.Article).Distinct(StringComparer.Ordinal);
}
