using System.Globalization;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Tokenize;
using Khabar.Text.Unicode;

namespace Khabar.Text.Numbers;

/// <summary>
/// Finds quantities: a number in digits of any system or in words (خمسة، عشرون، مئتين، ألفين), scaled by
/// ألف/مليون/مليار, followed by a unit from <c>units.txt</c>; or an order of magnitude alone (عشرات، مئات).
/// An approximation word before it (نحو، حوالي، أكثر من، يزيد عن...) is part of the quantity. A number with
/// no unit is a count (15 قتيلاً), kept with the noun after it; years (1900–2100 with no unit) are left to
/// the date finder.
/// </summary>
public static class QuantityFinder
{
    private static readonly Lazy<Tables> Lexicon = new(Tables.Load);

    private static readonly (string[] Words, Approximation Kind)[] Approximations =
    [
        (["ما", "لا", "يقل", "عن"], Approximation.AtLeast),
        (["لا", "يقل", "عن"], Approximation.AtLeast),
        (["ما", "يزيد", "عن"], Approximation.MoreThan),
        (["ما", "يزيد", "علي"], Approximation.MoreThan),
        (["ما", "يقل", "عن"], Approximation.LessThan),
        (["ما", "يصل", "الي"], Approximation.UpTo),
        (["ما", "يقارب"], Approximation.About),
        (["يزيد", "عن"], Approximation.MoreThan),
        (["يزيد", "علي"], Approximation.MoreThan),
        (["اكثر", "من"], Approximation.MoreThan),
        (["ازيد", "من"], Approximation.MoreThan),
        (["اقل", "من"], Approximation.LessThan),
        (["يصل", "الي"], Approximation.UpTo),
        (["نحو"], Approximation.About),
        (["حوالي"], Approximation.About),
        (["قرابه"], Approximation.About),
        (["زهاء"], Approximation.About),
        (["زها"], Approximation.About),
        (["يقارب"], Approximation.About),
        (["حتي"], Approximation.UpTo),
    ];

    private static readonly Lazy<Dictionary<string, string>> SmallNumberWords = new(() =>
    {
        // Words of 3 to 90 written alone (خمسة، ثمانية، عشرين), by key, each with its digits' key; also with «و» on. Not
        // «عشر»/«عشرة», mostly the second word of a teen or an ordinal (الحادي عشر، خمسة عشر); not «ستون», mostly the
        // name Stone; and «و» only on words of three letters or more («وست» is West Ham and West Bromwich).
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, (value, multiplier)) in Lexicon.Value.Words)
        {
            if (!multiplier && value is >= 3 and <= 90 && !IsTen(key) && key != "ستون")
            {
                var digits = MatchKey.Of(((int)value).ToString(CultureInfo.InvariantCulture));
                words.TryAdd(key, digits);
                if (key.Length >= 3)
                {
                    words.TryAdd("و" + key, digits);
                }
            }
        }

        return words;
    });

    private static readonly Lazy<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> SmallNumberLookup =
        new(() => SmallNumberWords.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>
    /// The digits (as a match key) of a number word from 3 to 90 written as one word («ثمانية» → «8», «وعشرين» → «20»),
    /// so that «ثمانية محاور» and «8 محاور» can be matched as one number; null for any other word.
    /// </summary>
    public static string? DigitsOfNumberWord(ReadOnlySpan<char> key) =>
        key.Length is >= 3 and <= 7 && SmallNumberLookup.Value.TryGetValue(key, out var digits) ? digits : null;

    /// <summary>
    /// Whether a word (its key) goes on a number written in words before it: «عشر»/«عشرة» (خمسة عشر), or «و» and a number
    /// word (خمسة وعشرين). Such a number is not one word's, and neither word is read as a number alone.
    /// </summary>
    public static bool ContinuesNumber(ReadOnlySpan<char> key) =>
        key is "عشر" or "عشره" || (key.Length > 3 && key[0] == 'و' && Lexicon.Value.Words.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key[1..]));

    /// <summary>Whether <paramref name="word"/> is a unit on its own (دولار، كيلومتر، طن), by key.</summary>
    public static bool IsUnit(string word) => Lexicon.Value.Units.ContainsKey(MatchKey.Of(word));

    public static List<Quantity> Find(string text)
    {
        var tables = Lexicon.Value;
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var keys = tokens.Select(t => t.IsWord ? MatchKey.Of(t.Of(text)) : t.Of(text).ToString()).ToArray();
        var found = new List<Quantity>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsTeenTail(tokens, keys, tables, i))
            {
                continue; // «الخامسة عشرة», «الحادي عشر»: the second word of an ordinal, not the count 10
            }

            if (IsListMarker(text, tokens[i]))
            {
                continue; // «3- تعيين …», «5. العريف …»: an item's number at the head of its line, not a count
            }

            if (tokens[i].Kind == TokenKind.Number && NumericDateEnd(text, tokens[i].Start) is var dateEnd and > 0)
            {
                // «26- 10- 1436ه», «1 / 11 / 1436ه», «4 – 9 - 1436ه»: a date set with spaces, whose parts are no counts.
                while (i + 1 < tokens.Count && tokens[i + 1].Start < dateEnd)
                {
                    i++;
                }

                continue;
            }

            if (i > 0 && Proclitics.HasArticle(keys[i - 1]) && Proclitics.Core(keys[i - 1]).SequenceEqual(TemporalWords.Clock))
            {
                continue; // «بحلول الساعة 0928 بتوقيت جرينتش», «الساعة تسع صباحا»: a time of day, not a count
            }

            if (tokens[i].Kind == TokenKind.Number && IsLabel(tokens, keys, i))
            {
                continue; // «المركز الانتخابي رقم "311"», «برقم 1046»: a number that names a thing, not a count
            }

            if (tokens[i].IsWord && tables.DualAt(keys[i]) is { } dual && !(i > 0 && tokens[i - 1].Kind is TokenKind.Number or TokenKind.NumberGroup)
                && !(i > 0 && tokens[i - 1].IsWord && keys[i - 1].Length > 3 && (keys[i - 1].EndsWith("ين", StringComparison.Ordinal) || keys[i - 1].EndsWith("ون", StringComparison.Ordinal))))
            {
                // «لمدة عامين», «ساعتان», «بعد يومين»: a time unit's dual is two of it.
                var dualStart = ApproximationBefore(keys, i, out var dualApproximation);
                var dualFrom = tokens[dualStart].Start;
                found.Add(new Quantity(dualFrom, tokens[i].End - dualFrom, text[dualFrom..tokens[i].End], 2, dual.Code, dual.Dimension, 2 * dual.Factor, dualApproximation));
                continue;
            }

            var end = ReadNumber(text, tokens, keys, tables, i, out var value, out var vague);
            if (end < i)
            {
                continue;
            }

            if (!vague)
            {
                end = ReadSmallerParts(text, tokens, keys, tables, end, ref value);
            }

            if (end + 1 < tokens.Count && tokens[end + 1].IsWord && TemporalWords.Parts.ContainsKey(keys[end + 1]) && !DayAfter(keys, end + 2))
            {
                i = end;
                continue; // «من 9 صباحاً حتى 6 مساءً»: hours of the clock, not counts
            }

            var unitEnd = end;
            var unit = tables.UnitAfter(keys, ref unitEnd);
            var percentSign = tokens[end].Kind == TokenKind.Number && text[tokens[end].End - 1] is '%' or '٪';
            if (percentSign)
            {
                unit = tables.Units["%"];
            }

            if (unit is null && !vague && end == i && tokens[i].Kind == TokenKind.Number && PointThousand(tokens[i].Of(text)) is { } count
                && !IsReading(keys, tables, i))
            {
                // «(58.047) قرض», «أكثر من 5.706 عمال», «194.792 كرتونا»: a count of things is whole, so three digits
                // after its point are thousands; a reading (المؤشر 97.381) keeps its decimals, as do money and units.
                value = count;
            }

            var isYear = unit is null && !vague && value is >= 1900 and <= 2100 && value == Math.Floor(value) && tokens[i].Kind == TokenKind.Number;
            if (isYear || (unit is null && tokens[i].Kind != TokenKind.Number && !vague && value < 2))
            {
                i = end;
                continue;
            }

            // Digits read with the scale word after their bracket are shown with both brackets.
            var start = end > i && tokens[i].Kind == TokenKind.Number && Bracketed(keys, i, i) ? i - 1 : i;
            start = ApproximationBefore(keys, start, out var approximation);
            approximation = vague ? Approximation.Vague : approximation;

            var last = unit is null ? end : unitEnd;
            if (unit is null && last + 1 < tokens.Count && keys[last + 1] is "تقريبا")
            {
                last++;
                approximation = Approximation.About;
            }

            var (code, dimension, factor) = unit ?? ("", Dimension.Count, 1.0);
            var from = tokens[start].Start;
            var to = tokens[last].End;
            found.Add(new Quantity(from, to - from, text[from..to], value, code, dimension, value * factor, approximation));
            i = last;
        }

        return found;
    }

    /// <summary>
    /// Where a quantity starting at token <paramref name="first"/> starts with the words that qualify it before it («أكثر
    /// من», «نحو»), and how they qualify it (<see cref="Approximation.Exact"/> when none stand there).
    /// </summary>
    private static int ApproximationBefore(string[] keys, int first, out Approximation approximation)
    {
        foreach (var (words, kind) in Approximations)
        {
            if (first - words.Length >= 0 && Enumerable.Range(0, words.Length).All(k => Unprefixed(keys[first - words.Length + k]) == words[k]))
            {
                approximation = kind;
                return first - words.Length;
            }
        }

        approximation = Approximation.Exact;
        return first;
    }

    /// <summary>The number starting at token <paramref name="i"/> (digits or words, with a multiplier); returns its last token, or −1.</summary>
    private static int ReadNumber(string text, List<Token> tokens, string[] keys, Tables tables, int i, out double value, out bool vague)
    {
        value = 0;
        vague = false;
        var end = i;
        if (tokens[i].Kind == TokenKind.Number && Digits(tokens[i].Of(text)) is { } digits)
        {
            value = digits;
        }
        else if (tokens[i].IsWord && tables.Vague.TryGetValue(VagueKey(keys[i], tables), out var magnitude)
            && !(i > 0 && tokens[i - 1].Kind == TokenKind.Number))
        {
            value = magnitude;
            vague = true;
            return end;
        }
        else if (tokens[i].IsWord && tables.Fractions.TryGetValue(Unprefixed(keys[i]), out var fraction)
            && i + 1 < tokens.Count && tables.Words.TryGetValue(keys[i + 1], out var scale) && scale.Multiplier)
        {
            // ربع مليون, نصف مليار: the multiplier below scales the fraction.
            value = fraction;
        }
        else if (tokens[i].IsWord && UnitBeforeTens(keys, tables, i) is { } one)
        {
            // «واحد وأربعين»: a unit whose first letter is و (واحد) read as itself, where tens follow it; alone, «واحد» is
            // rarely a count («واحد من أهم»), and as «و» + «احد» it is no number word at all.
            value = one + tables.Words[keys[i + 1][1..]].Value;
            end++;
        }
        else if (tokens[i].IsWord && CliticUnitAndTens(keys, tables, i) is { } compound)
        {
            // «لواحد وعشرين عاماً», «الخمسة والعشرين ألف ريال»: a unit with the article or a preposition on it, then و and
            // tens (with or without the article): one number, not the tens alone.
            value = compound;
            end++;
        }
        else if (tokens[i].IsWord && i + 1 < tokens.Count && IsTen(keys[i + 1]) && tables.TeenUnits.TryGetValue(Unprefixed(keys[i]), out var two))
        {
            // «اثنا عشر», «اثنتي عشرة»: the construct form of two, which counts only so.
            value = two + 10;
            end++;
        }
        else if (tokens[i].IsWord && TeenWithArticle(keys, tables, i) is { } teen)
        {
            // «الدول الاثنتي عشرة»: a cardinal teen with the article (twelve), not the ten after it alone.
            value = teen;
            end++;
        }
        else if (tokens[i].IsWord && tables.Words.TryGetValue(NumberWordKey(keys[i], tables), out var word) && !(i > 0 && tokens[i - 1].Kind is TokenKind.Number or TokenKind.NumberGroup))
        {
            value = word.Value;
            // خمسة وعشرون: units and tens joined by و.
            if (end + 1 < tokens.Count && keys[end + 1].StartsWith('و') && tables.Words.TryGetValue(keys[end + 1][1..], out var tens)
                && tens.Value is >= 20 and <= 90 && value < 10)
            {
                value += tens.Value;
                end++;
            }
            else if (end + 1 < tokens.Count && value is >= 3 and < 10 && tables.Words.TryGetValue(keys[end + 1], out var hundred) && hundred is (100, false))
            {
                // تسع مئة, ثلاث مائة: the hundreds written as two words (تسعمائة as one is in the list).
                value *= 100;
                end++;
            }
            else if (end + 1 < tokens.Count && value is >= 1 and < 10 && IsTen(keys[end + 1]))
            {
                // خمسة عشر, ثلاث عشرة: the teens are written as a unit and ten.
                value += 10;
                end++;
            }
        }
        else
        {
            return -1;
        }

        if (end + 1 < tokens.Count && tables.Words.TryGetValue(keys[end + 1], out var multiplier) && multiplier.Multiplier)
        {
            value *= multiplier.Value;
            end++;
        }
        else if (end == i && tokens[i].Kind == TokenKind.Number && Bracketed(keys, i, i) && end + 2 < tokens.Count
            && tables.Words.TryGetValue(keys[end + 2], out var outside) && outside.Multiplier)
        {
            // «(100) ألف»: some outlets set the digits of a figure in brackets before its scale word (368 times in
            // SaudiNewsNet); read apart, it was the counts 100 and 1,000.
            value *= outside.Value;
            end += 2;
        }
        else if (tokens[i].Kind == TokenKind.Number && text[tokens[i].End - 1] is not ('%' or '٪')
            && RoundThousands(tokens[i].Of(text)) is { } thousands)
        {
            // 14.000 متر مربع, 10.000 ريال: a point before three zeros and no scale word after is a thousands point
            // (as 1.742.000 always is), not a decimal: nobody writes 14 as 14.000. Other three digits after a point
            // (0.342 دينار, 7.500 درهم, 1.601 مليار) stay decimals.
            value = thousands;
        }
        else if (tokens[i].Kind == TokenKind.Number && text[tokens[i].End - 1] is not ('%' or '٪')
            && RehGroups(tokens[i].Of(text)) is (var right, var left and > 0, 3))
        {
            // 000ر22 مسلم: three digits on the right of ر with no ألف/مليون after them group thousands (22,000);
            // with one (935ر6 مليون) they are decimals, as one or two digits always are (5ر1 مليون = 1.5 million),
            // and so are a percentage (125ر0%) and a group after 0 (125ر0 طن).
            value = (left * 1000) + right;
        }

        return end;
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> stand alone in brackets.</summary>
    private static bool Bracketed(string[] keys, int first, int last) =>
        first > 0 && keys[first - 1] is "(" && last + 1 < keys.Length && keys[last + 1] is ")";

    /// <summary>
    /// A number that ends on a scale word (ألف، مليون، مليار، تريليون) goes on with و and a smaller number: «3 ملايين
    /// و200 ألف» is 3,200,000, «تريليون و300 مليار» 1.3 trillion, «ألف و200» 1,200. Returns the compound's last token.
    /// </summary>
    private static int ReadSmallerParts(string text, List<Token> tokens, string[] keys, Tables tables, int end, ref double value)
    {
        while (tokens[end].IsWord && value >= 1000 && end + 1 < tokens.Count)
        {
            var scale = Math.Pow(1000, Math.Floor(Math.Log(value, 1000) + 1e-9));
            // «و200» is the word و and the number; «وخمسمائة» one word read without its و.
            var next = keys[end + 1] == "و" ? end + 2 : keys[end + 1].Length > 1 && keys[end + 1][0] == 'و' ? end + 1 : -1;
            if (next < 0 || next >= tokens.Count || (tokens[next].Kind == TokenKind.Number && text[tokens[next].End - 1] is '%' or '٪'))
            {
                // «1.5 مليون و3%»: a percentage after و is a figure of its own.
                break;
            }

            var last = ReadNumber(text, tokens, keys, tables, next, out var part, out var vague);
            if (last < next || vague || part <= 0 || part >= scale)
            {
                break;
            }

            value += part;
            end = last;
        }

        return end;
    }

    private static bool IsTen(string key) => key is "عشر" or "عشره";

    /// <summary>
    /// «عشر»/«عشرة» after an ordinal's first word with its article (الخامسة، والرابعة، للحادي): the second word of the
    /// ordinal, not a count.
    /// </summary>
    private static bool IsTeenTail(List<Token> tokens, string[] keys, Tables tables, int i)
    {
        if (!tokens[i].IsWord || !IsTen(keys[i]) || i == 0 || !tokens[i - 1].IsWord)
        {
            return false;
        }

        var before = keys[i - 1];
        return Proclitics.HasArticle(before) && tables.Ordinals.Contains(Proclitics.Core(before).ToString());
    }

    /// <summary>
    /// Whether a number heads a line of a list: one to three plain digits, nothing but spaces before it on its line,
    /// then a dash, a point or a closing bracket and a letter («3- …», «5. …», «2) …»; 1,778 such lines in SaudiNewsNet,
    /// whose numbers, read as counts, made number conflicts between two lists' items).
    /// </summary>
    private static bool IsListMarker(string text, Token token)
    {
        if (token.Kind != TokenKind.Number || token.Length > 3)
        {
            return false;
        }

        for (var k = token.Start; k < token.End; k++)
        {
            if (CharClassTable.DigitValue(text[k]) < 0)
            {
                return false;
            }
        }

        for (var k = token.Start - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] is not ('\u200F' or '\u200E'))
            {
                return false;
            }
        }

        var at = token.End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || text[at] is not ('-' or '–' or '—' or '.' or ')'))
        {
            return false;
        }

        at++;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && char.IsLetter(text[at]);
    }

    /// <summary>
    /// A number word's key without the «و», «ب» or «ل» written onto it («بخمسة ملايين», «لثلاثة أيام», «لثماني عشرة سنة»:
    /// read with the preposition on, the first was the vague «ملايين» alone, the second nothing, the third ten years).
    /// Not a scale word: «بآلاف», «بملايين» are orders of magnitude (<see cref="VagueKey"/>), not a thousand or a million;
    /// «لست» (I am not) is too short to lose a letter.
    /// </summary>
    private static string NumberWordKey(string key, Tables tables)
    {
        var unprefixed = Unprefixed(key);
        return !tables.Words.ContainsKey(unprefixed) && key.Length > 3 && key[0] is 'ب' or 'ل'
            && tables.Words.TryGetValue(key[1..], out var word) && !word.Multiplier
            ? key[1..]
            : unprefixed;
    }

    /// <summary>An order of magnitude's key (عشرات، مئات، آلاف), also with «ب» or «ل» written onto it («بآلاف», «لملايين»).</summary>
    private static string VagueKey(string key, Tables tables) =>
        !tables.Vague.ContainsKey(key) && key.Length > 3 && key[0] is 'ب' or 'ل' && tables.Vague.ContainsKey(key[1..]) ? key[1..] : key;

    /// <summary>Without a leading conjunction و, for words that take it (ونحو، وحوالي، وخمسة).</summary>
    private static string Unprefixed(string key) => key.Length > 3 && key[0] == 'و' ? key[1..] : key;

    /// <summary>
    /// The value of a unit word written as it is (not as و and the rest: واحد) when و and tens follow it; null otherwise.
    /// </summary>
    private static double? UnitBeforeTens(string[] keys, Tables tables, int i) =>
        i + 1 < keys.Length && keys[i].StartsWith('و') && !tables.Words.ContainsKey(Unprefixed(keys[i]))
        && tables.Words.TryGetValue(keys[i], out var unit) && unit.Value is >= 1 and < 10
        && keys[i + 1].Length > 1 && keys[i + 1][0] == 'و' && tables.Words.TryGetValue(keys[i + 1][1..], out var tens) && tens.Value is >= 20 and <= 90
            ? unit.Value
            : null;

    /// <summary>
    /// The end of a date written in digits from <paramref name="start"/>: day, month and a four-digit year (or year, month
    /// and day), joined by / or a dash with or without spaces around it; −1 when none starts there.
    /// </summary>
    internal static int NumericDateEnd(string text, int start)
    {
        Span<int> lengths = stackalloc int[3];
        var at = start;
        for (var part = 0; part < 3; part++)
        {
            if (part > 0)
            {
                at = SkipSpaces(text, at);
                if (at >= text.Length || text[at] is not ('/' or '-' or '–' or '—'))
                {
                    return -1;
                }

                at = SkipSpaces(text, at + 1);
            }

            var digitsFrom = at;
            while (at < text.Length && char.IsDigit(text[at]))
            {
                at++;
            }

            lengths[part] = at - digitsFrom;
            if (lengths[part] is 0 or > 4)
            {
                return -1;
            }
        }

        var dayFirst = lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4;
        var yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
        return (dayFirst || yearFirst) && (at >= text.Length || !char.IsDigit(text[at])) ? at : -1;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>Words that name a day after a part of the day («مساء أمس», «صباح اليوم»), besides the weekdays.</summary>
    private static readonly HashSet<string> DayWords = new(["امس", "يوم", "غد", "غدا"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the word at <paramref name="k"/> names a day: then the part of the day before it is «مساء أمس», and the
    /// number before that a count («قتل 3 مساء أمس»), not an hour.
    /// </summary>
    private static bool DayAfter(string[] keys, int k) =>
        k < keys.Length && Proclitics.Core(keys[k]) is var core && (DayWords.Contains(core.ToString()) || TemporalWords.Weekdays.ContainsKey(core.ToString()));

    /// <summary>Whether the number at <paramref name="i"/> follows «رقم» (with its proclitics), quotes or brackets between.</summary>
    private static bool IsLabel(List<Token> tokens, string[] keys, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (tokens[k].IsWord)
            {
                return Proclitics.Core(keys[k]).SequenceEqual("رقم");
            }

            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Proclitics a unit word may carry before و and tens («الخمسة والعشرين», «لواحد وعشرين»), longest first.</summary>
    private static readonly string[] UnitClitics = ["بال", "لل", "ال", "ل", "ب"];

    /// <summary>
    /// The value of a unit (1–9) written with a proclitic (<see cref="UnitClitics"/>) and followed by و and tens, the tens
    /// with the article when the unit has it; null otherwise.
    /// </summary>
    private static double? CliticUnitAndTens(string[] keys, Tables tables, int i)
    {
        if (i + 1 >= keys.Length || keys[i + 1].Length < 3 || keys[i + 1][0] != 'و')
        {
            return null;
        }

        foreach (var clitic in UnitClitics)
        {
            if (keys[i].Length > clitic.Length + 2 && keys[i].StartsWith(clitic, StringComparison.Ordinal)
                && tables.Words.TryGetValue(keys[i][clitic.Length..], out var unit) && unit.Value is >= 1 and < 10 && !unit.Multiplier)
            {
                var tens = keys[i + 1][1..];
                var definite = clitic.EndsWith("ال", StringComparison.Ordinal) || clitic == "لل";
                if (definite && tens.StartsWith("ال", StringComparison.Ordinal))
                {
                    tens = tens[2..];
                }

                return tables.Words.TryGetValue(tens, out var ten) && ten.Value is >= 20 and <= 90 && !ten.Multiplier ? unit.Value + ten.Value : null;
            }
        }

        return null;
    }

    /// <summary>A cardinal unit with the article and then عشر or عشرة (الاثنتي عشرة, الثلاث عشرة): its teen; null otherwise.</summary>
    private static double? TeenWithArticle(string[] keys, Tables tables, int i)
    {
        if (i + 1 >= keys.Length || keys[i].Length <= 4 || !keys[i].StartsWith("ال", StringComparison.Ordinal) || !IsTen(keys[i + 1]))
        {
            return null;
        }

        var unit = keys[i][2..];
        return tables.Words.TryGetValue(unit, out var word) && !word.Multiplier && word.Value is >= 1 and < 10 ? word.Value + 10
            : tables.TeenUnits.TryGetValue(unit, out var two) ? two + 10
            : null;
    }

    /// <summary>
    /// The two digit groups of a number written with ر between them, as they stand in the text (the right-hand one,
    /// first in the string, then the left-hand one) and how many digits the right-hand one has; null without ر.
    /// </summary>
    private static (int Right, int Left, int RightDigits)? RehGroups(ReadOnlySpan<char> number)
    {
        number = number.TrimEnd(['%', ArabicChars.PercentSign]);
        var at = number.IndexOf(ArabicChars.Reh);
        return at > 0 && Integer(number[..at]) is { } right && Integer(number[(at + 1)..]) is { } left ? (right, left, at) : null;
    }

    /// <summary>The value of one to three digits (not 0), a point and three digits read as thousands (5.706 is 5,706); null otherwise.</summary>
    private static int? PointThousand(ReadOnlySpan<char> number)
    {
        var point = number.IndexOfAny('.', '٫');
        return point is >= 1 and <= 3 && number.Length == point + 4 && Integer(number[..point]) is { } thousands and > 0
            && Integer(number[(point + 1)..]) is { } rest ? (thousands * 1000) + rest : null;
    }

    /// <summary>Whether a word of <see cref="Tables.Readings"/> stands among the three before token <paramref name="i"/> or right after it (past a bracket).</summary>
    private static bool IsReading(string[] keys, Tables tables, int i)
    {
        for (var k = Math.Max(0, i - 3); k <= Math.Min(keys.Length - 1, i + 2); k++)
        {
            if (k != i && (k <= i + 1 || keys[i + 1] is ")") && tables.Readings.Contains(Proclitics.Core(keys[k]).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of one to three digits (not 0), a point and «000» (14.000 is 14,000); null for any other number.</summary>
    private static int? RoundThousands(ReadOnlySpan<char> number) => PointThousand(number) is { } value && value % 1000 == 0 ? value : null;

    private static int? Integer(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var digit = CharClassTable.DigitValue(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return digits.IsEmpty ? null : value;
    }

    /// <summary>
    /// Digits of any system with , or ٬ thousands and . or ٫ decimals (a comma before one or two digits is a decimal
    /// comma); a trailing % ignored. Groups around ر read from the right: 5ر1 is 1.5, 935ر6 is 6.935.
    /// </summary>
    private static double? Digits(ReadOnlySpan<char> number)
    {
        if (RehGroups(number) is var (right, left, rightDigits))
        {
            // Parsed as written with a point, so that 935ر6 is the same double as 6.935.
            var written = string.Create(CultureInfo.InvariantCulture, $"{left}.{right.ToString(CultureInfo.InvariantCulture).PadLeft(rightDigits, '0')}");
            return double.Parse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        // 1.742.000: a number token holds more than one point only when they group thousands (the tokenizer's
        // NumberScanner makes 21.07.2015 a group of numbers, not a number).
        var points = number.Count('.') + number.Count('٫');
        var builder = new System.Text.StringBuilder(number.Length);
        for (var k = 0; k < number.Length; k++)
        {
            var c = number[k];
            var digit = CharClassTable.DigitValue(c);
            if (digit >= 0)
            {
                builder.Append((char)('0' + digit));
            }
            else if (c is '.' or '٫')
            {
                if (points == 1)
                {
                    builder.Append('.');
                }
            }
            else if (c is ',' or '٬' or '،')
            {
                // 4,000 is four thousand; 4,5 is four and a half.
                var digitsAfter = 0;
                while (k + 1 + digitsAfter < number.Length && CharClassTable.DigitValue(number[k + 1 + digitsAfter]) >= 0)
                {
                    digitsAfter++;
                }

                if (digitsAfter != 3)
                {
                    builder.Append('.');
                }
            }
        }

        return double.TryParse(builder.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private sealed class Tables
    {
        public Dictionary<string, (double Value, bool Multiplier)> Words { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, double> Vague { get; } = new(StringComparer.Ordinal);

        /// <summary>The first words of the ordinals 11th–19th, by key, without their article.</summary>
        public HashSet<string> Ordinals { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (string Code, Dimension Dimension, double Factor)> Units { get; } = new(StringComparer.Ordinal);

        public int MaxUnitWords { get; private set; } = 1;

        /// <summary>Units written so only before عشر/عشرة (اثنا، اثنتي: «أثناء» keys as «اثنا»), by key.</summary>
        public Dictionary<string, double> TeenUnits { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// The duals of the time units (يومين، يومان، ساعتين، سنتين: each one-word spelling of a <see cref="Dimension.Duration"/>
        /// unit with «ين» or «ان», its «ة» written «ت»), by key, without the article: «العامين الماضيين» is a time, and
        /// «العامين» is also «العامّين» (general, as in «المديرين العامين»). Nor after a plural or dual noun, which it would
        /// then describe («مديرين عامين», «مقرين عامين»), nor the words of not-duals.txt.
        /// </summary>
        public Dictionary<string, (string Code, Dimension Dimension, double Factor)> Duals { get; } = new(StringComparer.Ordinal);

        /// <summary>Words shaped as a time unit's dual that news uses for something else (not-duals.txt), by key.</summary>
        public HashSet<string> NotDuals { get; } = new(StringComparer.Ordinal);

        /// <summary>The time unit a word (its key) is the dual of, also after one of و ف ب ل («بعامين», «وسنتين»).</summary>
        public (string Code, Dimension Dimension, double Factor)? DualAt(string key) =>
            Duals.TryGetValue(key, out var unit) || (key.Length > 4 && key[0] is 'و' or 'ف' or 'ب' or 'ل' && Duals.TryGetValue(key[1..], out unit))
                ? unit
                : null;

        /// <summary>Fractions that count only before a multiplier (ربع مليون), by key.</summary>
        public Dictionary<string, double> Fractions { get; } = new(StringComparer.Ordinal);

        /// <summary>Words that make a figure a reading, not a count (reading-words.txt), by key without proclitics.</summary>
        public HashSet<string> Readings { get; } = new(StringComparer.Ordinal);

        public static Tables Load()
        {
            var tables = new Tables();
            foreach (var line in EmbeddedWordList.Load("number-words.txt"))
            {
                var fields = line.Split('\t');
                var value = double.Parse(fields[1], CultureInfo.InvariantCulture);
                var key = MatchKey.Of(fields[0]);
                var note = fields.Length > 2 ? fields[2] : "";
                if (note == "vague")
                {
                    tables.Vague[key] = value;
                }
                else if (note == "ordinal")
                {
                    tables.Ordinals.Add(key);
                }
                else if (note == "fraction")
                {
                    tables.Fractions[key] = value;
                }
                else if (note == "teen")
                {
                    tables.TeenUnits[key] = value;
                }
                else
                {
                    tables.Words[key] = (value, note == "multiplier");
                }
            }

            foreach (var line in EmbeddedWordList.Load("not-duals.txt"))
            {
                tables.NotDuals.Add(MatchKey.Of(line));
            }

            foreach (var line in EmbeddedWordList.Load("units.txt"))
            {
                var fields = line.Split('\t');
                var words = fields[0].Split(' ').Select(w => MatchKey.Of(w)).ToArray();
                var unit = (fields[1], Enum.Parse<Dimension>(fields[2]), double.Parse(fields[3], CultureInfo.InvariantCulture));
                tables.Units[string.Join(' ', words)] = unit;
                if (unit.Item2 == Dimension.Duration && words is [var single] && single[^1] != 'ا' && !single.EndsWith("ات", StringComparison.Ordinal))
                {
                    var stem = single[^1] == 'ه' ? single[..^1] + "ت" : single;
                    foreach (var dual in (ReadOnlySpan<string>)[stem + "ين", stem + "ان"])
                    {
                        if (!tables.NotDuals.Contains(dual))
                        {
                            tables.Duals.TryAdd(dual, unit);
                        }
                    }
                }
                tables.MaxUnitWords = Math.Max(tables.MaxUnitWords, words.Length + (fields[0].Contains('/', StringComparison.Ordinal) ? 2 : 0));
            }

            foreach (var line in EmbeddedWordList.Load("reading-words.txt"))
            {
                tables.Readings.Add(Proclitics.Core(MatchKey.Of(line)).ToString());
            }

            return tables;
        }

        /// <summary>The unit written right after token <paramref name="end"/>, longest spelling first; moves <paramref name="end"/> past it.</summary>
        public (string Code, Dimension Dimension, double Factor)? UnitAfter(string[] keys, ref int end)
        {
            for (var words = Math.Min(MaxUnitWords, keys.Length - end - 1); words >= 1; words--)
            {
                var phrase = string.Join(words > 1 && keys[end + 2] == "/" ? "" : " ", keys, end + 1, words);
                if (Units.TryGetValue(phrase, out var unit))
                {
                    end += words;
                    return unit;
                }
            }

            return null;
        }
    }
}
