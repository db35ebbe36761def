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

        // With no weekday to pin it and nothing dated like its own values, no day scores: decided at once, rather than
        // after trying every day of the story's span (a collection of undated pages can span decades).
        if (pinned.Count == 0 && anchors.All(a => a.Count == 0))
        {
            return null;
        }

        var scored = new List<(DateOnly Day, int Score, List<DateEvidence> Evidence)>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (pinned.Any(v => day.AddDays(v.Expression.Offset).DayOfWeek != v.Expression.Weekday))
            {
                continue;
            }

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

            scored.Add((day, score, evidence));
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

    private static DateEvidence Evidence(StoryText story, DatedValue value, DateOnly day, string? anchor) =>
        new(Quote.Of(story.Articles[value.Sentence.Article], value.Extent), value.Expression.Resolve(day)!.Value.From, anchor);
}
