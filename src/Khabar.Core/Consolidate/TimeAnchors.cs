using System.Collections.Frozen;
using System.Globalization;
using Khabar.Text;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;
using Khabar.Text.Numbers;
using Khabar.Text.Resources;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Consolidate;

/// <summary>
/// The times a sentence names: what the date reader found (days, weekdays, months, weeks and years counted from the
/// writing), lengths the number reader found («3 أيام»), and what neither places on the calendar: a Hijri month named
/// alone after a word that makes it a date («خلال رمضان»; «رجب طيب أردوغان» is a name), a feast, a year written alone, a
/// dual or a unit after a span word («بعد أسبوعين»، «خلال عام»), a quarter or a half of the year («الربع الثاني»،
/// «النصف الأول») from <c>time-words.txt</c>. A pure function of the sentence.
/// </summary>
internal static class TimeAnchors
{
    /// <summary>What a listed word (or two) is.</summary>
    private enum TimeWordKind : byte
    {
        Month,
        Feast,
        Quarter,
        Half,
        Dual,
        Unit,
        SpanWord,
    }

    /// <summary>A listed time word: its kind, the atom it names (months, feasts) and its days (duals, units).</summary>
    private readonly record struct TimeWord(TimeWordKind Kind, string Atom, double Days);

    private const string ListName = "time-words.txt";

    private static readonly Lazy<(FrozenDictionary<string, TimeWord> Words, int Longest)> List = new(Load);

    /// <summary>
    /// The first words of the list's entries, and their lengths: a word's readings are its key's ends (proclitics come
    /// first), so a key that ends in none of them begins no entry, and most words are passed over without a reading made.
    /// </summary>
    private static readonly Lazy<(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads, int[] Lengths)> Heads = new(() =>
    {
        var heads = List.Value.Words.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        return (heads.GetAlternateLookup<ReadOnlySpan<char>>(), [.. heads.Select(h => h.Length).Distinct().Order()]);
    });

    /// <summary>
    /// Whether some reading of <paramref name="key"/> (<see cref="Proclitics.Readings"/>) may be the first word of an
    /// entry: an ending of the key, or «لل» read as «ال» (للعيد → العيد).
    /// </summary>
    private static bool MayBegin(string key)
    {
        var (heads, lengths) = Heads.Value;
        foreach (var length in lengths)
        {
            if (length <= key.Length && heads.Contains(key.AsSpan(key.Length - length)))
            {
                return true;
            }
        }

        var lam = key.StartsWith("لل", StringComparison.Ordinal) ? 0 : key.Length > 2 && key.AsSpan(1).StartsWith("لل", StringComparison.Ordinal) ? 1 : -1;
        if (lam < 0)
        {
            return false;
        }

        Span<char> article = stackalloc char[key.Length - lam];
        "ال".AsSpan().CopyTo(article);
        key.AsSpan(lam + 2).CopyTo(article[2..]);
        return heads.Contains(article);
    }

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

            if (date is { Kind: TemporalKind.Month, Year: not 0 })
            {
                // «سبتمبر 2019» names a month and a year: against «سبتمبر 2022» the years differ, against «سبتمبر» nothing.
                anchors.Add(new TimeAnchor((date.Hijri ? "hy:" : "y:") + date.Year.ToString(CultureInfo.InvariantCulture), TimeFamily.Year, new TextExtent(date.Start, date.Length)));
            }

            taken.Add(new TextExtent(date.Start, date.Length));
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

        foreach (var quantity in sentence.Quantities)
        {
            if (quantity.Dimension == Dimension.Duration)
            {
                // «بعد 3 أيام» is a time from the writing, as «بعد أسبوعين» is; «3 أيام» alone a length.
                var at = tokens.FindIndex(t => sentence.Extent.Start + t.Start >= quantity.Start);
                var family = at > 0 ? SpanWord(keys[at - 1]) : null;
                var from = family is null ? quantity.Start : sentence.Extent.Start + tokens[at - 1].Start;
                var end = quantity.Start + quantity.Length;
                anchors.Add(new TimeAnchor(Days(quantity.Normalized), family ?? TimeFamily.Span, new TextExtent(from, end - from)));
            }

            // A year the number reader read as a count is read as a year below.
            if (!(quantity.Dimension == Dimension.Count && Years.Plausible(quantity.Value)))
            {
                taken.Add(new TextExtent(quantity.Start, quantity.Length));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var start = sentence.Extent.Start + tokens[i].Start;
            if (tokens[i].Kind == TokenKind.Number && Year(tokens[i].Of(span), i + 1 < tokens.Count ? keys[i + 1] : "") is { } year
                && Free(taken, start, start + tokens[i].Length))
            {
                anchors.Add(new TimeAnchor(year, TimeFamily.Year, new TextExtent(start, tokens[i].Length)));
                continue;
            }

            for (var n = Math.Min(longest, tokens.Count - i); n >= 1; n--)
            {
                if (Reading(keys, i, n, words) is not { } found)
                {
                    continue;
                }

                var meaning = found.Word;
                var end = sentence.Extent.Start + tokens[i + n - 1].End;
                if (!Free(taken, start, end))
                {
                    break;
                }

                if (meaning.Kind is TimeWordKind.Quarter or TimeWordKind.Half)
                {
                    // «خلال الربع الثاني»، «في النصف الأول من العام»: the period a figure is of, shown without its proclitics.
                    if (OfTheYear(keys, tokens, span, i, n, meaning.Kind == TimeWordKind.Half))
                    {
                        var from = start + SourceLength(tokens[i].Of(span), found.Proclitics);
                        anchors.Add(new TimeAnchor(meaning.Atom, meaning.Kind == TimeWordKind.Quarter ? TimeFamily.Quarter : TimeFamily.Half, new TextExtent(from, end - from)));
                    }
                }
                else if (meaning.Kind == TimeWordKind.Feast || (meaning.Kind == TimeWordKind.Month && i > 0 && MonthCue(keys[i - 1])))
                {
                    // Shown without its proclitics («بعيد الفطر» → «عيد الفطر»); a month with the word «شهر» before it
                    // as one time («خلال شهر شوال»), so that its neighbour is the word before both, as «خلال» is that of
                    // «خلال رمضان».
                    var from = start + SourceLength(tokens[i].Of(span), found.Proclitics);
                    if (meaning.Kind == TimeWordKind.Month && keys[i - 1] is { Length: <= 5 } cue && cue.EndsWith("شهر", StringComparison.Ordinal)
                        && Free(taken, sentence.Extent.Start + tokens[i - 1].Start, from))
                    {
                        from = sentence.Extent.Start + tokens[i - 1].Start + SourceLength(tokens[i - 1].Of(span), cue.Length - 3);
                    }

                    anchors.Add(new TimeAnchor(meaning.Atom, meaning.Kind == TimeWordKind.Month ? TimeFamily.Month : TimeFamily.Feast, new TextExtent(from, end - from)));
                }
                else if (meaning.Kind == TimeWordKind.Dual && i > 0 && SpanWord(keys[i - 1]) is { } family)
                {
                    // A dual is a time only after a span word, and shown with it: «بعد أسبوعين» (a time from the writing),
                    // «خلال أسبوعين» (a length); «مائة وعامين» is a number.
                    var from = sentence.Extent.Start + tokens[i - 1].Start;
                    anchors.Add(new TimeAnchor(Days(meaning.Days), family, new TextExtent(from, end - from)));
                }
                else if (meaning.Kind == TimeWordKind.SpanWord && n == 1 && i + 1 < tokens.Count && Reading(keys, i + 1, 1, words) is { Word.Kind: TimeWordKind.Unit } unit
                    && !(i + 2 < tokens.Count && (tokens[i + 2].Kind == TokenKind.Number || Longest(keys, i + 2, longest, words) is { Kind: TimeWordKind.Month or TimeWordKind.Feast })))
                {
                    // «خلال عام»، «بعد أسبوع»: a span of one unit («منذ عام 1924» is a year, read above; «خلال شهر رمضان» a month).
                    var unitEnd = sentence.Extent.Start + tokens[i + 1].End;
                    if (Free(taken, start, unitEnd))
                    {
                        anchors.Add(new TimeAnchor(Days(unit.Word.Days), SpanWord(keys[i]) ?? TimeFamily.Span, new TextExtent(start, unitEnd - start)));
                        n = 2;
                    }
                }

                i += n - 1;
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

    /// <summary>Words that make the period after them a base of comparison, not the period a figure is of («مقارنة بالربع الأول»).</summary>
    private static readonly FrozenSet<string> ComparisonCues = new[] { "مقارنه", "بالمقارنه", "مقابل", "قياسا", "مقارنتا", "بمقارنه" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after «من» that make a quarter or a half one of a year («من العام»، «من السنة الجارية»).</summary>
    private static readonly FrozenSet<string> YearWords = new[] { "العام", "عام", "السنه", "سنه" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The ordinals of quarters, as match keys.</summary>
    private static readonly FrozenSet<string> Ordinals = new[] { "الاول", "الثاني", "الثالث", "الرابع" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the quarter or half read at words <paramref name="i"/>..+<paramref name="n"/> is a part of a year a figure
    /// is of: not a base of comparison («مقارنة بالربع الأول»), not one of two joined («الربع الأول والثاني»), not of a
    /// fiscal year («الربع الأول من سنتها المالية», «الربع الأول المالي»), a match, a month or a century («النصف الأول من
    /// المباراة»): after «من» only a year may follow. A half must say it is the year's (a match has halves, told bare in
    /// sport: «سجل في النصف الأول»); a quarter told bare is the year's, as results are reported («خلال الربع الثاني»).
    /// </summary>
    private static bool OfTheYear(string[] keys, List<Token> tokens, ReadOnlySpan<char> span, int i, int n, bool half)
    {
        string? Key(int k) => k >= 0 && k < tokens.Count && tokens[k].IsWord ? keys[k] : null;

        // A base of comparison: a cue up to three words before («مقارنة بالربع الأول», «بالمقارنة مع الربع الأول»,
        // «ومقارنة بأرباح الربع الأول»), or «عن» just before («ترتفع 12% عن الربع الأول»).
        if (Key(i - 1) == "عن")
        {
            return false;
        }

        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (Key(k) is { } before && (ComparisonCues.Contains(before) || (before.Length > 3 && before[0] is 'و' or 'ف' && ComparisonCues.Contains(before[1..]))))
            {
                return false;
            }
        }

        // Two joined: «الربع الأول والثاني», «… و الثاني», «… أو الثاني».
        var next = i + n;
        if ((Key(next) is { Length: > 1 } joined && joined[0] == 'و' && Ordinals.Contains(joined[1..]))
            || (Key(next) is "و" or "او" && Key(next + 1) is { } ordinal && Ordinals.Contains(ordinal)))
        {
            return false;
        }

        // A fiscal year's («الربع الأول المالي», «… للسنة المالية», «… من عامها المالي», «الربع الأول (المالي)»).
        for (var k = next; k < Math.Min(next + 4, tokens.Count); k++)
        {
            if (Key(k) is "المالي" or "الماليه")
            {
                return false;
            }
        }

        if (Key(next) is "من" or "لعام" or "للعام")
        {
            if (Key(next) is "لعام" or "للعام")
            {
                return true;
            }

            // After «من» only a year: «من العام», «من هذا العام», «من 2015»; not «من هذا الشهر»، «من المباراة».
            var year = next + 1;
            return (Key(year) is { } word && YearWords.Contains(word))
                || (Key(year) is "هذا" or "هذه" && Key(year + 1) is { } which && YearWords.Contains(which))
                || (year < tokens.Count && tokens[year].Kind == TokenKind.Number && Year(tokens[year].Of(span), "") is not null);
        }

        // «النصف الأول 2015» is the year's; a bare quarter is too, a bare half is not.
        return (next < tokens.Count && tokens[next].Kind == TokenKind.Number && Year(tokens[next].Of(span), "") is not null) || !half;
    }

    /// <summary>Whether the extent [start, end) overlaps none of <paramref name="taken"/>.</summary>
    private static bool Free(List<TextExtent> taken, int start, int end)
    {
        foreach (var t in taken)
        {
            if (start < t.Start + t.Length && t.Start < end)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a span word makes of the length after it: a time from the writing after «بعد» or «قبل», a length otherwise.</summary>
    private static TimeFamily? SpanWord(string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

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

    /// <summary>Whether a word before a month name written alone makes it a date (the date reader's month cues, or «شهر»).</summary>
    private static bool MonthCue(string key)
    {
        foreach (var reading in Proclitics.Readings(key))
        {
            if (TemporalWords.MonthCues.Contains(reading))
            {
                return true;
            }
        }

        return false;
    }

    private static string Days(double days) => "dur:" + days.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>What the date reader's expression names, or null for a clock time.</summary>
    private static (string Atom, TimeFamily Family)? AtomOf(TemporalExpression date) => date switch
    {
        // A date is named by its day whether or not a weekday comes with it («الأحد 12 سبتمبر»): the weekday says the same.
        { Kind: TemporalKind.Date, Date: { } day } => (string.Create(CultureInfo.InvariantCulture, $"d:{day:yyyy-MM-dd}"), TimeFamily.Day),
        { Kind: TemporalKind.DayMonth } => (string.Create(CultureInfo.InvariantCulture, $"dm:{date.Month}-{date.Day}{(date.Hijri ? "h" : "")}"), TimeFamily.Day),
        { Weekday: { } weekday } => ("wd:" + weekday, TimeFamily.Day),
        { Kind: TemporalKind.Month } => (string.Create(CultureInfo.InvariantCulture, $"{(date.Hijri ? "hm" : "m")}:{date.Month}"), TimeFamily.Month),
        { Kind: TemporalKind.RelativeDay } => ("rd:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        { Kind: TemporalKind.RelativeWeek } => ("rw:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        { Kind: TemporalKind.RelativeMonth } => ("rm:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        { Kind: TemporalKind.RelativeYear } => ("ry:" + date.Offset.ToString(CultureInfo.InvariantCulture), TimeFamily.Relative),
        _ => null,
    };

    /// <summary>
    /// A number written as a year: four digits, Hijri 1300–1500 before a word naming the era («1436 هـ»، «للهجرة»),
    /// Gregorian 1900–2100 otherwise («2015»، «2015م»).
    /// </summary>
    private static string? Year(ReadOnlySpan<char> digits, string next)
    {
        if (digits.Length != 4)
        {
            return null;
        }

        var year = 0;
        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
            {
                return null;
            }

            year = (year * 10) + (int)char.GetNumericValue(c);
        }

        return TemporalWords.HijriEra.Contains(next)
            ? year is >= 1300 and <= 1500 ? "hy:" + year.ToString(CultureInfo.InvariantCulture) : null
            : year is >= 1900 and <= 2100 ? "y:" + year.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>How many characters of a word's source text its first <paramref name="letters"/> key letters take (with their diacritics).</summary>
    private static int SourceLength(ReadOnlySpan<char> word, int letters)
    {
        var at = 0;
        while (letters > 0 && at < word.Length)
        {
            at++;
            letters--;
            while (at < word.Length && CharUnicodeInfo.GetUnicodeCategory(word[at]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                at++;
            }
        }

        return Math.Min(at, Math.Max(0, word.Length - 1));
    }

    /// <summary>What the longest run of listed words from <paramref name="at"/> names, or null.</summary>
    private static TimeWord? Longest(string[] keys, int at, int longest, FrozenDictionary<string, TimeWord> words)
    {
        for (var n = Math.Min(longest, keys.Length - at); n >= 1; n--)
        {
            if (Reading(keys, at, n, words) is { } found)
            {
                return found.Word;
            }
        }

        return null;
    }

    /// <summary>
    /// What the n words from <paramref name="at"/> name, the first read with or without its proclitics, and how many
    /// letters of its key are proclitics.
    /// </summary>
    private static (TimeWord Word, int Proclitics)? Reading(string[] keys, int at, int n, FrozenDictionary<string, TimeWord> words)
    {
        if (!MayBegin(keys[at]))
        {
            return null;
        }

        for (var k = at; k < at + n; k++)
        {
            if (keys[k].Length == 0)
            {
                return null;
            }
        }

        var rest = n == 1 ? "" : " " + string.Join(' ', keys, at + 1, n - 1);
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
        void Add(string key, TimeWord word, string line)
        {
            if (words.TryGetValue(key, out var earlier) && earlier != word)
            {
                throw new FormatException($"'{ListName}': '{key}' is listed as both {earlier.Kind} {earlier.Atom}{earlier.Days} and {word.Kind} {word.Atom}{word.Days} ('{line}')");
            }

            words[key] = word;
        }

        foreach (var (name, month) in TemporalWords.HijriMonths)
        {
            Add(name, new TimeWord(TimeWordKind.Month, "hm:" + month.ToString(CultureInfo.InvariantCulture), 0), name);
        }

        foreach (var line in EmbeddedWordList.Load(typeof(TimeAnchors).Assembly, $"Khabar.Core.Consolidate.Resources.{ListName}"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"'{ListName}': '{line}' is not 'meaning TAB words'");
            }

            Add(EmbeddedWordList.KeyPhrase(line.AsSpan(tab + 1)), Parse(line[..tab].Trim(), line), line);
        }

        return (words.ToFrozenDictionary(StringComparer.Ordinal), words.Keys.Max(k => k.Count(c => c == ' ') + 1));
    }

    private static TimeWord Parse(string meaning, string line)
    {
        double DaysOf(string days) => double.TryParse(days, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"'{ListName}': '{line}': '{days}' is no number of days");

        return meaning switch
        {
            "span" => new TimeWord(TimeWordKind.SpanWord, "", 0),
            _ when meaning.StartsWith("feast:", StringComparison.Ordinal) && meaning.Length > "feast:".Length => new TimeWord(TimeWordKind.Feast, meaning, 0),
            _ when meaning.StartsWith("quarter:", StringComparison.Ordinal) && meaning["quarter:".Length..] is "1" or "2" or "3" or "4" => new TimeWord(TimeWordKind.Quarter, meaning, 0),
            _ when meaning.StartsWith("half:", StringComparison.Ordinal) && meaning["half:".Length..] is "1" or "2" => new TimeWord(TimeWordKind.Half, meaning, 0),
            _ when meaning.StartsWith("dual:", StringComparison.Ordinal) => new TimeWord(TimeWordKind.Dual, "", DaysOf(meaning["dual:".Length..])),
            _ when meaning.StartsWith("unit:", StringComparison.Ordinal) => new TimeWord(TimeWordKind.Unit, "", DaysOf(meaning["unit:".Length..])),
            _ => throw new FormatException($"'{ListName}': '{line}': '{meaning}' is none of feast:NAME, quarter:1-4, half:1-2, dual:DAYS, unit:DAYS, span"),
        };
    }
}
