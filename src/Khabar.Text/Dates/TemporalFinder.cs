using System.Globalization;
using Khabar.Text.Normalize;
using Khabar.Text.Tokenize;

namespace Khabar.Text.Dates;

/// <summary>
/// Finds the dates and times of a text: full Gregorian dates (<see cref="AbsoluteDateFinder"/>), Hijri dates,
/// day and month without a year, month names, weekdays with or without الماضي/المقبل, اليوم، أمس، أمس الأول،
/// غداً، بعد غد، الأسبوع/الشهر/العام الماضي or المقبل, and clock times. Words are compared by match key
/// without their proclitics (وأمس، بالأمس).
/// </summary>
public static class TemporalFinder
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    public static List<TemporalExpression> Find(string text) => Find(text, ComingDayModel.Default);

    /// <summary>
    /// The expressions of <paramref name="text"/>, bare weekdays read as coming by their cues and by
    /// <paramref name="coming"/> (by their cues alone when it is null: what a model is trained against).
    /// </summary>
    public static List<TemporalExpression> Find(string text, ComingDayModel? coming)
    {
        var found = new List<TemporalExpression>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var words = new Word[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = Word.Of(text, tokens[i]) with { EndsLine = EndsLine(text, tokens, i) };
        }

        var dates = new List<DateMention>();
        AbsoluteDateFinder.FindAll(text, dates);
        var nextDate = 0;
        TemporalExpression? weekdayOfDate = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (nextDate < dates.Count && dates[nextDate].Start + dates[nextDate].Length <= tokens[i].Start)
            {
                nextDate++;
                weekdayOfDate = null; // the date it was for is behind
            }

            if (nextDate < dates.Count && dates[nextDate].Start <= tokens[i].Start)
            {
                var date = dates[nextDate];
                // With the weekday read before it, one expression from the weekday on, its part of the day kept.
                var from = weekdayOfDate?.Start ?? date.Start;
                found.Add(new TemporalExpression(TemporalKind.Date, from, date.Start + date.Length - from, text[from..(date.Start + date.Length)])
                {
                    Date = date.Date,
                    Weekday = weekdayOfDate?.Weekday,
                    Part = weekdayOfDate?.Part ?? PartOfDay.None,
                });
                weekdayOfDate = null;
                while (i + 1 < tokens.Count && tokens[i + 1].Start < date.Start + date.Length)
                {
                    i++;
                }

                continue;
            }

            var last = Match(words, i, coming, out var expression);
            if (expression is not null && nextDate < dates.Count && dates[nextDate].Start > tokens[i].Start
                && (dates[nextDate].Start < tokens[last].End || (expression is { Kind: TemporalKind.Weekday, Offset: 0 } && last + 1 < tokens.Count && dates[nextDate].Start == tokens[last + 1].Start)))
            {
                // «الأحد 12 سبتمبر 2023»: the weekday is the day of the full date after it, which is read next and keeps it.
                weekdayOfDate = expression with { Start = tokens[i].Start };
                while (i + 1 < tokens.Count && tokens[i + 1].Start < dates[nextDate].Start)
                {
                    i++;
                }

                continue;
            }

            if (expression is not null)
            {
                var start = tokens[i].Start;
                var end = tokens[last].End;
                found.Add(expression with { Start = start, Length = end - start, Text = text[start..end] });
                i = last;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> ends its line or the text, closing marks after it aside («… الأحد»\n,
    /// «… الاثنين!»).
    /// </summary>
    private static bool EndsLine(string text, List<Token> tokens, int i)
    {
        var from = tokens[i].End;
        var j = i + 1;
        while (j < tokens.Count && tokens[j].Length == 1 && text[tokens[j].Start] is '»' or '"' or '”' or '\'' or ')' or '!' or '؟' or '?' or '.' or '…'
            && !text.AsSpan(from, tokens[j].Start - from).ContainsAny('\n', '\r', '\u2029'))
        {
            from = tokens[j].End;
            j++;
        }

        var next = j < tokens.Count ? tokens[j].Start : text.Length;
        return next == text.Length || text.AsSpan(from, next - from).ContainsAny('\n', '\r', '\u2029');
    }

    /// <summary>The expression starting at word <paramref name="i"/>, if any, and the index of its last token.</summary>
    private static int Match(Word[] w, int i, ComingDayModel? coming, out TemporalExpression? expression)
    {
        expression = null;
        var at = i;
        var part = PartOfDay.None;
        if (TemporalWords.Parts.TryGetValue(w[at].Core, out var p) && !w[at].Core.EndsWith('ا') && at + 1 < w.Length)
        {
            part = p;
            at++;
        }

        var core = w[at].Core;
        var key = w[at].Key;

        // Numbers: Hijri date, day and month, clock time.
        if (w[at].Kind == TokenKind.Number && AbsoluteDateFinder.Integer(w[at].Surface) is var n and > 0)
        {
            return MatchNumber(w, at, n, out expression);
        }

        if (w[at].Kind == TokenKind.NumberGroup && ClockTime(w[at].Surface) is { } time)
        {
            var end = at;
            time = AdjustForPart(time, w, ref end);
            expression = Make(TemporalKind.Time) with { Time = time };
            return end;
        }

        if (core == TemporalWords.Clock && at + 1 < w.Length && (w[at + 1].Kind == TokenKind.NumberGroup ? ClockTime(w[at + 1].Surface) : HourOnly(w[at + 1].Surface)) is { } clock)
        {
            var end = at + 1;
            clock = AdjustForPart(clock, w, ref end);
            expression = Make(TemporalKind.Time) with { Time = clock };
            return end;
        }

        // اليوم، أمس، أمس الأول، أول أمس، غداً، بعد غد، يوم أمس، الليلة.
        var dayOffset = (int?)null;
        var lastDay = at;
        if (key is "اليوم" or "واليوم" && !(at > 0 && TemporalWords.TodayInNames.Contains(w[at - 1].Key)))
        {
            // Not the end of a name that ends in اليوم.
            dayOffset = 0;
        }
        else if (core == "امس")
        {
            dayOffset = at + 1 < w.Length && w[at + 1].Key == "الاول" ? -2 : -1;
            lastDay = dayOffset == -2 ? at + 1 : at;
        }
        else if (core == "اول" && at + 1 < w.Length && w[at + 1].Core == "امس")
        {
            (dayOffset, lastDay) = (-2, at + 1);
        }
        else if (core == "اول" && at + 2 < w.Length && w[at + 1].Key == "من" && w[at + 2].Core == "امس")
        {
            // أول من أمس.
            (dayOffset, lastDay) = (-2, at + 2);
        }
        else if (core is "غدا" || key is "الغد")
        {
            dayOffset = 1;
        }
        else if (core == "بعد" && at + 1 < w.Length && w[at + 1].Key == "غد")
        {
            (dayOffset, lastDay) = (2, at + 1);
        }
        else if (key is "الليله" or "والليله" && part == PartOfDay.None)
        {
            (dayOffset, part) = (0, PartOfDay.Night);
        }
        else if (core == "يوم" && !w[at].HasArticle && at + 2 < w.Length && w[at + 1].Core == "امس" && w[at + 2].Key == "الاول")
        {
            // يوم أمس الأول.
            (dayOffset, lastDay) = (-2, at + 2);
        }
        else if (core == "يوم" && !w[at].HasArticle && at + 1 < w.Length && (w[at + 1].Core == "امس" || w[at + 1].Core == "غد"))
        {
            (dayOffset, lastDay) = (w[at + 1].Core == "امس" ? -1 : 1, at + 1);
        }

        if (dayOffset is { } offset)
        {
            // اليوم الأحد، أمس السبت, and in brackets «اليوم (الاثنين)»: the weekday confirms the day.
            var end = lastDay;
            DayOfWeek? named = null;
            if (end + 1 < w.Length && w[end + 1].HasArticle && TemporalWords.Weekdays.TryGetValue(w[end + 1].Core, out var weekday))
            {
                named = weekday;
                end++;
            }
            else if (end + 3 < w.Length && w[end + 1].Surface == "(" && w[end + 3].Surface == ")"
                && w[end + 2].HasArticle && TemporalWords.Weekdays.TryGetValue(w[end + 2].Core, out var bracketed))
            {
                named = bracketed;
                end += 3;
            }

            expression = Make(TemporalKind.RelativeDay) with { Offset = offset, Weekday = named, Part = part };
            return end;
        }

        // الأسبوع / الشهر / العام + الماضي، المقبل، الجاري; هذا الأسبوع.
        var unit = TemporalWords.Units.TryGetValue(core, out var spanKind) ? spanKind : (TemporalKind?)null;
        if (unit is { } relative && w[at].HasArticle && at + 1 < w.Length && TemporalWords.Directions.TryGetValue(w[at + 1].Key, out var direction))
        {
            expression = Make(relative) with { Offset = direction };
            return at + 1;
        }

        if (unit is { } current && at > 0 && w[at - 1].Key is "هذا" or "هذه" && w[at].HasArticle)
        {
            expression = Make(current) with { Offset = 0 };
            return at;
        }

        // [يوم] weekday [الماضي|المقبل].
        var day = at;
        var afterYawm = core == "يوم" && !w[at].HasArticle && at + 1 < w.Length;
        if (afterYawm)
        {
            day++;
        }

        if (TemporalWords.Weekdays.TryGetValue(w[day].Core, out var dow) && (afterYawm || w[day].HasArticle))
        {
            var end = day;
            var modifier = 0;
            if (end + 1 < w.Length && TemporalWords.Directions.TryGetValue(w[end + 1].Key, out var m))
            {
                modifier = m;
                end++;
            }

            // «الثلاثاء ما قبل الماضي», «الثلاثاء قبل الماضي»: the week before last.
            if (modifier == 0 && end + 2 < w.Length && w[end + 1].Key == "قبل" && w[end + 2].Key == "الماضي")
            {
                (modifier, end) = (-2, end + 2);
            }
            else if (modifier == 0 && end + 3 < w.Length && w[end + 1].Key == "ما" && w[end + 2].Key == "قبل" && w[end + 3].Key == "الماضي")
            {
                (modifier, end) = (-2, end + 3);
            }

            // الأحد and الاثنين are also "the one" and "the two": only with context do they name a day.
            var ambiguous = dow is DayOfWeek.Sunday or DayOfWeek.Monday;
            // After a headline's pause («توقيع العقد.. الأحد») the word is a day as surely as after a comma; and at the end
            // of a line or of the text, as before a full stop («هجر يستأنف تدريباته الأحد»: of SaudiNewsNet's 33 lines
            // ending in a bare «الأحد» or «الاثنين», titles mostly, one meant "the two").
            var context = afterYawm || end > day || part != PartOfDay.None || (day > 0 && w[day - 1].Surface is "(" or "،" or ".." or "..." or "…" or ":")
                || (end + 1 < w.Length && w[end + 1].Surface is ")" or "،" or "." or ",") || w[end].EndsLine;
            // «يوم الأحد 10 شوال», «الأحد 12 سبتمبر»: the weekday is the day of the date after it, one expression.
            if (modifier == 0 && end + 1 < w.Length && w[end + 1].Kind == TokenKind.Number && AbsoluteDateFinder.Integer(w[end + 1].Surface) is var dayOfMonth and > 0
                && MatchNumber(w, end + 1, dayOfMonth, out var dated) is var datedEnd && dated is { Kind: TemporalKind.DayMonth or TemporalKind.Date })
            {
                expression = dated with { Part = part, Weekday = dow };
                return datedEnd;
            }

            if (!ambiguous || context)
            {
                // «ومن المقرر أن يزور الوزيران يوم الخميس», «حتى يوم الأحد», «تبدأ المنافسات يوم السبت»: the coming such day.
                expression = Make(TemporalKind.Weekday) with { Weekday = dow, Offset = modifier, Part = part, Upcoming = modifier == 0 && (FutureBefore(w, at) || (coming is not null && Coming(coming, w, i, end))) };
                return end;
            }
        }

        // A month name alone: في سبتمبر الماضي، سبتمبر 2023، منذ أيلول.
        var monthEnd = at;
        var month = MonthAt(w, ref monthEnd);
        if (month > 0)
        {
            if (monthEnd + 1 < w.Length && w[monthEnd + 1].Kind == TokenKind.Number && AbsoluteDateFinder.Integer(w[monthEnd + 1].Surface) is >= 1900 and <= 2100 and var year)
            {
                expression = Make(TemporalKind.Month) with { Month = month, Year = year };
                return monthEnd + 1;
            }

            if (monthEnd + 1 < w.Length && TemporalWords.Directions.TryGetValue(w[monthEnd + 1].Key, out var monthDirection))
            {
                expression = Make(TemporalKind.Month) with { Month = month, Offset = monthDirection };
                return monthEnd + 1;
            }

            if (at > 0 && TemporalWords.MonthCues.Contains(w[at - 1].Core))
            {
                expression = Make(TemporalKind.Month) with { Month = month };
                return monthEnd;
            }
        }

        return i;
    }

    private static int MatchNumber(Word[] w, int at, int n, out TemporalExpression? expression)
    {
        expression = null;
        var next = at + 1;
        if (n is < 1 or > 31 || next >= w.Length)
        {
            return at;
        }

        if (w[next].Key == "من" && next + 1 < w.Length)
        {
            next++;
        }

        // «11 من شهر أكتوبر», «5 شهر رمضان»: the word «شهر» before the month's name.
        if (w[next].Key == "شهر" && next + 1 < w.Length)
        {
            next++;
        }

        var hijriEnd = next;
        var hijriMonth = HijriMonthAt(w, ref hijriEnd);
        if (hijriMonth > 0 && hijriEnd + 1 < w.Length && AbsoluteDateFinder.Integer(w[hijriEnd + 1].Surface) is >= 1318 and <= 1500 and var hijriYear
            && n <= UmAlQura.GetDaysInMonth(hijriYear, hijriMonth))
        {
            var end = hijriEnd + 1;
            if (end + 1 < w.Length && TemporalWords.HijriEra.Contains(w[end + 1].Key))
            {
                end++;
            }

            var date = DateOnly.FromDateTime(UmAlQura.ToDateTime(hijriYear, hijriMonth, n, 0, 0, 0, 0));
            expression = Make(TemporalKind.Date) with { Date = date, Hijri = true };
            return end;
        }

        // A Hijri day and month without its year («21 شوال», «12 من ذي القعدة»): placed on the nearest such day. Not «صفر»,
        // which is also zero («فاز 3 صفر»).
        // A Hijri year after it made a full date above, or names a day its month does not have: no day and month then.
        var hijriYearAfter = hijriMonth > 0 && hijriEnd + 1 < w.Length && AbsoluteDateFinder.Integer(w[hijriEnd + 1].Surface) is >= 1318 and <= 1500;
        if (hijriMonth is > 0 and not 2 && n <= 30 && !hijriYearAfter)
        {
            expression = Make(TemporalKind.DayMonth) with { Month = hijriMonth, Day = n, Hijri = true, Offset = DirectionAfter(w, hijriEnd) };
            return hijriEnd;
        }

        var monthEnd = next;
        var month = MonthAt(w, ref monthEnd);
        if (month > 0 && monthEnd + 1 < w.Length && AbsoluteDateFinder.Integer(w[monthEnd + 1].Surface) is >= 1900 and <= 2100 and var year)
        {
            // A full date the date finder leaves to this one («12 من شهر سبتمبر 2019»): the year is kept.
            if (n > DateTime.DaysInMonth(year, month))
            {
                return at;
            }

            expression = Make(TemporalKind.Date) with { Date = new DateOnly(year, month, n) };
            return monthEnd + 1;
        }

        if (month > 0 && n <= DateTime.DaysInMonth(2024, month))
        {
            // A year after the month would have made a full date, found before this.
            expression = Make(TemporalKind.DayMonth) with { Month = month, Day = n, Offset = DirectionAfter(w, monthEnd) };
            return monthEnd;
        }

        return at;
    }

    /// <summary>
    /// −1 or 1 when the word after <paramref name="at"/> places a day and month before or after the writing («23 سبتمبر
    /// المقبل», «21 شوال الماضي»); 0 (the nearest such day) otherwise. The word stays outside the expression's text
    /// («23 سبتمبر»), so that two tellings of one statement still show the same word after their dates.
    /// </summary>
    private static int DirectionAfter(Word[] w, int at) =>
        at + 1 < w.Length && TemporalWords.Directions.TryGetValue(w[at + 1].Key, out var direction) ? Math.Sign(direction) : 0;

    /// <summary>A Gregorian month name of one or two words at <paramref name="at"/>, with an optional "/other name"; moves <paramref name="at"/> to its last token.</summary>
    private static int MonthAt(Word[] w, ref int at)
    {
        if (!w[at].IsWord)
        {
            return 0;
        }

        var month = 0;
        if (at + 1 < w.Length && w[at + 1].IsWord && MonthNames.Of(w[at].Core + " " + w[at + 1].Key) is > 0 and var two)
        {
            (month, at) = (two, at + 1);
        }
        else if (MonthNames.Of(w[at].Core) is > 0 and var one)
        {
            month = one;
        }
        else if (MonthNames.Of(w[at].Key) is > 0 and var whole)
        {
            month = whole;
        }

        if (month > 0 && at + 2 < w.Length && w[at + 1].Surface == "/")
        {
            var other = at + 2;
            if (MonthAt(w, ref other) == month)
            {
                at = other;
            }
        }

        return month;
    }

    private static int HijriMonthAt(Word[] w, ref int at)
    {
        if (at + 1 < w.Length && TemporalWords.HijriMonths.TryGetValue(w[at].Core + " " + w[at + 1].Key, out var two))
        {
            at++;
            return two;
        }

        return TemporalWords.HijriMonths.TryGetValue(w[at].Core, out var one) ? one : 0;
    }

    private static TimeOnly AdjustForPart(TimeOnly time, Word[] w, ref int end)
    {
        if (end + 1 < w.Length && TemporalWords.Parts.TryGetValue(w[end + 1].Core, out var part))
        {
            end++;
            if (part is PartOfDay.Afternoon or PartOfDay.Evening or PartOfDay.Night && time.Hour is >= 1 and < 12 && !(part == PartOfDay.Night && time.Hour < 4))
            {
                return time.AddHours(12);
            }
        }

        return time;
    }

    private static TimeOnly? ClockTime(string group)
    {
        var colon = group.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || group.IndexOf(':', colon + 1) >= 0)
        {
            return null;
        }

        var hour = AbsoluteDateFinder.Integer(group.AsSpan(0, colon));
        var minute = AbsoluteDateFinder.Integer(group.AsSpan(colon + 1));
        return hour is >= 0 and <= 24 && minute is >= 0 and <= 59 ? new TimeOnly(hour % 24, minute) : null;
    }

    private static TimeOnly? HourOnly(string number) => AbsoluteDateFinder.Integer(number) is >= 1 and <= 24 and var hour ? new TimeOnly(hour % 24, 0) : null;

    private static TemporalExpression Make(TemporalKind kind) => new(kind, 0, 0, "");

    /// <summary>A token as the finder reads it: surface, match key, and key without proclitics.</summary>
    private readonly record struct Word(TokenKind Kind, string Surface, string Key, string Core, bool HasArticle)
    {
        /// <summary>Whether a line break or the end of the text comes after it.</summary>
        public bool EndsLine { get; init; }

        public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

        public static Word Of(string text, Token token)
        {
            var surface = token.Of(text).ToString();
            if (!token.IsWord)
            {
                return new Word(token.Kind, surface, surface, surface, false);
            }

            var key = MatchKey.Of(surface);
            return new Word(token.Kind, surface, key, key[Proclitics.Length(key)..], Proclitics.HasArticle(key));
        }
    }

    /// <summary>Whether the learnt model reads the day spanning words <paramref name="first"/>..<paramref name="last"/> as a coming one.</summary>
    private static bool Coming(ComingDayModel model, Word[] w, int first, int last)
    {
        var (before, after) = Context(w, first, last);
        return model.Probability(before, after) >= ComingDayModel.Threshold;
    }

    /// <summary>
    /// The words of its clause around the expression over words <paramref name="first"/>..<paramref name="last"/>, each in its
    /// <see cref="ContextForm"/>: before it nearest first (up to <see cref="ComingDayModel.WordsBefore"/>), after it in order
    /// (up to <see cref="ComingDayModel.WordsAfter"/>). What <see cref="PassedOver"/> names is read across; other punctuation
    /// ends the clause.
    /// </summary>
    private static (List<string> Before, List<string> After) Context(Word[] w, int first, int last)
    {
        var before = new List<string>(ComingDayModel.WordsBefore);
        for (var i = first - 1; i >= 0 && before.Count < ComingDayModel.WordsBefore; i--)
        {
            if (w[i].IsWord)
            {
                before.Add(ContextForm(w[i]));
            }
            else if (!PassedOver(w[i]))
            {
                break;
            }
        }

        var after = new List<string>(ComingDayModel.WordsAfter);
        for (var i = last + 1; i < w.Length && after.Count < ComingDayModel.WordsAfter; i++)
        {
            if (w[i].IsWord)
            {
                after.Add(ContextForm(w[i]));
            }
            else if (!PassedOver(w[i]))
            {
                break;
            }
        }

        return (before, after);
    }

    /// <summary>
    /// A word as the day's context reads it: its match key without a first و or ف when three letters or more remain.
    /// Only the conjunctions come off: ب ل ك and the article are left, since a verb may begin with them («بدأت», «كانت»).
    /// </summary>
    private static string ContextForm(Word word) =>
        Proclitics.WithoutConjunction(word.Key).Length < word.Key.Length ? word.Key[1..] : word.Key;

    /// <summary>Tokens a day's context reads across: numbers, commas, brackets and quotation marks (not a sentence's end).</summary>
    private static bool PassedOver(Word word) =>
        word.Kind is TokenKind.Number or TokenKind.NumberGroup
        || (word.Kind == TokenKind.Punctuation && word.Surface is "،" or "," or "(" or ")" or "«" or "»" or "\"" or "-" or "–");

    /// <summary>
    /// The words of its clause around each expression <see cref="Find"/> found in <paramref name="text"/>, as
    /// <see cref="ComingDayModel"/> reads them (its training reads them here too).
    /// </summary>
    public static List<(List<string> Before, List<string> After)> ContextsOf(string text, IReadOnlyList<TemporalExpression> expressions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(expressions);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var words = tokens.Select(t => Word.Of(text, t)).ToArray();
        var contexts = new List<(List<string>, List<string>)>(expressions.Count);
        foreach (var expression in expressions)
        {
            var first = tokens.FindIndex(t => t.Start >= expression.Start);
            var last = tokens.FindLastIndex(t => t.End <= expression.Start + expression.Length);
            contexts.Add(first < 0 || last < first ? ([], []) : Context(words, first, last));
        }

        return contexts;
    }

    /// <summary>How many words back a future cue still governs a weekday (within its clause).</summary>
    private const int FutureReach = 8;

    /// <summary>Whether the weekday at <paramref name="at"/> is governed by a future cue earlier in its clause, or by حتى just before.</summary>
    private static bool FutureBefore(Word[] w, int at)
    {
        if (at > 0 && w[at - 1].Core == "حتي")
        {
            return true;
        }

        for (var i = at - 1; i >= 0 && i >= at - FutureReach; i--)
        {
            if (!w[i].IsWord)
            {
                return false;
            }

            if (TemporalWords.FutureCues.Contains(w[i].Core))
            {
                return true;
            }
        }

        return false;
    }
}
