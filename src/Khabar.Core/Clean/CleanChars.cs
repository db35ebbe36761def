using System.Buffers;

namespace Khabar.Core.Clean;

/// <summary>Named code points and character classes the cleaner scans for.</summary>
internal static class CleanChars
{
    public const char NoBreakSpace = '\u00A0';
    public const char NextLine = '\u0085';
    public const char OghamSpace = '\u1680';
    public const char EnQuad = '\u2000';
    public const char HairSpace = '\u200A';
    public const char NarrowNoBreakSpace = '\u202F';
    public const char MediumMathSpace = '\u205F';
    public const char IdeographicSpace = '\u3000';
    public const char ByteOrderMark = '\uFEFF';
    public const char LineSeparator = '\u2028';
    public const char ParagraphSeparator = '\u2029';
    public const char FigureDash = '\u2012';
    public const char EnDash = '\u2013';
    public const char EmDash = '\u2014';
    public const char HorizontalBar = '\u2015';
    public const char MinusSign = '\u2212';

    /// <summary>Characters that end a line. <c>\r\n</c> is one break.</summary>
    public static readonly SearchValues<char> LineBreaks =
        SearchValues.Create(['\n', '\r', '\v', '\f', NextLine, LineSeparator, ParagraphSeparator]);

    /// <summary>Where a run of plain text may end: whitespace, controls, and the starts of markup and entities.</summary>
    public static bool IsTextStop(char c) => c < '\u0080' ? c is '<' or '/' or '&' || IsSpace(c) : c >= NoBreakSpace && IsSpace(c);

    /// <summary>Horizontal whitespace inside a line, including no-break and typographic spaces and stray
    /// control characters (scraping debris, never content).</summary>
    public static bool IsSpace(char c) => c switch
    {
        ' ' or '\t' or NoBreakSpace or OghamSpace or NarrowNoBreakSpace or MediumMathSpace or IdeographicSpace
            or ByteOrderMark or '\u007F' => true,
        >= EnQuad and <= HairSpace => true,
        < ' ' => true,
        _ => false,
    };

    public static bool IsDash(char c) =>
        c is '-' or FigureDash or EnDash or EmDash or HorizontalBar or MinusSign;

    public static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    public static bool IsArabicLetter(char c) => c switch
    {
        >= '\u0620' and <= '\u064A' => true,
        >= '\u066E' and <= '\u06D3' => true,
        >= '\u06FA' and <= '\u06FF' => true,
        >= '\u0750' and <= '\u077F' => true,
        >= '\uFB50' and <= '\uFDFF' => true,
        >= '\uFE70' and <= '\uFEFC' => true,
        _ => false,
    };
}
