using System.Buffers;
using Khabar.Text.Unicode;

namespace Khabar.Core.Clean;

/// <summary>
/// Removes scraping residue from an article's decoded text (see <see cref="CleanRule"/>), keeping a map from
/// clean offsets to raw offsets and a record of every removal. Pure and thread-safe.
/// </summary>
public static class ArticleCleaner
{
    /// <summary>
    /// Bumped whenever the clean text or the removals of some input change. A store cleaned by another version
    /// has its clean text re-derived from the raw text, and everything downstream of it recomputed.
    /// </summary>
    /// <remarks>2: link-back and tag-list lines are promo lines; a text of nothing but promo lines keeps them.
    /// 3: a line ending in «…» after a lone «اقرأ أيضاً:» ends as prose and is kept.
    /// 4: hard-wrapped lines are joined into their sentences.
    /// 5: a promo trigger after the last sentence of the text's last line is removed with what follows it.
    /// 6: titles are cleaned too (<see cref="CleanTitle"/>): character references decoded, spaces collapsed.
    /// 7: a news section's name and a slash before a title («عام / …») come off it.</remarks>
    public const int Version = 7;

    /// <summary>
    /// A title as a reader should see it: HTML character references decoded (feeds and scraped JSON carry
    /// «&amp;#8220;تفجير سروج&amp;#8221;» and «&amp;quot;» in their titles, which a page would otherwise show as written), runs of
    /// white space as one space, trimmed, and a news section's name before a slash taken off («عام / مهرجان تمور بريدة
    /// يواصل فعالياته»: <c>Resources/TitleSections.txt</c>), cut to <see cref="MaxTitleLength"/>; null when nothing is left.
    /// </summary>
    public static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = title.AsSpan();
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length;)
        {
            var piece = text.Slice(i, 1);
            var length = 1;
            if (text[i] == '&' && HtmlEntities.TryDecode(text[i..], out var decoded) is var used and > 0)
            {
                piece = decoded.AsSpan();
                length = used;
            }

            foreach (var c in piece)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }

            i += length;
        }

        var clean = builder.ToString();
        var slash = clean.IndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0 && slash + 3 < clean.Length && CleanLexicon.TitleSections.Contains(TriggerFolding.FoldPhrase(clean.AsSpan(0, slash))))
        {
            clean = clean[(slash + 3)..].TrimStart();
        }

        if (clean.Length > MaxTitleLength)
        {
            // A whole text in the title field (a reader's or a feed's mistake): the title is its opening, cut at a space.
            var cut = clean.LastIndexOf(' ', MaxTitleLength);
            cut = cut > MaxTitleLength / 2 ? cut : char.IsHighSurrogate(clean[MaxTitleLength - 1]) ? MaxTitleLength - 1 : MaxTitleLength;
            clean = string.Concat(clean.AsSpan(0, cut).TrimEnd(), "…");
        }

        return clean.Length == 0 ? null : clean;
    }

    /// <summary>
    /// The longest title kept whole (chars). Headlines are far shorter: SaudiNewsNet's longest is 172; a longer
    /// "title" is a text in the wrong field, and every page, list and search result shows the title.
    /// </summary>
    public const int MaxTitleLength = 1000;

    /// <summary>Longest headline line taken with a trigger-only promo line before it.</summary>
    private const int MaxHeadlineLength = 150;

    /// <summary>Cleans <paramref name="raw"/>; never throws for any string.</summary>
    public static CleanText Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var lines = ArrayPool<LineInfo>.Shared.Rent(CountLines(raw));
        try
        {
            var count = Classify(raw, lines);
            var view = lines.AsSpan(0, count);
            LookAround(raw, view);
            MarkLastTail(raw, view);
            KeepSoleLines(view);
            HardWrap.Mark(raw, view);
            using var builder = new CleanTextBuilder(raw);
            Emit(raw, view, builder);
            return builder.ToCleanText();
        }
        finally
        {
            ArrayPool<LineInfo>.Shared.Return(lines);
        }
    }

    /// <summary>
    /// A text that is nothing but promo or link-back lines (a photo gallery scraped as «رابط الخبر بصحيفة …»)
    /// keeps them: removing them would leave an empty article, which says less than the line does.
    /// </summary>
    private static void KeepSoleLines(Span<LineInfo> lines)
    {
        foreach (var line in lines)
        {
            if (line.HasContent && line.Removed is null)
            {
                return;
            }
        }

        foreach (ref var line in lines)
        {
            if (line.Removed == CleanRule.Promo)
            {
                line.Removed = null;
            }
        }
    }

    private static int CountLines(string raw)
    {
        var count = 1;
        var text = raw.AsSpan();
        int i;
        while ((i = text.IndexOfAny(CleanChars.LineBreaks)) >= 0)
        {
            count++;
            text = text[(i + 1)..];
        }

        return count;
    }

    /// <summary>Splits into lines and applies the rules that look at one line at a time.</summary>
    private static int Classify(string raw, LineInfo[] lines)
    {
        Span<char> keyBuffer = stackalloc char[LineClassifier.MaxLineLength + 1];
        var count = 0;
        var start = 0;
        while (true)
        {
            var found = raw.AsSpan(start).IndexOfAny(CleanChars.LineBreaks);
            var end = found < 0 ? raw.Length : start + found;
            var breakLength = found < 0 ? 0 : raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1;

            var keyLength = LineKey.Build(raw.AsSpan(0, end), start, LineClassifier.MaxLineLength, keyBuffer, out var hasContent);
            var key = keyBuffer[..keyLength];
            var traits = LineTraits.None;
            var removed = LineClassifier.Classify(key, ref traits);
            lines[count++] = new LineInfo
            {
                Start = start,
                End = end,
                BreakLength = breakLength,
                HasContent = hasContent,
                Removed = removed,
                Traits = traits,
                KeyLength = keyLength,
                KeyLast = keyLength > 0 ? key[^1] : '\0',
            };

            if (found < 0)
            {
                return count;
            }

            start = end + breakLength;
        }
    }

    /// <summary>Rules that depend on the neighbouring lines.</summary>
    private static void LookAround(string raw, Span<LineInfo> lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var traits = lines[i].Traits;
            if ((traits & LineTraits.Attribution) != 0)
            {
                // The tweet body just before its attribution, when it is in Latin script or carries a post link
                // (an Arabic line without one may be prose that quotes the tweet).
                var body = PreviousContent(lines, i);
                if (body >= 0 && lines[body].Removed is null && lines[body].KeyLength <= LineClassifier.MaxEmbedLineLength
                    && ((lines[body].Traits & LineTraits.PostLink) != 0
                        || LineKey.IsLatinScript(raw.AsSpan(0, lines[body].End), lines[body].Start)))
                {
                    lines[body].Removed = CleanRule.EmbeddedPost;
                }
            }
            else if ((traits & LineTraits.PromoHeadOnly) != 0)
            {
                // "اقرأ أيضاً:" alone: the next line is the linked headline when it is short and no sentence.
                var headline = NextContent(lines, i);
                if (headline >= 0 && lines[headline].Removed is null && lines[headline].KeyLength <= MaxHeadlineLength
                    && !Punctuation.EndsProse(lines[headline].KeyLast))
                {
                    lines[headline].Removed = CleanRule.Promo;
                }
            }
        }
    }

    /// <summary>
    /// A tag list or promo glued after the last sentence of the text on its last line («… بعد إجازة الحج. سمات الدراسة
    /// تأجيل عزام الدخيل»): when what follows the line's last sentence-final mark starts with a promo trigger, fits its
    /// length limit and ends the text, it is removed as the line would be. Only the text's last line: in the body a
    /// trigger word after a full stop opens a sentence more often than a list.
    /// </summary>
    private static void MarkLastTail(string raw, Span<LineInfo> lines)
    {
        var last = lines.Length - 1;
        while (last >= 0 && !lines[last].HasContent)
        {
            last--;
        }

        if (last < 0 || lines[last].Removed is not null)
        {
            return;
        }

        var line = raw.AsSpan(lines[last].Start, lines[last].End - lines[last].Start).TrimEnd();
        var mark = line.LastIndexOfAny(SentenceFinal);
        if (mark <= 0 || mark == line.Length - 1)
        {
            return;
        }

        var tail = lines[last].Start + mark + 1;
        Span<char> keyBuffer = stackalloc char[LineClassifier.MaxLineLength + 1];
        var keyLength = LineKey.Build(raw.AsSpan(0, lines[last].End), tail, LineClassifier.MaxLineLength, keyBuffer, out var hasContent);
        var traits = LineTraits.None;
        if (hasContent && LineClassifier.Classify(keyBuffer[..keyLength], ref traits) == CleanRule.Promo)
        {
            while (tail < lines[last].End && char.IsWhiteSpace(raw[tail]))
            {
                tail++;
            }

            lines[last].TailFrom = tail;
        }
    }

    private static readonly System.Buffers.SearchValues<char> SentenceFinal = System.Buffers.SearchValues.Create(".!؟?…");

    private static int PreviousContent(Span<LineInfo> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].HasContent)
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextContent(Span<LineInfo> lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (lines[i].HasContent)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Emit(string raw, Span<LineInfo> lines, CleanTextBuilder builder)
    {
        var lastKept = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].HasContent && lines[i].Removed is null)
            {
                lastKept = i;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Removed is { } rule)
            {
                builder.Remove(line.Start, line.End - line.Start, rule);
            }
            else if (line.TailFrom > 0)
            {
                LineEmitter.Emit(raw.AsSpan(0, line.TailFrom), line.Start, builder);
                builder.Remove(line.TailFrom, line.End - line.TailFrom, CleanRule.Promo);
            }
            else
            {
                LineEmitter.Emit(raw.AsSpan(0, line.End), line.Start, builder);
            }

            if (line.BreakLength == 0)
            {
                continue;
            }

            if (line.HasContent && line.Removed is null && i < lastKept)
            {
                if (line.JoinsNext)
                {
                    builder.Replace(line.End, line.BreakLength, " ", CleanRule.Whitespace);
                }
                else if (line.BreakLength == 1 && raw[line.End] == '\n')
                {
                    builder.Copy(line.End, 1);
                }
                else
                {
                    builder.Replace(line.End, line.BreakLength, "\n", CleanRule.Whitespace);
                }
            }
            else
            {
                builder.Remove(line.End, line.BreakLength, CleanRule.Whitespace);
            }
        }
    }
}
