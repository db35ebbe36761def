namespace Khabar.Core.Consolidate;

/// <summary>
/// The calendar day each day expression of a story means, once every publication day is known (given or
/// inferred). A sentence reprinted from the same copy carries the same words («أمس») into an article published
/// a day later; such copies are resolved against the earliest of their publication days, so that a reprint
/// neither moves the event nor disagrees with its own source.
/// </summary>
internal sealed class ValueDays
{
    private readonly Dictionary<DatedValue, DateOnly> _days = [];

    public ValueDays(StoryText story, DatedValue[][] values, int[] factOf, PublicationDay[] days, IndependentSources sources)
    {
        var all = values.SelectMany(v => v).ToList();
        foreach (var copies in all.GroupBy(v => (factOf[v.Sentence.Index], v.Expression.Text)))
        {
            var list = copies.ToList();
            foreach (var value in list)
            {
                var earliest = list.Where(o => o == value || sources.SameCopy(o.Sentence, value.Sentence))
                    .Select(o => days[o.Sentence.Article].Day).Where(d => d is not null).DefaultIfEmpty(null).Min();
                if (value.Expression.Resolve(earliest ?? days[value.Sentence.Article].Day) is { IsDay: true } range)
                {
                    _days[value] = range.From;
                }
            }
        }
    }

    /// <summary>The day a value means; null when it cannot be placed (no publication day, or a range).</summary>
    public DateOnly? Of(DatedValue value) => _days.TryGetValue(value, out var day) ? day : null;
}
