using Khabar.Text;
using Khabar.Text.Dates;
using Khabar.Text.Numbers;

namespace Khabar.Core.Consolidate;

/// <summary>
/// One sentence of a story's article, with what analysis found in it. <see cref="Index"/> numbers the sentences
/// of the whole story; <see cref="Local"/> the sentence within its article.
/// </summary>
internal sealed record StorySentence(
    int Index,
    int Article,
    int Local,
    TextExtent Extent,
    int Words,
    IReadOnlyList<TemporalExpression> Dates,
    IReadOnlyList<Quantity> Quantities)
{
    /// <summary>The expressions that name a calendar day an event happened on (not months, weeks or clock times).</summary>
    public IEnumerable<TemporalExpression> EventDays => Dates.Where(IsEventDay);

    public static bool IsEventDay(TemporalExpression date) =>
        date.Kind is TemporalKind.Date or TemporalKind.DayMonth or TemporalKind.Weekday or TemporalKind.RelativeDay;
}
