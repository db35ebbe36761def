namespace Khabar.Core.Clean;

/// <summary>
/// Decodes one HTML character reference: numeric (<c>&amp;#1575;</c>, <c>&amp;#x627;</c>) or one of the named
/// references seen in scraped news. The closing <c>;</c> is required; references to controls, surrogates and
/// the C1 range are left as text.
/// </summary>
internal static class HtmlEntities
{
    private const int MaxNameLength = 10;

    /// <summary>Decodes the reference at the start of <paramref name="text"/> (which starts with <c>&amp;</c>).</summary>
    /// <returns>Its length, or 0 when it is not a reference.</returns>
    public static int TryDecode(ReadOnlySpan<char> text, out string value)
    {
        value = "";
        if (text.Length < 4 || text[0] != '&')
        {
            return 0;
        }

        return text[1] == '#' ? TryDecodeNumeric(text, out value) : TryDecodeNamed(text, out value);
    }

    private static int TryDecodeNumeric(ReadOnlySpan<char> text, out string value)
    {
        value = "";
        var hex = text[2] is 'x' or 'X';
        var i = hex ? 3 : 2;
        var digitsStart = i;
        var code = 0;
        for (; i < text.Length && i - digitsStart < 8; i++)
        {
            var c = text[i];
            int digit;
            if (char.IsAsciiDigit(c))
            {
                digit = c - '0';
            }
            else if (hex && char.IsAsciiHexDigitLower(c))
            {
                digit = c - 'a' + 10;
            }
            else if (hex && char.IsAsciiHexDigitUpper(c))
            {
                digit = c - 'A' + 10;
            }
            else
            {
                break;
            }

            code = (code * (hex ? 16 : 10)) + digit;
        }

        if (i == digitsStart || i >= text.Length || text[i] != ';' || !IsAllowed(code))
        {
            return 0;
        }

        value = code switch
        {
            ' ' => " ",
            '\t' => "\t",
            '\n' => "\n",
            '\r' => "\r",
            _ => char.ConvertFromUtf32(code),
        };
        return i + 1;
    }

    private static bool IsAllowed(int code) => code switch
    {
        '\t' or '\n' or '\r' => true,
        < 0x20 or (>= 0x7F and <= 0x9F) => false,
        >= 0xD800 and <= 0xDFFF => false,
        > 0x10FFFF => false,
        _ => true,
    };

    private static int TryDecodeNamed(ReadOnlySpan<char> text, out string value)
    {
        var end = text[1..].IndexOf(';');
        if (end < 1 || end > MaxNameLength)
        {
            value = "";
            return 0;
        }

        value = Named(text.Slice(1, end));
        return value.Length == 0 ? 0 : end + 2;
    }

    private static string Named(ReadOnlySpan<char> name) => name switch
    {
        "amp" or "AMP" => "&",
        "lt" or "LT" => "<",
        "gt" or "GT" => ">",
        "quot" or "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u00A0",
        "ensp" => "\u2002",
        "emsp" => "\u2003",
        "thinsp" => "\u2009",
        "ndash" => "\u2013",
        "mdash" => "\u2014",
        "hellip" => "\u2026",
        "laquo" => "\u00AB",
        "raquo" => "\u00BB",
        "lsquo" => "\u2018",
        "rsquo" => "\u2019",
        "sbquo" => "\u201A",
        "ldquo" => "\u201C",
        "rdquo" => "\u201D",
        "bdquo" => "\u201E",
        "bull" => "\u2022",
        "middot" => "\u00B7",
        "copy" => "\u00A9",
        "reg" => "\u00AE",
        "trade" => "\u2122",
        "deg" => "\u00B0",
        "times" => "\u00D7",
        "divide" => "\u00F7",
        "plusmn" => "\u00B1",
        "frac12" => "\u00BD",
        "frac14" => "\u00BC",
        "frac34" => "\u00BE",
        "percnt" => "%",
        "euro" => "\u20AC",
        "pound" => "\u00A3",
        "cent" => "\u00A2",
        "yen" => "\u00A5",
        "sect" => "\u00A7",
        "para" => "\u00B6",
        "shy" => "\u00AD",
        "zwnj" => "\u200C",
        "zwj" => "\u200D",
        "lrm" => "\u200E",
        "rlm" => "\u200F",
        "prime" => "\u2032",
        "Prime" => "\u2033",
        "larr" => "\u2190",
        "rarr" => "\u2192",
        _ => "",
    };
}
