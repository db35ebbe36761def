namespace Khabar.Text.Dates;

/// <summary>What a temporal expression says, before it is placed on the calendar.</summary>
public enum TemporalKind : byte
{
    /// <summary>A full calendar date (16 سبتمبر/أيلول 2023, 2023-09-16, 1 ربيع الأول 1445 هـ).</summary>
    Date,

    /// <summary>A day and month without a year (16 سبتمبر): the year is the publication's.</summary>
    DayMonth,

    /// <summary>A month name alone (في سبتمبر الماضي).</summary>
    Month,

    /// <summary>A weekday (يوم السبت، الأربعاء الماضي، الخميس المقبل).</summary>
    Weekday,

    /// <summary>A day counted from the publication day (اليوم، أمس، أمس الأول، غداً، بعد غد).</summary>
    RelativeDay,

    /// <summary>A week counted from the publication's (الأسبوع الماضي، هذا الأسبوع).</summary>
    RelativeWeek,

    /// <summary>A month counted from the publication's (الشهر المقبل).</summary>
    RelativeMonth,

    /// <summary>A year counted from the publication's (العام الماضي).</summary>
    RelativeYear,

    /// <summary>A clock time (الساعة 10:30 صباحاً).</summary>
    Time,
}

/// <summary>The part of the day an expression names: صباح السبت، مساء أمس.</summary>
public enum PartOfDay : byte
{
    None,
    Dawn,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

/// <summary>A span of calendar days, both ends included.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    public bool IsDay => From == To;

    public static DateRange Day(DateOnly day) => new(day, day);

    public override string ToString() => IsDay
        ? From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}/{To:yyyy-MM-dd}");
}

/// <summary>
/// A date or time written in a text, where it is (UTF-16 offsets), and what it says symbolically: a full date,
/// or a weekday or offset relative to the day of writing (<see cref="Offset"/>: −1 past, +1 next, 0 this; for
/// <see cref="TemporalKind.RelativeDay"/> the day count). <see cref="Resolve"/> places it on the calendar once the
/// publication day is known; until then it stays symbolic, so a story can resolve it later.
/// </summary>
public sealed record TemporalExpression(TemporalKind Kind, int Start, int Length, string Text)
{
    public DateOnly? Date { get; init; }

    /// <summary>Month (1–12) of <see cref="TemporalKind.DayMonth"/> and <see cref="TemporalKind.Month"/>: a Hijri month when <see cref="Hijri"/>.</summary>
    public int Month { get; init; }

    /// <summary>Year of a <see cref="TemporalKind.Month"/> written with one (سبتمبر 2023); 0 when not given.</summary>
    public int Year { get; init; }

    /// <summary>Day of month of <see cref="TemporalKind.DayMonth"/>.</summary>
    public int Day { get; init; }

    public DayOfWeek? Weekday { get; init; }

    public int Offset { get; init; }

    /// <summary>
    /// A bare weekday in a plan or deadline («من المقرر أن يزور ... يوم الخميس», «حتى يوم الأحد», or a clause
    /// <see cref="ComingDayModel"/> reads as what is to come: «تبدأ المنافسات يوم السبت»): the first such day from the
    /// publication day on, not the last one up to it.
    /// </summary>
    public bool Upcoming { get; init; }

    public TimeOnly? Time { get; init; }

    public PartOfDay Part { get; init; }

    /// <summary>
    /// True when the text gave a Hijri date (converted with the Umm al-Qura calendar), or a Hijri day and month without
    /// the year (<see cref="TemporalKind.DayMonth"/>, placed on the nearest such day).
    /// </summary>
    public bool Hijri { get; init; }

    /// <summary>
    /// How many days at most lie between the publication day and the first day <see cref="Resolve"/> gives from it, or
    /// null when what it gives does not depend on the publication day (a full date, a month with its year). A bound,
    /// not the distance: a day and month is the nearest such day over three years, a bare weekday within a week.
    /// </summary>
    public int? Reach => Kind switch
    {
        _ when Date is not null => null,
        TemporalKind.Month when Year > 0 => null,
        TemporalKind.DayMonth => 800,
        TemporalKind.RelativeDay => Math.Abs(Offset) + 3,
        TemporalKind.Weekday => 7 * Math.Max(1, Math.Abs(Offset)),
        TemporalKind.RelativeWeek => (7 * Math.Abs(Offset)) + 7,
        TemporalKind.RelativeMonth => 31 * (Math.Abs(Offset) + 1),
        TemporalKind.RelativeYear => 366 * (Math.Abs(Offset) + 1),
        TemporalKind.Month => 731,
        _ => null,
    };

    /// <summary>
    /// The calendar day or range meant, seen from <paramref name="published"/>; null when it cannot be placed
    /// (a relative expression with no publication day, or a bare time). A bare weekday is the most recent such
    /// day up to the publication day (news reports what has happened), or from it on when <see cref="Upcoming"/>;
    /// الماضي is strictly before it, المقبل strictly after.
    /// </summary>
    public DateRange? Resolve(DateOnly? published)
    {
        if (Date is { } date)
        {
            return DateRange.Day(date);
        }

        if (Kind == TemporalKind.Month && Year > 0)
        {
            return new DateRange(new DateOnly(Year, Month, 1), new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)));
        }

        if (published is not { } day)
        {
            return null;
        }

        switch (Kind)
        {
            case TemporalKind.DayMonth:
                return NearestDayMonth(day) is { } nearest ? DateRange.Day(nearest) : null;
            case TemporalKind.Month:
                var year = Offset switch
                {
                    < 0 => Month >= day.Month ? day.Year - 1 : day.Year,
                    > 0 => Month <= day.Month ? day.Year + 1 : day.Year,
                    _ => day.Year,
                };
                return new DateRange(new DateOnly(year, Month, 1), new DateOnly(year, Month, DateTime.DaysInMonth(year, Month)));
            case TemporalKind.RelativeDay when Weekday is { } named && day.AddDays(Offset).DayOfWeek != named:
                // «اليوم الاثنين» in an article dated Tuesday: the outlet's date is off (a crawl, a next-day print,
                // a late upload); the weekday written is the better witness, so the such day nearest the one
                // counted (the earlier on a tie).
                var counted = day.AddDays(Offset);
                var back = ((int)counted.DayOfWeek - (int)named + 7) % 7;
                return DateRange.Day(back <= 3 ? counted.AddDays(-back) : counted.AddDays(7 - back));
            case TemporalKind.RelativeDay:
                return DateRange.Day(day.AddDays(Offset));
            case TemporalKind.Weekday when Weekday is { } weekday:
                return DateRange.Day(Upcoming && Offset == 0 ? day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7) : PlaceWeekday(day, weekday, Offset));
            case TemporalKind.RelativeWeek:
                // Weeks run Saturday to Friday, as in most Arab countries.
                var saturday = day.AddDays(-(((int)day.DayOfWeek + 1) % 7)).AddDays(7 * Offset);
                return new DateRange(saturday, saturday.AddDays(6));
            case TemporalKind.RelativeMonth:
                var first = new DateOnly(day.Year, day.Month, 1).AddMonths(Offset);
                return new DateRange(first, first.AddMonths(1).AddDays(-1));
            case TemporalKind.RelativeYear:
                return new DateRange(new DateOnly(day.Year + Offset, 1, 1), new DateOnly(day.Year + Offset, 12, 31));
            default:
                return null;
        }
    }

    private static readonly System.Globalization.UmAlQuraCalendar UmAlQura = new();

    /// <summary>
    /// Whether this day and month without its year is the day of the year of <paramref name="date"/>, in its own calendar
    /// («26 فبراير» and 2016-02-26; «21 ربيع الآخر» and the Gregorian day of 21 Rabi' al-Akhir 1437).
    /// </summary>
    public bool IsDayOf(DateOnly date)
    {
        if (Kind != TemporalKind.DayMonth)
        {
            return false;
        }

        if (!Hijri)
        {
            return date.Month == Month && date.Day == Day;
        }

        var moment = date.ToDateTime(TimeOnly.MinValue);
        return moment >= UmAlQura.MinSupportedDateTime && moment <= UmAlQura.MaxSupportedDateTime
            && UmAlQura.GetMonth(moment) == Month && UmAlQura.GetDayOfMonth(moment) == Day;
    }

    /// <summary>
    /// The day and month nearest <paramref name="published"/>, within a year of it in its calendar (Umm al-Qura when
    /// <see cref="Hijri"/>), on the side <see cref="Offset"/> names: after the writing (المقبل), before it (الماضي), or
    /// either. Null when there is none: a day its month lacks in all three years, a side with no such day near
    /// (29 February «المقبل»), a publication day outside the Hijri calendar's range. A Gregorian 29 February with no side
    /// named that no year near has is taken as the publication day, as it always was.
    /// </summary>
    private DateOnly? NearestDayMonth(DateOnly published)
    {
        var moment = published.ToDateTime(TimeOnly.MinValue);
        if (Hijri && (moment < UmAlQura.MinSupportedDateTime || moment > UmAlQura.MaxSupportedDateTime))
        {
            return null;
        }

        DateOnly? best = null;
        var current = Hijri ? UmAlQura.GetYear(moment) : published.Year;
        for (var year = current - 1; year <= current + 1; year++)
        {
            DateOnly? candidate = !Hijri ? (Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null)
                : year is >= 1318 and <= 1500 && Month <= 12 && Day <= UmAlQura.GetDaysInMonth(year, Month)
                    ? DateOnly.FromDateTime(UmAlQura.ToDateTime(year, Month, Day, 0, 0, 0, 0))
                    : null;
            if (candidate is { } day && (Offset == 0 || (Offset > 0 ? day > published : day < published))
                && (best is null || Math.Abs(day.DayNumber - published.DayNumber) < Math.Abs(best.Value.DayNumber - published.DayNumber)))
            {
                best = day;
            }
        }

        return best ?? (Offset == 0 && !Hijri ? published : null);
    }

    private static DateOnly PlaceWeekday(DateOnly published, DayOfWeek weekday, int offset)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return offset switch
        {
            < 0 => published.AddDays((back == 0 ? -7 : -back) + (7 * (offset + 1))),
            > 0 => published.AddDays(back == 0 ? 7 : 7 - back),
            _ => published.AddDays(-back),
        };
    }
}
