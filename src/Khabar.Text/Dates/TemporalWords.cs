using System.Collections.Frozen;
using System.Globalization;
using Khabar.Text.Resources;

namespace Khabar.Text.Dates;

/// <summary>
/// The word lists <see cref="TemporalFinder"/> reads dates by, from the resource files named beside each, by
/// match key. Loaded once; the day-offset grammar (أمس الأول، بعد غد) stays in the finder.
/// </summary>
public static class TemporalWords
{
    /// <summary>Weekday names without the article (<c>weekdays.txt</c>).</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = EmbeddedWordList.LoadKeyed("weekdays.txt", Enum.Parse<DayOfWeek>);

    /// <summary>Parts of the day (<c>day-parts.txt</c>).</summary>
    public static readonly FrozenDictionary<string, PartOfDay> Parts = EmbeddedWordList.LoadKeyed("day-parts.txt", Enum.Parse<PartOfDay>);

    /// <summary>Last (−1), this (0) and next (1) after a span or a day (<c>relative-directions.txt</c>).</summary>
    public static readonly FrozenDictionary<string, int> Directions = EmbeddedWordList.LoadKeyed("relative-directions.txt", Integer);

    /// <summary>Week, month and year words (<c>relative-units.txt</c>).</summary>
    public static readonly FrozenDictionary<string, TemporalKind> Units = EmbeddedWordList.LoadKeyed("relative-units.txt", Enum.Parse<TemporalKind>);

    /// <summary>Hijri month names of one or two words (<c>hijri-months.txt</c>).</summary>
    public static readonly FrozenDictionary<string, int> HijriMonths = EmbeddedWordList.LoadKeyed("hijri-months.txt", Integer);

    /// <summary>Words after a Hijri year that name the era (<c>hijri-era.txt</c>).</summary>
    public static readonly FrozenSet<string> HijriEra = EmbeddedWordList.LoadKeys("hijri-era.txt");

    /// <summary>Words that make a month name written alone a date (<c>month-cues.txt</c>).</summary>
    public static readonly FrozenSet<string> MonthCues = EmbeddedWordList.LoadKeys("month-cues.txt");

    /// <summary>Words that put a weekday they govern in the future (<c>future-cues.txt</c>).</summary>
    public static readonly FrozenSet<string> FutureCues = EmbeddedWordList.LoadKeys("future-cues.txt");

    /// <summary>Words that make «اليوم» after them part of a name (<c>today-in-names.txt</c>).</summary>
    public static readonly FrozenSet<string> TodayInNames = EmbeddedWordList.LoadKeys("today-in-names.txt");

    /// <summary>
    /// The key of the word a clock time follows (الساعة 10:30): a number right after it is a time of day, not a count.
    /// Part of the finder's grammar, as the day words are.
    /// </summary>
    public const string Clock = "ساعه";

    private static int Integer(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
