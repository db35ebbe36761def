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
        SearchValues.Create("\n\r\v\f\u0085\u2028\u2029");

    /// <summary>Where a run of plain text may end: whitespace, controls, and the starts of markup and entities.</summary>
    public static readonly SearchValues<char> TextStops = SearchValues.Create(
        "<>/& \t\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\uFEFF" +
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014" +
        "\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

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

    public static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

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
