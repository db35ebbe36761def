using Khabar.Text.Dates;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Infers the publication day of a story's undated articles from their relative dates. A dated article places
/// the events of its sentences on the calendar; an undated article whose sentence is like one of those
/// (<see cref="AnchorSimilarity"/>) and dates the same thing (<see cref="Slot"/>) with a relative expression
/// (يوم السبت، أمس) is published on a day that puts the expression on that same day. An expression that names
/// the weekday of writing (اليوم الأحد، أمس الجمعة) is a hard constraint. Each candidate day scores one per
/// agreeing expression. Articles with such a weekday are decided first, then the one whose best day stands out
/// most, and each decided article's dates anchor the rest (so 001's «أمس» is placed by 000's «اليوم الأحد»).
/// Ties go to the day nearest a known publication day, then the earlier.
/// </summary>
internal static class PublicationInference
{
    /// <summary>Sentence similarity from which two sentences may date the same event.</summary>
    public const double AnchorSimilarity = 0.2;

    /// <summary>Candidate days run from this many days before the story's earliest known day...</summary>
    private const int DaysBefore = 3;

    /// <summary>...to this many after its latest.</summary>
    private const int DaysAfter = 10;

    public static PublicationDay[] Infer(StoryText story, SentencePairs pairs, DatedValue[][] values)
    {
        var days = story.Articles.Select(PublicationDay.Given).ToArray();
        while (days.Any(d => d.Day is null))
        {
            var known = new List<DateOnly>();
            foreach (var value in values.SelectMany(v => v))
            {
                if (value.Expression.Resolve(days[value.Sentence.Article].Day) is { IsDay: true } range)
                {
                    known.Add(range.From);
                }
            }

            var published = days.Where(d => d.Day is not null).Select(d => d.Day!.Value).ToList();
            known.AddRange(published);
            if (known.Count == 0)
            {
                break;
            }

            var (first, last) = (known.Min().AddDays(-DaysBefore), known.Max().AddDays(DaysAfter));
            Candidate? best = null;
            for (var a = 0; a < days.Length; a++)
            {
                if (days[a].Day is null && BestDay(story, a, pairs, values, days, first, last, published) is { } candidate
                    && (best is null || (candidate.Pinned, candidate.Margin, candidate.Score).CompareTo((best.Pinned, best.Margin, best.Score)) > 0))
                {
                    best = candidate;
                }
            }

            if (best is null)
            {
                break;
            }

            days[best.Article] = new PublicationDay(story.Articles[best.Article].Id, best.Day, true, best.Evidence);
        }

        return days;
    }

    private sealed record Candidate(int Article, DateOnly Day, bool Pinned, int Score, int Margin, IReadOnlyList<DateEvidence> Evidence);

    private static Candidate? BestDay(
        StoryText story, int article, SentencePairs pairs, DatedValue[][] values, PublicationDay[] days,
        DateOnly first, DateOnly last, List<DateOnly> published)
    {
        var own = story.SentencesOf(article).ToArray().SelectMany(s => values[s.Index]).ToList();
        var pinned = own.Where(v => v.Expression is { Kind: TemporalKind.RelativeDay, Weekday: not null }).ToList();

        // For each own value, the days that dated sentences like its own give the same thing.
        var anchors = own.Select(v => pairs.Of(v.Sentence.Index, AnchorSimilarity)
            .SelectMany(other => values[other])
            .Where(v.SameSlot)
            .Select(o => (Day: o.Expression.Resolve(days[o.Sentence.Article].Day), Article: story.Articles[o.Sentence.Article].Id))
            .Where(o => o.Day is { IsDay: true })
            .Select(o => (Day: o.Day!.Value.From, o.Article))
            .ToList()).ToList();

        // With no weekday to pin it and nothing dated like its own values, no day scores: no candidate day is worth making.
        if (pinned.Count == 0 && anchors.All(a => a.Count == 0))
        {
            return null;
        }

        var scored = new List<(DateOnly Day, int Score, List<DateEvidence> Evidence)>();
        bool Allowed(DateOnly day) => !pinned.Any(v => day.AddDays(v.Expression.Offset).DayOfWeek != v.Expression.Weekday);
        (DateOnly Day, int Score, List<DateEvidence> Evidence) Score(DateOnly day)
        {
            var evidence = pinned.Select(v => Evidence(story, v, day, anchor: null)).ToList();
            var score = 0;
            for (var i = 0; i < own.Count; i++)
            {
                if (own[i].Expression.Resolve(day) is { IsDay: true } range && anchors[i].FirstOrDefault(x => x.Day == range.From) is { Article: not null } agreeing)
                {
                    score++;
                    evidence.Add(Evidence(story, own[i], day, agreeing.Article));
                }
            }

            return (day, score, evidence);
        }

        foreach (var day in CandidateDays(own, anchors, first, last, published, Allowed))
        {
            scored.Add(Score(day));
        }

        if (scored.Count == 0 || (pinned.Count == 0 && scored.Max(s => s.Score) == 0))
        {
            return null;
        }

        var ranked = scored.OrderByDescending(s => s.Score)
            .ThenBy(s => published.Count == 0 ? 0 : published.Min(p => Math.Abs(p.DayNumber - s.Day.DayNumber)))
            .ThenBy(s => s.Day).ToList();
        var margin = ranked.Count > 1 ? ranked[0].Score - ranked[1].Score : ranked[0].Score + 1;
        return new Candidate(article, ranked[0].Day, pinned.Count > 0, ranked[0].Score, margin, ranked[0].Evidence);
    }

    /// <summary>
    /// The allowed days from <paramref name="first"/> to <paramref name="last"/> that can rank first or second among
    /// them all, in order: trying every day made a story whose texts give dates decades apart (undated search results)
    /// cost minutes. A day scores above the rest only where one of the article's values that depends on its publication
    /// day lands on an anchor, so within that value's <see cref="TemporalExpression.Reach"/> of the anchor; every other
    /// day scores the same, and of those the two that come first by the ranking (nearest a known publication day, then
    /// the earlier) stand for them all.
    /// </summary>
    private static IEnumerable<DateOnly> CandidateDays(
        List<DatedValue> own, List<List<(DateOnly Day, string Article)>> anchors, DateOnly first, DateOnly last,
        List<DateOnly> published, Func<DateOnly, bool> allowed)
    {
        var days = new SortedSet<DateOnly>();
        for (var i = 0; i < own.Count; i++)
        {
            if (own[i].Expression.Reach is not { } reach)
            {
                continue;
            }

            foreach (var (anchor, _) in anchors[i])
            {
                var from = Math.Max(first.DayNumber, anchor.DayNumber - reach);
                var to = Math.Min(last.DayNumber, anchor.DayNumber + reach);
                for (var n = from; n <= to; n++)
                {
                    days.Add(DateOnly.FromDayNumber(n));
                }
            }
        }

        days.RemoveWhere(d => !allowed(d));
        foreach (var day in Background(first, last, published, allowed, days).Take(2).ToList())
        {
            days.Add(day);
        }

        foreach (var day in days)
        {
            yield return day;
        }
    }

    /// <summary>
    /// The allowed days of the span not <paramref name="taken"/>, in the order the ranking takes days of equal score
    /// (nearest a known publication day, then the earlier), as far as the first two: the first two found walking each way
    /// from each known day hold them.
    /// </summary>
    private static IEnumerable<DateOnly> Background(DateOnly first, DateOnly last, List<DateOnly> published, Func<DateOnly, bool> allowed, SortedSet<DateOnly> taken)
    {
        // Whether a day is allowed depends on its weekday alone: with no allowed day in a week, none in the span.
        if (!Enumerable.Range(0, 7).Any(k => allowed(first.AddDays(k))))
        {
            return [];
        }

        if (published.Count == 0)
        {
            return Walk(first.DayNumber, last.DayNumber, 1, 2).Select(DateOnly.FromDayNumber);
        }

        var known = published.Select(p => p.DayNumber).Distinct().Order().ToArray();
        return known.SelectMany(p => Walk(p, first.DayNumber, -1, 2).Concat(Walk(p + 1, last.DayNumber, 1, 2)))
            .Distinct().OrderBy(n => Nearest(known, n)).ThenBy(n => n).Select(DateOnly.FromDayNumber);

        IEnumerable<int> Walk(int from, int to, int step, int wanted)
        {
            var found = 0;
            for (var n = from; found < wanted && (step > 0 ? n <= to : n >= to); n += step)
            {
                if (allowed(DateOnly.FromDayNumber(n)) && !taken.Contains(DateOnly.FromDayNumber(n)))
                {
                    found++;
                    yield return n;
                }
            }
        }
    }

    private static int Nearest(int[] sorted, int n)
    {
        var at = Array.BinarySearch(sorted, n);
        if (at >= 0)
        {
            return 0;
        }

        at = ~at;
        var best = int.MaxValue;
        if (at < sorted.Length)
        {
            best = sorted[at] - n;
        }

        if (at > 0)
        {
            best = Math.Min(best, n - sorted[at - 1]);
        }

        return best;
    }

    private static DateEvidence Evidence(StoryText story, DatedValue value, DateOnly day, string? anchor) =>
        new(Quote.Of(story.Articles[value.Sentence.Article], value.Extent), value.Expression.Resolve(day)!.Value.From, anchor);
}
