using System.Collections.Frozen;
using System.Globalization;
using Khabar.Text;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;
using Khabar.Text.Numbers;
using Khabar.Text.Resources;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Consolidate;

/// <summary>What a time anchor names, for telling which two can be put in each other's place.</summary>
internal enum TimeFamily : byte
{
    /// <summary>A calendar day: a date, a weekday.</summary>
    Day,

    /// <summary>A month of either calendar.</summary>
    Month,

    /// <summary>A feast of the year (عيد الفطر، عيد الأضحى).</summary>
    Feast,

    /// <summary>A year of either calendar.</summary>
    Year,

    /// <summary>A time counted from the writing: «غداً»، «الأسبوع المقبل»، «العام المقبل»، «بعد أسبوعين»، «قبل عام».</summary>
    Relative,

    /// <summary>A length of time: «خلال أسبوعين»، «منذ عام»، «3 أيام».</summary>
    Span,
}

/// <summary>
/// One time a sentence names, as an atom two tellings of one statement can be compared by: «الأحد القادم» and «يوم
/// الأحد» are the same weekday, «رمضان» and «شوال» two months. <see cref="Extent"/> is in the article's clean text.
/// </summary>
internal readonly record struct TimeAnchor(string Atom, TimeFamily Family, TextExtent Extent, TemporalExpression? Expression = null, bool Counted = false)
{
    /// <summary>The match keys of the words just before and just after the anchor in its sentence ("" at either end).</summary>
    public (string Before, string After) Neighbours { get; init; }

    /// <summary>A day counted from the writing without its weekday («اليوم»، «أمس»).</summary>
    public bool BareDay => Expression is { Kind: TemporalKind.RelativeDay, Weekday: null };
}

/// <summary>
/// The times a sentence names: what the date reader found (days, weekdays, months, weeks and years counted from the
/// writing), spans the number reader found («3 أيام»), and what neither places on the calendar: a Hijri month named
/// alone, a feast, a year written alone, a dual or a unit after a span word («بعد أسبوعين»، «خلال عام») from
/// <c>time-words.txt</c>. A pure function of the sentence.
/// </summary>
internal static class TimeAnchors
{
    /// <summary>What a line of <c>time-words.txt</c> says a word (or two) is.</summary>
    private enum TimeWordKind : byte
    {
        Month,
        Feast,
        Dual,
        Unit,
        SpanWord,
    }

    /// <summary>A listed time word: its kind, the atom it names (months, feasts) and its days (duals, units).</summary>
    private readonly record struct TimeWord(TimeWordKind Kind, string Atom, double Days);

    private static readonly Lazy<(FrozenDictionary<string, TimeWord> Words, int Longest)> List = new(Load);

    public static List<TimeAnchor> Of(string text, StorySentence sentence)
    {
        var anchors = new List<TimeAnchor>();
        var taken = new List<TextExtent>();
        foreach (var date in sentence.Dates)
        {
            if (AtomOf(date) is { } found)
            {
                anchors.Add(new TimeAnchor(found.Atom, found.Family, new TextExtent(date.Start, date.Length), date));
            }

            taken.Add(new TextExtent(date.Start, date.Length));
        }

        foreach (var quantity in sentence.Quantities)
        {
            if (quantity.Dimension == Dimension.Duration)
            {
                anchors.Add(new TimeAnchor(Days(quantity.Normalized), TimeFamily.Span, new TextExtent(quantity.Start, quantity.Length), Counted: true));
            }

            taken.Add(new TextExtent(quantity.Start, quantity.Length));
        }

        var (words, longest) = List.Value;
        var tokens = new List<Token>();
        var span = sentence.Extent.Of(text);
        Tokenizer.Tokenize(span, tokens);
        var keys = new string[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            keys[k] = tokens[k].IsWord ? MatchKey.Of(tokens[k].Of(span)) : "";
        }

        bool Free(int start, int end) => !taken.Any(t => start < t.Start + t.Length && t.Start < end);
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = sentence.Extent.Start + tokens[i].Start;
            if (tokens[i].Kind == TokenKind.Number && Year(tokens[i].Of(span), i + 1 < tokens.Count ? keys[i + 1] : "") is { } year
                && Free(start, start + tokens[i].Length))
            {
                anchors.Add(new TimeAnchor(year, TimeFamily.Year, new TextExtent(start, tokens[i].Length)));
                continue;
            }

            for (var n = Math.Min(longest, tokens.Count - i); n >= 1; n--)
            {
                if (Match(keys, i, n, words) is not { } meaning)
                {
                    continue;
                }

                var end = sentence.Extent.Start + tokens[i + n - 1].End;
                if (!Free(start, end))
                {
                    break;
                }

                if (meaning.Kind is TimeWordKind.Month or TimeWordKind.Feast)
                {
                    // Shown without its proclitics («بعيد الفطر» → «عيد الفطر»).
                    var from = start + Math.Min(Reading(keys, i, n == 1 ? "" : " " + string.Join(' ', keys, i + 1, n - 1), words)?.Proclitics ?? 0, tokens[i].Length - 1);
                    anchors.Add(new TimeAnchor(meaning.Atom, meaning.Kind == TimeWordKind.Month ? TimeFamily.Month : TimeFamily.Feast, new TextExtent(from, end - from)));
                    i += n - 1;
                }
                else if (meaning.Kind == TimeWordKind.Dual)
                {
                    // A dual is a time only after a span word, and shown with it: «بعد أسبوعين» (a time from the writing),
                    // «خلال أسبوعين» (a length); «مائة وعامين» is a number.
                    if (i > 0 && SpanWord(keys[i - 1]) is { } family)
                    {
                        var from = sentence.Extent.Start + tokens[i - 1].Start;
                        anchors.Add(new TimeAnchor(Days(meaning.Days), family, new TextExtent(from, end - from)));
                    }

                    i += n - 1;
                }
                else if (meaning.Kind == TimeWordKind.SpanWord && n == 1 && i + 1 < tokens.Count && Match(keys, i + 1, 1, words) is { Kind: TimeWordKind.Unit } unit
                    && !(i + 2 < tokens.Count && (tokens[i + 2].Kind == TokenKind.Number || Longest(keys, i + 2, longest, words) is { Kind: TimeWordKind.Month or TimeWordKind.Feast })))
                {
                    // «خلال عام»، «بعد أسبوع»: a span of one unit («منذ عام 1924» is a year, read above; «خلال شهر رمضان» a month).
                    var unitEnd = sentence.Extent.Start + tokens[i + 1].End;
                    if (Free(start, unitEnd))
                    {
                        anchors.Add(new TimeAnchor(Days(unit.Days), SpanWord(keys[i]) ?? TimeFamily.Span, new TextExtent(start, unitEnd - start)));
                        i++;
                    }
                }

                break;
            }
        }

        // Each anchor's neighbouring words, by which two tellings show that one time stands in the other's place.
        for (var k = 0; k < anchors.Count; k++)
        {
            var (from, to) = (anchors[k].Extent.Start - sentence.Extent.Start, anchors[k].Extent.Start + anchors[k].Extent.Length - sentence.Extent.Start);
            var before = tokens.FindLastIndex(t => t.End <= from && t.IsWord);
            var after = tokens.FindIndex(t => t.Start >= to && t.IsWord);
            anchors[k] = anchors[k] with { Neighbours = (before >= 0 ? keys[before] : "", after >= 0 ? keys[after] : "") };
        }

        return anchors;
    }

    /// <summary>What a span word makes of the length after it: a time from the writing after «بعد» or «قبل», a length otherwise.</summary>
    private static TimeFamily? SpanWord(string key)
    {
        var (words, _) = List.Value;
        foreach (var reading in Proclitics.Readings(key))
        {
            if (words.TryGetValue(reading, out var meaning) && meaning.Kind == TimeWordKind.SpanWord)
            {
                return reading is "بعد" or "قبل" ? TimeFamily.Relative : TimeFamily.Span;
            }
        }

        return null;
    }

    private static string Days(double days) => "dur:" + days.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>What the date reader's expression names, or null for a clock time.</summary>
    private static (string Atom, TimeFamily Family)? AtomOf(TemporalExpression date) => date switch
    {
        { Weekday: { } weekday } => ("wd:" + weekday, TimeFamily.Day),
        { Kind: TemporalKind.Date } => (string.Create(CultureInfo.InvariantCulture, $"d:{date.Year}-{date.Month}-{date.Day}{(date.Hijri ? "h" : "")}"), TimeFamily.Day),
        { Kind: TemporalKind.DayMonth } => (string.Create(CultureInfo.InvariantCulture, $"dm:{date.Month}-{date.Day}{(date.Hijri ? "h" : "")}"), TimeFamily.Day),
        { Kind: TemporalKind.Month } => (string.Create(CultureInfo.InvariantCulture, $"{(date.Hijri ? "hm" : "m")}:{date.Month}"), TimeFamily.Month),
        { Kind: TemporalKind.RelativeDay } => ("rd:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        { Kind: TemporalKind.RelativeWeek } => ("rw:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        { Kind: TemporalKind.RelativeMonth } => ("rm:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        { Kind: TemporalKind.RelativeYear } => ("ry:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        _ => null,
    };

    /// <summary>A number written as a year: four digits, Gregorian 1900–2100 or, before هـ, Hijri 1300–1500 («2015»، «2015م»، «1436 هـ»).</summary>
    private static string? Year(ReadOnlySpan<char> digits, string next)
    {
        Span<char> ascii = stackalloc char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (char.IsDigit(c))
            {
                ascii[length++] = (char)('0' + (int)char.GetNumericValue(c));
            }
            else if (c is not ('م' or 'ه' or 'ـ'))
            {
                return null;
            }
        }

        if (length != 4 || !int.TryParse(ascii[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var hijri = next is "ه" or "هـ" || digits.EndsWith("ه");
        return hijri ? year is >= 1300 and <= 1500 ? "hy:" + year.ToString(CultureInfo.InvariantCulture) : null
            : year is >= 1900 and <= 2100 ? "y:" + year.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>What the longest run of listed words from <paramref name="at"/> names, or null.</summary>
    private static TimeWord? Longest(string[] keys, int at, int longest, FrozenDictionary<string, TimeWord> words)
    {
        for (var n = Math.Min(longest, keys.Length - at); n >= 1; n--)
        {
            if (Match(keys, at, n, words) is { } meaning)
            {
                return meaning;
            }
        }

        return null;
    }

    /// <summary>What the n words from <paramref name="at"/> name, the first read with or without its proclitics.</summary>
    private static TimeWord? Match(string[] keys, int at, int n, FrozenDictionary<string, TimeWord> words)
    {
        if (keys[at].Length == 0)
        {
            return null;
        }

        for (var k = at + 1; k < at + n; k++)
        {
            if (keys[k].Length == 0)
            {
                return null;
            }
        }

        var rest = n == 1 ? "" : " " + string.Join(' ', keys, at + 1, n - 1);

        return Reading(keys, at, rest, words)?.Meaning;
    }

    /// <summary>What the first word (with <paramref name="rest"/> after it) names, and how many letters of it are proclitics.</summary>
    private static (TimeWord Meaning, int Proclitics)? Reading(string[] keys, int at, string rest, FrozenDictionary<string, TimeWord> words)
    {
        foreach (var reading in Proclitics.Readings(keys[at]))
        {
            if (words.TryGetValue(reading + rest, out var meaning))
            {
                return (meaning, keys[at].EndsWith(reading, StringComparison.Ordinal) ? keys[at].Length - reading.Length : 0);
            }
        }

        return null;
    }

    private static (FrozenDictionary<string, TimeWord>, int) Load()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var line in EmbeddedWordList.Load(typeof(TimeAnchors).Assembly, "Khabar.Core.Consolidate.Resources.time-words.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"time-words.txt: '{line}' has no TAB between the words and what they name");
            }

            var parts = line[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => MatchKey.Of(w)).ToArray();
            words[string.Join(' ', parts)] = Parse(line[(tab + 1)..].Trim(), line);
            longest = Math.Max(longest, parts.Length);
        }

        return (words.ToFrozenDictionary(StringComparer.Ordinal), longest);
    }

    private static TimeWord Parse(string meaning, string line)
    {
        double DaysOf(string days) => double.TryParse(days, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidDataException($"time-words.txt: '{line}': '{days}' is no number of days");

        return meaning switch
        {
            "span" => new TimeWord(TimeWordKind.SpanWord, "", 0),
            _ when meaning.StartsWith("hm:", StringComparison.Ordinal) => new TimeWord(TimeWordKind.Month, meaning, 0),
            _ when meaning.StartsWith("feast:", StringComparison.Ordinal) => new TimeWord(TimeWordKind.Feast, meaning, 0),
            _ when meaning.StartsWith("dur:", StringComparison.Ordinal) => new TimeWord(TimeWordKind.Dual, "", DaysOf(meaning[4..])),
            _ when meaning.StartsWith("unit:", StringComparison.Ordinal) => new TimeWord(TimeWordKind.Unit, "", DaysOf(meaning[5..])),
            _ => throw new InvalidDataException($"time-words.txt: '{line}': '{meaning}' is none of hm:, feast:, dur:, unit:, span"),
        };
    }
}
