using System.Globalization;
using Khabar.Text;
using Khabar.Text.Numbers;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Finds where a story's outlets give incompatible values. Two sentences of different articles at least
/// <see cref="MinSimilarity"/> alike that give a value for the same event (their <see cref="Slot"/>s name one
/// event: a date of a report, «قالت اليوم», is no event) conflict when the values cannot both be true:
/// <list type="bullet">
/// <item><b>dates</b>: days at most <see cref="MaxDaysApart"/> apart but not equal (002's «يوم الجمعة» against
/// 001's «السبت» for the bombers);</item>
/// <item><b>numbers</b>: quantities of one dimension and unit that no approximation reconciles (12 / 15 قتيلاً;
/// but أكثر من 4000 ميل and 6500 كيلومتر agree).</item>
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

    /// <summary>Relative slack for numbers converted between units or rounded (4000 ميل ≈ 6437 km against 6500).</summary>
    private const double Rounding = 0.02;

    /// <summary>How far «نحو» and its kind may stray.</summary>
    private const double About = 0.15;

    /// <summary>The conflicts, each with the sentences (story indexes) it involves.</summary>
    public static List<(Conflict Conflict, int[] Sentences)> Find(StoryText story, SentencePairs pairs, DatedValue[][] dates, ValueDays days, IndependentSources sources)
    {
        var dateEdges = new List<(Value A, Value B)>();
        var numberEdges = new List<(Value A, Value B)>();
        // A number's slot is only needed when an alike sentence gives a number of the same kind: built on first use.
        var numbers = story.Sentences.Select(s => s.Quantities.Where(q => q.Approximation != Approximation.Vague)
            .Select(q => (Quantity: q, Slot: new Lazy<Slot>(() => Slot.Of(story, s, new TextExtent(q.Start, q.Length), s.Quantities.Select(o => new TextExtent(o.Start, o.Length))))))
            .ToArray()).ToArray();
        foreach (var (a, b, similarity) in pairs.All.OrderBy(p => p.A).ThenBy(p => p.B))
        {
            if (similarity < MinSimilarity || sources.SameCopy(story.Sentences[a], story.Sentences[b]))
            {
                // A reprint does not contradict its source.
                continue;
            }

            foreach (var x in dates[a])
            {
                foreach (var y in dates[b])
                {
                    if (days.Of(x) is { } dx && days.Of(y) is { } dy
                        && dx != dy && Math.Abs(dx.DayNumber - dy.DayNumber) <= MaxDaysApart
                        && Comparable(x.Slot, y.Slot, similarity))
                    {
                        dateEdges.Add((new Value(a, dx.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0), new Value(b, dy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0)));
                    }
                }
            }

            foreach (var x in numbers[a])
            {
                foreach (var y in numbers[b])
                {
                    if (x.Quantity.Dimension == y.Quantity.Dimension && x.Quantity.Unit == y.Quantity.Unit
                        && !Compatible(x.Quantity, y.Quantity) && Comparable(x.Slot.Value, y.Slot.Value, similarity))
                    {
                        numberEdges.Add((new Value(a, ValueOf(x.Quantity), x.Quantity.Normalized), new Value(b, ValueOf(y.Quantity), y.Quantity.Normalized)));
                    }
                }
            }
        }

        return Group(story, dateEdges, ConflictKind.Date).Concat(Group(story, numberEdges, ConflictKind.Number)).ToList();
    }

    /// <summary>A value a sentence gives: its display form, and for numbers the normalized value (to group sides).</summary>
    private sealed record Value(int Sentence, string Display, double Number);

    private static IEnumerable<(Conflict, int[])> Group(StoryText story, List<(Value A, Value B)> edges, ConflictKind kind)
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

        foreach (var component in edges.GroupBy(e => Root(e.A.Sentence)).OrderBy(g => g.Key))
        {
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
    /// Whether two values are about the same event: their slots name one, and either the sentences are
    /// <see cref="CloseSimilarity"/> alike or the slots share a word besides the event (so that «بدأ زيارة»
    /// and «انطلق أول قطار» in one story stay apart).
    /// </summary>
    private static bool Comparable(Slot a, Slot b, double similarity) =>
        a.NamesEvent && b.NamesEvent && a.Matches(b) && (similarity >= CloseSimilarity || a.SharesContext(b));

    /// <summary>Whether two quantities can both be true: their ranges, widened for rounding, meet.</summary>
    internal static bool Compatible(Quantity a, Quantity b)
    {
        var (aLow, aHigh) = Bounds(a);
        var (bLow, bHigh) = Bounds(b);
        return aLow <= bHigh * (1 + Rounding) && bLow <= aHigh * (1 + Rounding);
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
