using System.Globalization;
using Khabar.Text;
using Khabar.Text.Unicode;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Places a story's events on the calendar. Each day expression of a sentence, resolved against its article's
/// publication day (given or inferred), dates what its <see cref="Slot"/> names; expressions of different
/// articles on one day make one event when their sentences state one fact, or when they are alike
/// (<see cref="SentencePairs"/>) and name the same event (دخوله / وصل / وصوله «يوم الثلاثاء»). A day is doubtful
/// when only one independent source gives it, by a relative expression (a weekday or a day counted from
/// publication, which translation and late editing most often shift), and it falls more than a day before the
/// earliest day two independent sources agree on: seed 000's «الأحد الماضي» for a visit that began on Tuesday
/// the 12th. Doubtful events are listed apart, not placed. An event after the publication day of every article that
/// dates it is <see cref="TimelineEvent.Planned"/>: written of before it came.
/// </summary>
internal static class TimelineBuilder
{
    public static List<TimelineEvent> Build(
        StoryText story, SentencePairs pairs, DatedValue[][] values, int[] factOf, IReadOnlyList<Fact> facts,
        IndependentSources sources, ValueDays days, IReadOnlyList<PublicationDay> published)
    {
        var dated = values.SelectMany(v => v)
            .Select(v => (Value: v, Day: days.Of(v)))
            .Where(x => x.Day is not null)
            .Select(x => (x.Value, Day: x.Day!.Value))
            .ToList();
        var events = new List<(DateOnly Day, List<DatedValue> Values, int Independent)>();
        foreach (var day in dated.GroupBy(x => x.Day).OrderBy(g => g.Key))
        {
            var list = day.Select(x => x.Value).ToList();
            var groupOf = Enumerable.Range(0, list.Count).ToArray();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i].Sentence, list[j].Sentence);
                    if (a.Article != b.Article && (factOf[a.Index] == factOf[b.Index] || (pairs[a.Index, b.Index] > 0 && list[i].SameSlot(list[j]))))
                    {
                        groupOf[Root(groupOf, i)] = Root(groupOf, j);
                    }
                }
            }

            foreach (var group in Enumerable.Range(0, list.Count).GroupBy(i => Root(groupOf, i)))
            {
                // One value per article: the first.
                var members = group.Select(i => list[i]).GroupBy(v => v.Sentence.Article).Select(g => g.First()).OrderBy(v => v.Sentence.Index).ToList();
                events.Add((day.Key, members, sources.Of([.. members.Select(v => v.Sentence.Index).Distinct()]).Count));
            }
        }

        var agreed = events.Where(e => e.Independent >= 2).Select(e => e.Day).DefaultIfEmpty().Min();
        return events
            .Select(e =>
            {
                var lead = e.Values.OrderByDescending(v => facts[factOf[v.Sentence.Index]].Independent).ThenBy(v => v.Sentence.Index).First();
                return new TimelineEvent(
                    e.Day,
                    facts[factOf[lead.Sentence.Index]].Id,
                    TextFor(story, lead),
                    e.Values.Select(v => story.QuoteOf(v.Sentence)).ToList(),
                    e.Values.Select(v => Quote.Of(story.Articles[v.Sentence.Article], v.Extent)).ToList(),
                    Doubt(story, e.Day, e.Values, e.Independent, agreed))
                {
                    Planned = e.Values.TrueForAll(v => !ConflictFinder.Past(v, e.Day, published)),
                };
            })
            .OrderBy(e => e.Day).ThenBy(e => e.Doubt is null ? 0 : 1).ThenByDescending(e => e.Quotes.Count).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToList();
    }

    private static int Root(int[] groupOf, int i)
    {
        while (groupOf[i] != i)
        {
            i = groupOf[i] = groupOf[groupOf[i]];
        }

        return i;
    }

    private static string? Doubt(StoryText story, DateOnly day, List<DatedValue> values, int independent, DateOnly agreed)
    {
        if (agreed == default || independent > 1 || values.Any(v => v.Expression.Date is not null) || day.DayNumber >= agreed.DayNumber - 1)
        {
            return null;
        }

        var written = string.Join(", ", values.Select(v => $"«{v.Expression.Text}» in {story.Articles[v.Sentence.Article].Id}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{written} puts this on {day:yyyy-MM-dd}, {agreed.DayNumber - day.DayNumber} days before the earliest day two independent outlets agree on ({agreed:yyyy-MM-dd})");
    }

    /// <summary>The sentence, or for a sentence with several days, the clause around the expression.</summary>
    private static string TextFor(StoryText story, DatedValue value)
    {
        var sentence = value.Sentence;
        if (sentence.EventDays.Count() == 1)
        {
            return story.TextOf(sentence);
        }

        var text = story.Articles[sentence.Article].Article.CleanText;
        return Clause(text, sentence.Extent, value.Expression.Start).Of(text).ToString().Trim(' ', '،', ',', '.');
    }

    /// <summary>The part of a sentence between the commas around an offset, widened to at least a few words.</summary>
    internal static TextExtent Clause(string text, TextExtent sentence, int offset)
    {
        const int MinWords = 6;
        int start = offset, end = offset;
        while (start > sentence.Start && !IsBreak(text[start - 1]))
        {
            start--;
        }

        while (end < sentence.End && !IsBreak(text[end]))
        {
            end++;
        }

        while (StoryText.WordCount(text.AsSpan(start, end - start)) < MinWords && (start > sentence.Start || end < sentence.End))
        {
            if (end < sentence.End)
            {
                end++;
                while (end < sentence.End && !IsBreak(text[end]))
                {
                    end++;
                }
            }
            else
            {
                start--;
                while (start > sentence.Start && !IsBreak(text[start - 1]))
                {
                    start--;
                }
            }
        }

        return new TextExtent(start, end - start);
    }

    private static bool IsBreak(char c) => Punctuation.IsClauseBreak(c);
}
