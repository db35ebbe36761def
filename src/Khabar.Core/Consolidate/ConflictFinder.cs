using System.Globalization;
using Khabar.Text;
using Khabar.Text.Dates;
using Khabar.Text.Numbers;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Finds where a story's outlets give incompatible values. Two sentences of different outlets' articles (of one event
/// when the story's events are given, since two happenings of a story have their own days and figures; not exact
/// duplicates: a copy may edit a figure, but its days are its source's, re-dated, and are not compared) at least
/// <see cref="MinSimilarity"/> alike that give a value for the same event (their <see cref="Slot"/>s name one
/// event: a date of a report, «قالت اليوم», is no event) conflict when the values cannot both be true:
/// <list type="bullet">
/// <item><b>dates</b>: days at most <see cref="MaxDaysApart"/> apart but not equal (002's «يوم الجمعة» against
/// 001's «السبت» for the bombers), both on or before their article's day (plans are often other events), unless
/// one is a bare «اليوم»/«أمس» in an article given another date, or the two are a day apart and one is a day
/// counted from the writing without its weekday in an article whose date was given; and a dispute needs two outlets
/// that each name their day (a weekday or a date: «مساء أمس الخميس» / «فجر الجمعة») in sentences at least
/// <see cref="CloseSimilarity"/> alike, as figures need: a bare «اليوم» or «أمس», or a named day in a sentence less
/// alike, only joins the side it agrees with, since the day it means hangs on when its article was written, and less
/// alike sentences were, on SaudiNewsNet, mostly two happenings of one story (docs/consolidation.md);</item>
/// <item><b>numbers</b>: quantities of one dimension and unit that no approximation reconciles (12 / 15 قتيلاً;
/// but أكثر من 4000 ميل and 6500 كيلومتر agree), in sentences at least <see cref="CloseSimilarity"/> alike: of the
/// numbers each sentence gives that the other does not, two counts or durations that count the same thing (the
/// same word after the number), or the only ones of their kind whose slots name the same event. Money, percentages
/// and measures differ by the hour, the session and the company (an index's move, a quote, one firm's profit), so
/// they conflict only as one statement told two ways (<see cref="OneStatement"/>): on SaudiNewsNet's labelled
/// conflicts, every right number conflict was a toll, an age or a duration (docs/consolidation.md). No figures are
/// compared between sentences that each name a year or a month the other does not (<see cref="OtherPeriods"/>).</item>
/// <item><b>times of one statement</b>: two sentences <see cref="OneStatement"/> alike, of articles given one
/// publication day, each naming one time the other does not in its place (<see cref="AnotherTime"/>): «الأحد القادم» /
/// «الثلاثاء القادم», «خلال رمضان» / «خلال شوال», «في 2019» / «في 2022».</item>
/// </list>
/// Conflicting pairs that share a sentence are one conflict; its sides are the values, the best supported first,
/// each article on one side only (the first it is found on).
/// </summary>
internal static class ConflictFinder
{
    public const double MinSimilarity = 0.2;

    public const int MaxDaysApart = 14;

    /// <summary>Sentences this alike state the same thing, whatever words surround their values.</summary>
    public const double CloseSimilarity = 0.3;

    /// <summary>Sentences this alike are one statement: their only numbers of a kind are the same count even when
    /// the counted words differ (12 شخصاً لقوا حتفهم / 15 قتيلاً).</summary>
    public const double SameStatement = 0.45;

    /// <summary>
    /// Sentences this alike, of two articles given one publication day, are one statement: when each gives one figure
    /// with a unit (money, a percentage, a measure) that the other does not, and every other figure of either is the
    /// other's too, the two figures are one fact told two ways, whatever the slot (a salary, a share of votes, an
    /// unemployment rate named by no event word). Bare counts are left out: on SaudiNewsNet they were list items,
    /// case numbers and pieces of dates (docs/consolidation.md).
    /// </summary>
    public const double OneStatement = 0.6;

    /// <summary>
    /// How alike two tellings of one day must be, their times' own words left out, to be one statement told with another
    /// time («… الخميس القادم» / «… السبت المقبل», «في 12 من ذي القعدة» / «في 25 من شوال»). Until 2026-12-07 the bar was
    /// <see cref="OneStatement"/> on the whole sentences, time words in, which two short headlines differing only in
    /// their dates seldom reach. On the dev headline pairs' date contradictions (docs/consolidation.md): 0.6 flags 52.0 %,
    /// 0.55 54.5 %, 0.5 55.3 %; on SaudiNewsNet 0.55 adds no conflict (one more outlet to a right one), 0.5 adds two, one
    /// of them wrong (two months' steel output).
    /// </summary>
    public const double OneStatementBesideTimes = 0.55;

    /// <summary>Relative slack for numbers converted between units or rounded (4000 ميل ≈ 6437 km against 6500).</summary>
    private const double Rounding = 0.02;

    /// <summary>How far «نحو» and its kind may stray.</summary>
    private const double About = 0.15;

    /// <summary>The conflicts, each with the sentences (story indexes) it involves; <paramref name="eventOf"/> is each article's event.</summary>
    public static List<(Conflict Conflict, int[] Sentences)> Find(
        StoryText story, SentencePairs pairs, DatedValue[][] dates, ValueDays days, PublicationDay[] published, IndependentSources sources, int[]? eventOf = null)
    {
        var dateEdges = new List<(Value A, Value B)>();
        // Date edges between two days each outlet named (a weekday or a date, not a bare «اليوم»/«أمس»): a dispute
        // needs one; the other edges only bring more outlets to its sides.
        var namedDateEdges = new HashSet<int>();
        var numberEdges = new Dictionary<(Dimension, string?), List<(Value A, Value B)>>();
        // A number's slot is only needed when an alike sentence gives a number of the same kind: built on first use.
        var numbers = story.Sentences.Select(s => s.Quantities.Where(q => q.Approximation != Approximation.Vague)
            .Select(q => (Quantity: q, Slot: new Lazy<Slot>(() => Slot.Of(story, s, new TextExtent(q.Start, q.Length), s.Quantities.Select(o => new TextExtent(o.Start, o.Length))))))
            .ToArray()).ToArray();
        // The times each sentence names, for one statement told with another time: built on first use.
        var times = new List<TimeAnchor>?[story.Sentences.Count];
        List<TimeAnchor> TimesOf(int s) => times[s] ??= TimeAnchors.Of(story.Articles[story.Sentences[s].Article].Article.CleanText, story.Sentences[s]);
        foreach (var (a, b, similarity) in pairs.All.OrderBy(p => p.A).ThenBy(p => p.B))
        {
            if (similarity < MinSimilarity || sources.SameOutletOrText(story.Sentences[a], story.Sentences[b]))
            {
                continue;
            }

            if (eventOf is not null && eventOf[story.Sentences[a].Article] != eventOf[story.Sentences[b].Article])
            {
                continue;
            }

            var datesBefore = dateEdges.Count;
            var numbersFlagged = false;
            // A reprint's days are its source's, re-dated («أمس» in a copy a day later); its figures may be edited.
            var compareDays = dates[a].Length > 0 && dates[b].Length > 0 && !sources.SameCopy(story.Sentences[a], story.Sentences[b]);
            foreach (var x in compareDays ? dates[a] : [])
            {
                foreach (var y in dates[b])
                {
                    if (days.Of(x) is { } dx && days.Of(y) is { } dy
                        && dx != dy && Math.Abs(dx.DayNumber - dy.DayNumber) <= MaxDaysApart && !OneWeekdayNamed(x.Expression, y.Expression)
                        && !WritingDateExplains(x, y, dx, dy, published)
                        && Past(x, dx, published) && Past(y, dy, published)
                        && Comparable(x.Slot, y.Slot, similarity))
                    {
                        // Two named days disagree only in sentences that state the same thing, the bar figures have.
                        if (!Bare(x) && !Bare(y) && similarity >= CloseSimilarity)
                        {
                            namedDateEdges.Add(dateEdges.Count);
                        }

                        dateEdges.Add((new Value(a, dx.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0), new Value(b, dy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0)));
                    }
                }
            }

            // A number that the other sentence also gives (or one compatible with it) is agreed; only the numbers
            // each sentence gives alone can disagree, and they must count the same thing.
            // Figures of sentences about other years or months are other periods' figures (2014's count, 2015's).
            var aloneA = similarity < CloseSimilarity || numbers[a].Length == 0 || numbers[b].Length == 0 || OtherPeriods(TimesOf(a), TimesOf(b)) ? [] : numbers[a].Where(x => !numbers[b].Any(y => SameKind(x.Quantity, y.Quantity) && Compatible(x.Quantity, y.Quantity))).ToList();
            var aloneB = aloneA.Count == 0 ? [] : numbers[b].Where(y => !numbers[a].Any(x => SameKind(x.Quantity, y.Quantity) && Compatible(x.Quantity, y.Quantity))).ToList();
            foreach (var x in aloneA)
            {
                foreach (var y in aloneB)
                {
                    if (!SameKind(x.Quantity, y.Quantity) || YearLike(x.Quantity) || YearLike(y.Quantity))
                    {
                        continue;
                    }

                    var onlyOfKind = aloneA.Count(o => SameKind(o.Quantity, x.Quantity)) == 1 && aloneB.Count(o => SameKind(o.Quantity, y.Quantity)) == 1;
                    var disputed = x.Quantity.Dimension is Dimension.Count or Dimension.Duration
                        && (SameCount(story, story.Sentences[a], x.Quantity, story.Sentences[b], y.Quantity, nounForms: similarity >= SameStatement)
                            || (onlyOfKind && similarity >= SameStatement && Comparable(x.Slot.Value, y.Slot.Value, similarity)));
                    var oneStatement = similarity >= OneStatement && x.Quantity.Dimension != Dimension.Count
                        && aloneA.Count == 1 && aloneB.Count == 1 && numbers[a].Length == numbers[b].Length
                        && SameDayGiven(story.Sentences[a], story.Sentences[b], published);
                    if (disputed || oneStatement)
                    {
                        var kind = (x.Quantity.Dimension, x.Quantity.Unit);
                        if (!numberEdges.TryGetValue(kind, out var edges))
                        {
                            numberEdges[kind] = edges = [];
                        }

                        edges.Add((new Value(a, ValueOf(x.Quantity), x.Quantity.Normalized), new Value(b, ValueOf(y.Quantity), y.Quantity.Normalized)));
                        numbersFlagged = true;
                    }
                }
            }

            // One statement told with another time: «يبدأ القبول الأحد القادم» / «… الثلاثاء القادم», «خلال رمضان» /
            // «خلال شوال», «بعد أسبوعين» / «الأسبوع المقبل».
            if (!numbersFlagged && dateEdges.Count == datesBefore && SameDayGiven(story.Sentences[a], story.Sentences[b], published)
                && AnotherTime(TimesOf(a), TimesOf(b), published[story.Sentences[a].Article].Day) is var (ta, tb)
                && (ta.Family is not (TimeFamily.Quarter or TimeFamily.Half) || SameFigures(numbers[a], numbers[b]))
                && WithoutTheirTimes(story, story.Sentences[a], ta, story.Sentences[b], tb) >= OneStatementBesideTimes
                && !AlsoWrittenIn(story, story.Sentences[a], ta, story.Sentences[b], tb) && !AlsoWrittenIn(story, story.Sentences[b], tb, story.Sentences[a], ta))
            {
                namedDateEdges.Add(dateEdges.Count);
                dateEdges.Add((new Value(a, TextOf(story, story.Sentences[a], ta), 0), new Value(b, TextOf(story, story.Sentences[b], tb), 0)));
            }
        }

        return Merge(Group(story, dateEdges, ConflictKind.Date, namedDateEdges.Contains)
            .Concat(numberEdges.OrderBy(k => k.Key.Item1).ThenBy(k => k.Key.Item2, StringComparer.Ordinal).SelectMany(k => Group(story, k.Value, ConflictKind.Number)))
            .ToList());
    }

    /// <summary>
    /// One dispute found twice (in the headlines and in the bodies: 12 / 15 قتيلاً) is one conflict: conflicts of a
    /// kind with the same values are merged, each side keeping its articles once.
    /// </summary>
    private static List<(Conflict Conflict, int[] Sentences)> Merge(List<(Conflict Conflict, int[] Sentences)> found)
    {
        var merged = new List<(Conflict Conflict, int[] Sentences)>();
        foreach (var (conflict, sentences) in found)
        {
            var values = conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal).ToList();
            var same = merged.FindIndex(m => m.Conflict.About == conflict.About
                && m.Conflict.Sides.Select(s => s.Value).Order(StringComparer.Ordinal).SequenceEqual(values, StringComparer.Ordinal));
            if (same < 0)
            {
                merged.Add((conflict, sentences));
                continue;
            }

            var into = merged[same].Conflict;
            var placed = into.Sides.SelectMany(s => s.Sources).ToHashSet(StringComparer.Ordinal);
            var sides = into.Sides.Select(side => side with
            {
                Quotes = [.. side.Quotes, .. conflict.Sides.Single(s => s.Value == side.Value).Quotes.Where(q => placed.Add(q.Article))],
            }).ToList();
            merged[same] = (into with { Sides = sides }, [.. merged[same].Sentences.Union(sentences).Order()]);
        }

        return merged;
    }

    /// <summary>
    /// How alike two tellings are besides the one time each names that the other does not: the times' own words («21
    /// شوال» / «5 ذي القعدة», «الخميس القادم» / «السبت المقبل») would otherwise make one statement read as two.
    /// </summary>
    private static double WithoutTheirTimes(StoryText story, StorySentence a, TimeAnchor ta, StorySentence b, TimeAnchor tb) =>
        story.SimilarityWithout(a, story.KeysIn(a, ta.Extent.Start, ta.Extent.Start + ta.Extent.Length), b, story.KeysIn(b, tb.Extent.Start, tb.Extent.Start + tb.Extent.Length));

    /// <summary>
    /// The one time each of two tellings of a statement names that the other does not, when those two are of one
    /// family (two days, two months, two feasts, two years, two times counted from the writing, two lengths), stand in
    /// each other's place (the word before or the word after each is the same) and cannot be the same time; null
    /// otherwise. Left out: two bare «اليوم»/«أمس» (a print edition's date against the writing's), «هذا الأسبوع»
    /// against «الأسبوع الماضي» (<see cref="ThisAndLast"/>), two days that resolve to one. (Two lengths the number reader
    /// found are the figures' rule's first: this one is asked only when no figure of the pair conflicts.) On SaudiNewsNet the family and neighbour tests took the new conflicts from 23 to
    /// 10, of which 7 read right (docs/consolidation.md, "One statement, another time").
    /// </summary>
    internal static (TimeAnchor A, TimeAnchor B)? AnotherTime(List<TimeAnchor> a, List<TimeAnchor> b, DateOnly? published)
    {
        TimeAnchor? onlyA = null, onlyB = null;
        foreach (var x in a)
        {
            if (!b.Exists(y => y.Atom == x.Atom))
            {
                if (onlyA is not null)
                {
                    return null;
                }

                onlyA = x;
            }
        }

        foreach (var y in b)
        {
            if (!a.Exists(x => x.Atom == y.Atom))
            {
                if (onlyB is not null)
                {
                    return null;
                }

                onlyB = y;
            }
        }

        if (onlyA is not { } ta || onlyB is not { } tb || ta.Family != tb.Family || (ta.BareDay && tb.BareDay)
            || (ta.Neighbours.Before != tb.Neighbours.Before && ta.Neighbours.After != tb.Neighbours.After) || ThisAndLast(ta, tb) || TwoCalendars(ta, tb))
        {
            return null;
        }

        if (ta.Expression?.Resolve(published) is { } ra && tb.Expression?.Resolve(published) is { } rb && ra.From <= rb.To && rb.From <= ra.To)
        {
            return null;
        }

        // A day and month without its year is the full date with that day («26 فبراير» / «26 فبراير 2016»).
        if ((tb.Expression?.Date is { } fullB && ta.Expression?.IsDayOf(fullB) == true) || (ta.Expression?.Date is { } fullA && tb.Expression?.IsDayOf(fullA) == true)
            || OneWeekdayNamed(ta.Expression, tb.Expression))
        {
            return null;
        }

        return (ta, tb);
    }

    /// <summary>
    /// Whether a bare weekday on one side is the weekday the other side gives with its date («يوم السبت» / «يوم السبت 17
    /// رمضان الماضي»): a bare weekday is placed on the last such day by guess, and the outlet that gives the date says which.
    /// </summary>
    private static bool OneWeekdayNamed(TemporalExpression? x, TemporalExpression? y) =>
        (x, y) switch
        {
            ({ Kind: TemporalKind.Weekday, Weekday: { } day }, { Kind: TemporalKind.Date or TemporalKind.DayMonth, Weekday: { } dated }) => day == dated,
            ({ Kind: TemporalKind.Date or TemporalKind.DayMonth, Weekday: { } dated }, { Kind: TemporalKind.Weekday, Weekday: { } day }) => day == dated,
            _ => false,
        };

    /// <summary>
    /// Whether the words of a time one telling names stand in the other telling too, outside the time that telling names
    /// instead (a time its reader missed there: «بتاريخ 27 / 8 /1412 ه» against «بتاريخ 27/ 8/1412 ه»; «الأسبوع» of «هذا
    /// الأسبوع» inside the other's «الأسبوع المقبل» does not count).
    /// </summary>
    private static bool AlsoWrittenIn(StoryText story, StorySentence sentence, TimeAnchor anchor, StorySentence other, TimeAnchor otherAnchor)
    {
        var written = anchor.Extent.Of(story.Articles[sentence.Article].Article.CleanText).Trim();
        var text = story.Articles[other.Article].Article.CleanText;
        var (start, end) = (other.Extent.Start, other.Extent.Start + other.Extent.Length);
        var (from, to) = (Math.Clamp(otherAnchor.Extent.Start, start, end), Math.Clamp(otherAnchor.Extent.Start + otherAnchor.Extent.Length, start, end));
        var (before, after) = (new TextExtent(start, from - start), new TextExtent(to, end - to));
        return written.Length > 0 && (before.Of(text).Contains(written, StringComparison.Ordinal) || after.Of(text).Contains(written, StringComparison.Ordinal));
    }

    /// <summary>
    /// «هذا الأسبوع» against «الأسبوع الماضي» (or the month's, the year's) in two outlets of one day: where a week begins
    /// (Saturday, Sunday, Monday) and when a report was written, not a dispute.
    /// </summary>
    private static bool ThisAndLast(TimeAnchor a, TimeAnchor b) =>
        a.Expression is { Kind: TemporalKind.RelativeWeek or TemporalKind.RelativeMonth or TemporalKind.RelativeYear } x
        && b.Expression is { } y && x.Kind == y.Kind && Math.Min(x.Offset, y.Offset) == -1 && Math.Max(x.Offset, y.Offset) == 0;

    /// <summary>A Hijri and a Gregorian month or year («1437» / «2015», «رمضان» / «يونيو»): one time in two calendars, as often as not.</summary>
    private static bool TwoCalendars(TimeAnchor a, TimeAnchor b) =>
        a.Family is TimeFamily.Month or TimeFamily.Year && a.Atom.StartsWith('h') != b.Atom.StartsWith('h');

    private static string TextOf(StoryText story, StorySentence sentence, TimeAnchor anchor) =>
        anchor.Extent.Of(story.Articles[sentence.Article].Article.CleanText).ToString();

    /// <summary>Whether the two sentences' articles were given (not inferred) one publication day.</summary>
    private static bool SameDayGiven(StorySentence a, StorySentence b, PublicationDay[] published) =>
        published[a.Article] is { Day: { } x, Inferred: false } && published[b.Article] is { Day: { } y, Inferred: false } && x == y;

    /// <summary>
    /// Whether a value dates something that has happened by its article's publication. Plans and schedules
    /// («غداً», «يوم الأحد المقبل», a match on the 15th) are often different events with their own days.
    /// </summary>
    internal static bool Past(DatedValue value, DateOnly day, IReadOnlyList<PublicationDay> published) =>
        published[value.Sentence.Article].Day is not { } written || day <= written;

    /// <summary>
    /// Whether two days may differ only by the date an outlet gives its writing. A day counted from the writing
    /// without its weekday («اليوم», «أمس», «أول من أمس») says nothing but "the day of writing", and the date an outlet
    /// gives is often another day: a print edition's or a crawl's (after the writing), a report filed after midnight
    /// or dated in another time zone (before it). Such a day, in an article whose date was given (not inferred from
    /// the story), is no evidence against an article dated otherwise, nor against a day one apart even when both
    /// outlets give the same date. A weekday («يوم الجمعة», «أمس الخميس») names the same day either way, and so does
    /// a day the story inferred from one. On the SaudiNewsNet samples read by eye (<c>bench/data/conflicts</c>) no
    /// date conflict was right; excusing only the later of two days one apart left 3 more wrong ones of the held-out
    /// sample (docs/consolidation.md).
    /// </summary>
    private static bool WritingDateExplains(DatedValue x, DatedValue y, DateOnly dx, DateOnly dy, PublicationDay[] published) =>
        (GivenBare(x, published) || GivenBare(y, published))
        && (published[x.Sentence.Article].Day != published[y.Sentence.Article].Day || Math.Abs(dx.DayNumber - dy.DayNumber) == 1);

    /// <summary>A day counted from the writing, without its weekday, in an article whose date was given.</summary>
    private static bool GivenBare(DatedValue value, PublicationDay[] published) =>
        Bare(value) && published[value.Sentence.Article] is { Day: not null, Inferred: false };

    private static bool Bare(DatedValue value) => value.Expression is { Kind: TemporalKind.RelativeDay, Weekday: null };

    private static bool SameKind(Quantity a, Quantity b) => a.Dimension == b.Dimension && a.Unit == b.Unit;

    /// <summary>
    /// Whether two counts count the same thing: the content word after each number has one key (15 قتيلاً / 12 قتيلاً),
    /// or, with <paramref name="nounForms"/>, is one noun in the forms a count gives it (<see cref="CountedNouns"/>: «6
    /// أشخاص» / «14 شخصاً»). A conflict asks for the noun's forms only of sentences <see cref="SameStatement"/> alike: on
    /// SaudiNewsNet, at any likeness from <see cref="CloseSimilarity"/> they added 11 number conflicts, 8 of them between
    /// two happenings of one story (a toll in Aleppo against one in Idlib, two regions' ambulance calls); two sentences
    /// that tell one statement apart from their figures (one flat's residents, 15 / 4) keep theirs.
    /// </summary>
    private static bool SameCount(StoryText story, StorySentence a, Quantity x, StorySentence b, Quantity y, bool nounForms)
    {
        if (story.KeyAfter(a, x.Start + x.Length) is not { } after || story.KeyAfter(b, y.Start + y.Length) is not { } other)
        {
            return false;
        }

        return after == other || (nounForms
            && CountedNouns.Default.KeyOf(story.WordAfter(a, x.Start + x.Length)) == CountedNouns.Default.KeyOf(story.WordAfter(b, y.Start + y.Length)));
    }

    /// <summary>
    /// A bare number that reads as a year (1436 هـ, 2015) is more likely a date the finder left than a count; one given
    /// as about so many («نحو 1500»، «أكثر من 1500») is a count.
    /// </summary>
    private static bool YearLike(Quantity quantity) =>
        quantity.Dimension == Dimension.Count && quantity.Approximation == Approximation.Exact && Years.Plausible(quantity.Value);

    /// <summary>A value a sentence gives: its display form, and for numbers the normalized value (to group sides).</summary>
    private sealed record Value(int Sentence, string Display, double Number);

    private static IEnumerable<(Conflict, int[])> Group(StoryText story, List<(Value A, Value B)> edges, ConflictKind kind, Func<int, bool>? decisive = null)
    {
        var groupOf = new Dictionary<int, int>();
        int Root(int s)
        {
            while (groupOf.GetValueOrDefault(s, s) is var parent && parent != s)
            {
                s = parent;
            }

            return s;
        }

        foreach (var (a, b) in edges)
        {
            var (ra, rb) = (Root(a.Sentence), Root(b.Sentence));
            if (ra != rb)
            {
                groupOf[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        foreach (var component in edges.Select((e, i) => (e.A, e.B, Index: i)).GroupBy(e => Root(e.A.Sentence)).OrderBy(g => g.Key))
        {
            if (decisive is not null && !component.Any(e => decisive(e.Index)))
            {
                continue;
            }

            var values = component.SelectMany(e => new[] { e.A, e.B }).Distinct().ToList();
            var placed = new HashSet<int>();
            var sides = new List<ConflictSide>();
            foreach (var side in values.GroupBy(v => v.Display)
                .OrderByDescending(g => g.Select(v => story.Sentences[v.Sentence].Article).Distinct().Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var quotes = side.Select(v => story.Sentences[v.Sentence]).Where(s => placed.Add(s.Article))
                    .OrderBy(s => s.Index).Select(story.QuoteOf).ToList();
                if (quotes.Count > 0)
                {
                    sides.Add(new ConflictSide(side.Key, quotes));
                }
            }

            if (sides.Count > 1)
            {
                yield return (new Conflict(kind, string.Empty, string.Empty, sides), values.Select(v => v.Sentence).Distinct().Order().ToArray());
            }
        }
    }

    /// <summary>
    /// Whether two sentences give figures, the same ones, each of one compatible with one of the other's. Two tellings of a
    /// quarter's or a half's results that differ in the period and in the figures are two periods' results («أرباح
    /// الربع الأول 10%» / «أرباح الربع الثالث 12%»); with the same figures, one result given two periods.
    /// </summary>
    private static bool SameFigures((Quantity Quantity, Lazy<Slot> Slot)[] a, (Quantity Quantity, Lazy<Slot> Slot)[] b)
    {
        // A year the number reader took as a count («من العام 1436») is no figure of the result.
        Quantity[] Figures((Quantity Quantity, Lazy<Slot> Slot)[] numbers) => [.. numbers.Select(n => n.Quantity).Where(q => !YearLike(q))];
        var (x, y) = (Figures(a), Figures(b));
        return x.Length > 0 && y.Length > 0
            && Array.TrueForAll(x, p => Array.Exists(y, q => SameKind(p, q) && Compatible(p, q)))
            && Array.TrueForAll(y, q => Array.Exists(x, p => SameKind(p, q) && Compatible(p, q)));
    }

    /// <summary>
    /// Whether two values are about the same event: their slots name one, and either the sentences are
    /// <see cref="CloseSimilarity"/> alike or the slots share a word besides the event (so that «بدأ زيارة»
    /// and «انطلق أول قطار» in one story stay apart).
    /// </summary>
    private static bool Comparable(Slot a, Slot b, double similarity) =>
        a.NamesEvent && b.NamesEvent && a.Matches(b) && (similarity >= CloseSimilarity || a.SharesContext(b));

    /// <summary>
    /// Whether each sentence names a year, a month, a quarter or a half of the year the other does not (2014's count
    /// against 2015's, the second quarter's profit against the first's).
    /// </summary>
    private static bool OtherPeriods(List<TimeAnchor> a, List<TimeAnchor> b)
    {
        foreach (var family in (ReadOnlySpan<TimeFamily>)[TimeFamily.Year, TimeFamily.Month, TimeFamily.Quarter, TimeFamily.Half])
        {
            if (a.Exists(x => x.Family == family && !b.Exists(y => y.Atom == x.Atom)) && b.Exists(y => y.Family == family && !a.Exists(x => x.Atom == y.Atom)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two sentences give figures of one kind that cannot both be true, each one the other lacks (2.2 % and
    /// 1,108.18 dollars against 1.5 % and 1,116.43: two hours' gold prices): such sentences do not confirm each other,
    /// whether or not their figures make a conflict (<see cref="Find"/> compares only what one event's slot names).
    /// </summary>
    internal static bool FiguresDisagree(StoryText story, StorySentence a, StorySentence b)
    {
        foreach (var x in a.Quantities)
        {
            if (x.Approximation == Approximation.Vague || YearLike(x) || b.Quantities.Any(y => SameKind(x, y) && Compatible(x, y)))
            {
                continue;
            }

            foreach (var y in b.Quantities)
            {
                // Counts disagree only when they count the same thing (280 doctors and 6 courses do not).
                if (y.Approximation != Approximation.Vague && !YearLike(y) && SameKind(x, y)
                    && (x.Dimension != Dimension.Count || SameCount(story, a, x, b, y, nounForms: false))
                    && !a.Quantities.Any(o => SameKind(o, y) && Compatible(o, y)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two quantities can both be true: their ranges, widened for rounding, meet; or one is the other as some
    /// outlets print it (<see cref="Misprints"/>).
    /// </summary>
    internal static bool Compatible(Quantity a, Quantity b)
    {
        var (aLow, aHigh) = Bounds(a);
        var (bLow, bHigh) = Bounds(b);
        return (aLow <= bHigh * (1 + Rounding) && bLow <= aHigh * (1 + Rounding)) || Misprints.Reversed(a, b) || Misprints.PointThousands(a, b) || Misprints.PointThousands(b, a)
            || Misprints.RedundantThousand(a, b) || Misprints.RedundantThousand(b, a);
    }

    private static (double Low, double High) Bounds(Quantity quantity)
    {
        var value = quantity.Normalized;
        return quantity.Approximation switch
        {
            Approximation.About => (value * (1 - About), value * (1 + About)),
            Approximation.MoreThan or Approximation.AtLeast => (value, double.PositiveInfinity),
            Approximation.LessThan or Approximation.UpTo => (0, value),
            _ => (value, value),
        };
    }

    private static string ValueOf(Quantity quantity) => quantity.Converted ?? quantity.Text;
}
