using Khabar.Text.Unicode;

namespace Khabar.Text.Numbers;

/// <summary>
/// Two figures that are one figure as some outlets print it: its decimal's digit groups in the other order, or a
/// point before three digits that is a thousands separator. Read from the figures' text as written, without allocating.
/// </summary>
public static class Misprints
{
    /// <summary>
    /// Whether two figures are one written with its two digit groups in the other's order, around the decimal point
    /// (56.24 / 24.56, 1.11 / 11.1, 45.5 / 5.45 مليون): a page of right-to-left text that stores a number's parts in
    /// display order prints every decimal of an outlet that way. The scale and unit after the digits must be the same:
    /// the normalized values stand in the ratio of the digits as written.
    /// </summary>
    public static bool Reversed(Quantity a, Quantity b)
    {
        if (b.Normalized == 0 || !DecimalParts(a.Text, out var aWhole, out var aFraction) || !DecimalParts(b.Text, out var bWhole, out var bFraction))
        {
            return false;
        }

        ReadOnlySpan<char> x = a.Text, y = b.Text;
        if (!SameDigits(x[aWhole], y[bFraction]) || !SameDigits(x[aFraction], y[bWhole]) || SameDigits(x[aWhole], x[aFraction]))
        {
            return false;
        }

        var written = Value(x[aWhole], x[aFraction]) / Value(y[bWhole], y[bFraction]);
        return Math.Abs(a.Normalized / b.Normalized / written - 1) < 1e-6;
    }

    /// <summary>
    /// Whether <paramref name="a"/>, written with one point before three digits (151.980 ريال), is <paramref name="b"/>
    /// with that point read as a thousands separator, as some outlets write it (151,980): the number reader keeps such a
    /// point a decimal unless three zeros follow it (7.500 درهم may be either).
    /// </summary>
    public static bool PointThousands(Quantity a, Quantity b) =>
        a.Normalized != 0 && Math.Abs(b.Normalized / (a.Normalized * 1000) - 1) < 1e-6
        && DecimalParts(a.Text, out var whole, out var fraction) && a.Text[whole.End.Value] == '.' && fraction.End.Value - fraction.Start.Value == 3;

    /// <summary>
    /// Whether <paramref name="a"/> is a figure of a thousand or more in digits with «ألف» (or «الف», as the number reader
    /// also reads it) after it (46,000 ألف, (18000) الف ريال), and <paramref name="b"/> that figure without the word: some outlets write the thousand twice, and the
    /// number reader multiplies. Either may be meant, so the two are not a dispute.
    /// </summary>
    public static bool RedundantThousand(Quantity a, Quantity b)
    {
        if (b.Normalized == 0 || Math.Abs(a.Normalized / (b.Normalized * 1000) - 1) > 1e-6)
        {
            return false;
        }

        ReadOnlySpan<char> text = a.Text;
        var thousand = text.IndexOf("ألف", StringComparison.Ordinal) is var hamza and >= 0 ? hamza : text.IndexOf("الف", StringComparison.Ordinal);
        if (thousand < 0)
        {
            return false;
        }

        // The digits before the word, thousands separators and brackets allowed, must make a thousand or more.
        var value = 0L;
        var digits = 0;
        foreach (var c in text[..thousand])
        {
            var digit = CharClassTable.DigitValue(c);
            if (digit >= 0)
            {
                value = Math.Min(value * 10 + digit, long.MaxValue / 10);
                digits++;
            }
            else if (digits > 0 && c is not (',' or '٬' or '.' or ' ' or ')' or ']'))
            {
                return false;
            }
        }

        return value >= 1000;
    }

    /// <summary>The digits either side of the one decimal point of a figure's only run of digits; false when it has no such run.</summary>
    private static bool DecimalParts(ReadOnlySpan<char> text, out Range whole, out Range fraction)
    {
        (whole, fraction) = (default, default);
        var runs = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (CharClassTable.DigitValue(text[i]) < 0)
            {
                i++;
                continue;
            }

            var (start, separator, separators) = (i, -1, 0);
            while (i < text.Length && (CharClassTable.DigitValue(text[i]) >= 0
                || (IsDecimalPoint(text[i]) && i + 1 < text.Length && CharClassTable.DigitValue(text[i + 1]) >= 0)))
            {
                if (CharClassTable.DigitValue(text[i]) < 0)
                {
                    (separator, separators) = (i, separators + 1);
                }

                i++;
            }

            if (++runs > 1 || separators != 1)
            {
                return false;
            }

            (whole, fraction) = (start..separator, (separator + 1)..i);
        }

        return runs == 1;
    }

    private static bool IsDecimalPoint(char c) => c is '.' or ',' or '\u066B' or '\u060C';

    private static bool SameDigits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (CharClassTable.DigitValue(a[k]) != CharClassTable.DigitValue(b[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static double Value(ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction)
    {
        double value = 0, scale = 1;
        foreach (var c in whole)
        {
            value = (value * 10) + CharClassTable.DigitValue(c);
        }

        foreach (var c in fraction)
        {
            scale /= 10;
            value += scale * CharClassTable.DigitValue(c);
        }

        return value;
    }
}
