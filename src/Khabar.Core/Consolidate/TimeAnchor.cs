using Khabar.Text;
using Khabar.Text.Dates;

namespace Khabar.Core.Consolidate;

/// <summary>
/// One time a sentence names, as an atom two tellings of one statement can be compared by: «الأحد القادم» and «يوم
/// الأحد» are the same weekday, «رمضان» and «شوال» two months. <see cref="Extent"/> is in the article's clean text.
/// </summary>
internal readonly record struct TimeAnchor(string Atom, TimeFamily Family, TextExtent Extent, TemporalExpression? Expression = null)
{
    /// <summary>The match keys of the words just before and just after the anchor in its sentence ("" at either end).</summary>
    public (string Before, string After) Neighbours { get; init; }

    /// <summary>A day counted from the writing without its weekday («اليوم»، «أمس»).</summary>
    public bool BareDay => Expression is { Kind: TemporalKind.RelativeDay, Weekday: null };
}
