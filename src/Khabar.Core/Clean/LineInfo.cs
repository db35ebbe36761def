namespace Khabar.Core.Clean;

/// <summary>One raw line and what the cleaner decided about it.</summary>
internal struct LineInfo
{
    /// <summary>Offset of the first character.</summary>
    public int Start { get; set; }

    /// <summary>Offset of the line break (or of the end of the text).</summary>
    public int End { get; set; }

    /// <summary>Length of the line break after the line: 0 at the end of the text, 2 for <c>\r\n</c>.</summary>
    public int BreakLength { get; set; }

    /// <summary>Whether anything but whitespace and markup is on the line.</summary>
    public bool HasContent { get; set; }

    /// <summary>The rule that removes the whole line, or null when the line is cleaned piece by piece.</summary>
    public CleanRule? Removed { get; set; }

    /// <summary>What the classifier noticed, for decisions that look at the neighbours.</summary>
    public LineTraits Traits { get; set; }

    /// <summary>Length of the folded line text.</summary>
    public int KeyLength { get; set; }

    /// <summary>Last character of the folded line text.</summary>
    public char KeyLast { get; set; }

    /// <summary>
    /// Where a promo tail glued after the line's last sentence starts («… بعد إجازة الحج. سمات الدراسة تأجيل»), or 0
    /// when the line has none; the tail is removed, the line before it kept.
    /// </summary>
    public int TailFrom { get; set; }

    /// <summary>A hard-wrapped line whose break is a space: the sentence goes on on the next line.</summary>
    public bool JoinsNext { get; set; }
}
