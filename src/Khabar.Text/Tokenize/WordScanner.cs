using Khabar.Text.Normalize;
using Khabar.Text.Unicode;

namespace Khabar.Text.Tokenize;

/// <summary>
/// Tokens that start with a letter. A chunk is letter/digit segments joined by a hyphen, a dot or (in Latin)
/// an apostrophe; it is then kept whole as a designator (Tu-160, جيران-25, تي.يو-95), an abbreviation
/// (أ.ف.ب, U.S.) or a bare-domain URL, or else only its first segment is taken and the joiner becomes
/// punctuation (أرتيوم-بريمورسكي, موسكو.وقال).
/// </summary>
internal static class WordScanner
{
    private enum Script : byte { None, Arabic, Latin, Other }

    /// <summary>One run of letters (of one script) and digits, with marks and invisibles inside.</summary>
    private readonly record struct Segment(int End, int Letters, bool HasDigit, Script Script, bool ScriptBreak);

    public static (TokenKind Kind, int End) Scan(ReadOnlySpan<char> text, int start)
    {
        var limit = Math.Min(text.Length, start + Tokenizer.MaxTokenLength);
        var first = ScanSegment(text, start, limit, Script.None);
        var script = first.Script;

        // A one-letter Arabic prefix glued to a number (بـ50، ل2023) is a word and a number, not a model name.
        if (script == Script.Arabic && first.Letters == 1 && first.HasDigit)
        {
            return (TokenKind.ArabicWord, FirstDigit(text, start, first.End));
        }

        // A word glued to a number that goes on as a number or a word does (حقق1.077, مستوى9,381.01, ال80عاما,
        // وفي2015) is a word and a number: a model name (ويندوز10, إم3) ends on its digits.
        if (script == Script.Arabic && first.HasDigit && GluedNumber(text, start, first.End, limit) is > 0 and var digits)
        {
            return (TokenKind.ArabicWord, digits);
        }

        if (first.ScriptBreak)
        {
            return (SegmentKind(first), first.End);
        }

        var end = first.End;
        bool anyDigit = first.HasDigit, hyphen = false, dot = false, apostrophe = false, longDotSegment = false;
        // A one-letter proclitic glued to initials (وتي.يو-95) does not make the first group long.
        var previousLetters = script == Script.Arabic && first.Letters == 3 && Proclitics.IsLetter(text[start]) ? 2 : first.Letters;
        while (end + 1 < limit && IsJoiner(text[end]) && StartsSegment(text[end + 1]))
        {
            var joiner = text[end];
            var next = ScanSegment(text, end + 1, limit, script);
            if (next.ScriptBreak || (next.Script != Script.None && script != Script.None && next.Script != script))
            {
                break;
            }

            if (joiner is '\'' or '\u2019' && (script != Script.Latin || next.Letters == 0))
            {
                break;
            }

            if (joiner == '.' && (previousLetters > 2 || next.Letters > 2))
            {
                longDotSegment = true;
            }

            hyphen |= joiner is not '.' and not '\'' and not '\u2019';
            dot |= joiner == '.';
            apostrophe |= joiner is '\'' or '\u2019';
            anyDigit |= next.HasDigit;
            script = script == Script.None ? next.Script : script;
            previousLetters = next.Letters;
            end = next.End;
        }

        if (end == first.End)
        {
            return (SegmentKind(first), end);
        }

        // A dotted Latin run that names a host is a link (pic.twitter.com/x, t.co/x, alofoq-news.com).
        if (dot && script == Script.Latin
            && ((end < text.Length && text[end] == '/') || (longDotSegment && LinkScanner.EndsWithTopLevelDomain(text[start..end]))))
        {
            return (TokenKind.Url, LinkScanner.ScanUrl(text, start));
        }

        if (dot && longDotSegment)
        {
            // Otherwise a dot between long runs is a full stop that lost its space.
            return (SegmentKind(first), first.End);
        }

        if (anyDigit)
        {
            return (TokenKind.Designator, end);
        }

        if (hyphen)
        {
            return (SegmentKind(first), first.End);
        }

        if (dot)
        {
            // Latin initials keep their final dot (U.S.); an Arabic one is left to the sentence splitter.
            var withFinalDot = script == Script.Latin && end < text.Length && text[end] == '.';
            return (TokenKind.Abbreviation, withFinalDot ? end + 1 : end);
        }

        return (apostrophe ? TokenKind.LatinWord : SegmentKind(first), end);
    }

    private static Segment ScanSegment(ReadOnlySpan<char> text, int start, int limit, Script script)
    {
        var i = start;
        var letters = 0;
        var hasDigit = false;
        var own = Script.None;
        while (i < limit)
        {
            var cls = CharClassTable.Of(text[i]);
            var letterScript = cls switch
            {
                CharClass.ArabicLetter => Script.Arabic,
                CharClass.LatinLetter => Script.Latin,
                CharClass.OtherLetter => Script.Other,
                _ => Script.None,
            };
            if (letterScript != Script.None)
            {
                if (own == Script.None)
                {
                    own = letterScript;
                }
                else if (letterScript != own)
                {
                    return new Segment(i, letters, hasDigit, own, ScriptBreak: true);
                }

                letters++;
            }
            else if (cls == CharClass.Digit)
            {
                hasDigit = true;
            }
            else if (cls is not (CharClass.ArabicMark or CharClass.Mark) && !(cls == CharClass.Invisible && i + 1 < limit && IsWordChar(text[i + 1])))
            {
                break;
            }

            i++;
        }

        return new Segment(i, letters, hasDigit, own == Script.None ? script : own, ScriptBreak: false);
    }

    private static TokenKind SegmentKind(Segment segment) => segment switch
    {
        { HasDigit: true, Letters: > 0 } => TokenKind.Designator,
        { HasDigit: false, Letters: 0 } => TokenKind.Symbol,
        { Script: Script.Latin } => TokenKind.LatinWord,
        { Script: Script.Other } => TokenKind.OtherWord,
        _ => TokenKind.ArabicWord,
    };

    /// <summary>
    /// Where the number starts in an Arabic segment of letters and then digits, when it reads as a word glued to a
    /// number: letters again after the digits (ال80عاما), a thousands or decimal separator and digits after them
    /// (حقق1.077), or four digits that make a year (وفي2015, عام1436); -1 otherwise.
    /// </summary>
    private static int GluedNumber(ReadOnlySpan<char> text, int start, int end, int limit)
    {
        var digit = FirstDigit(text, start, end);
        if (digit == start || digit >= end)
        {
            return -1;
        }

        Span<char> letters = stackalloc char[Math.Min(digit - start, 64)];
        var count = 0;
        for (var i = start; i < digit; i++)
        {
            if (text[i] == ArabicChars.Tatweel)
            {
                continue;
            }

            if (CharClassTable.Of(text[i]) is not (CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.Invisible))
            {
                return -1;
            }

            if (count < letters.Length)
            {
                letters[count++] = text[i];
            }
        }

        if (OnlyProclitics(letters[..count]))
        {
            // Proclitics and the article glued to a number (وبـ50، ولـ2023، وال80), as one letter alone is above.
            return digit;
        }

        var after = digit;
        while (after < end && CharClassTable.Of(text[after]) == CharClass.Digit)
        {
            after++;
        }

        var lettersAfter = after < end;
        var separatorAfter = after == end && after + 1 < limit && text[after] is '.' or ',' or '٫' or '٬'
            && CharClassTable.Of(text[after + 1]) == CharClass.Digit;
        var year = after == end && after - digit == 4 && Year(text[digit..after]);
        return (lettersAfter && count >= 2) || separatorAfter || year ? digit : -1;
    }

    /// <summary>Whether the letters are proclitics alone: up to two of و ف ب ل ك, then the article or not (وب، ول، وال، بال).</summary>
    private static bool OnlyProclitics(ReadOnlySpan<char> letters)
    {
        if (letters.EndsWith("ال"))
        {
            letters = letters[..^2];
        }

        foreach (var c in letters)
        {
            if (!Proclitics.IsLetter(c))
            {
                return false;
            }
        }

        return letters.Length <= 2;
    }

    private static bool Year(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + CharClassTable.DigitValue(c);
        }

        return Dates.Years.Plausible(value);
    }

    private static int FirstDigit(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start;
        while (i < end && CharClassTable.Of(text[i]) != CharClass.Digit)
        {
            i++;
        }

        return i;
    }

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '.' or '\'' or '\u2019';

    private static bool StartsSegment(char c) =>
        CharClassTable.Of(c) is CharClass.ArabicLetter or CharClass.LatinLetter or CharClass.OtherLetter or CharClass.Digit;

    private static bool IsWordChar(char c) =>
        CharClassTable.Of(c) is CharClass.ArabicLetter or CharClass.LatinLetter or CharClass.OtherLetter or CharClass.Digit
            or CharClass.ArabicMark or CharClass.Mark;
}
