using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Khabar.Text.Normalize;

/// <summary>
/// The display layer: the text as the outlet wrote it, lightly cleaned. NFC; presentation forms unfolded into
/// letters; tatweel and invisible controls removed; Arabic-Indic digits made ASCII. Keeps a map from every output
/// offset back to the input. Text that needs none of this is returned as is, with no map.
/// </summary>
public static class DisplayNormalizer
{
    private const char Keep = '\uFFFF';
    private const char Drop = '\uFFFE';
    private const char Expand = '\uFFFD';

    /// <summary>Per BMP char: <see cref="Keep"/>, <see cref="Drop"/>, <see cref="Expand"/> or the replacement.</summary>
    private static readonly char[] Table = BuildTable(out Expansions);
    private static readonly FrozenDictionary<char, string> Expansions;

    /// <summary>Per BMP char: whether it is, or unfolds into, a mark that NFC may reorder or compose.</summary>
    private static readonly bool[] ActsAsMark = BuildActsAsMark();

    public static NormalizedText Normalize(string text) => Normalize(text.AsSpan(), text);

    public static NormalizedText Normalize(ReadOnlySpan<char> text) => Normalize(text, null);

    private static NormalizedText Normalize(ReadOnlySpan<char> text, string? original)
    {
        var first = FirstChange(text);
        if (first < 0)
        {
            return new NormalizedText(original ?? text.ToString(), text.Length, null);
        }

        var output = ArrayPool<char>.Shared.Rent(text.Length * 4 + 1);
        var map = ArrayPool<int>.Shared.Rent(text.Length * 4 + 1);
        try
        {
            text[..first].CopyTo(output);
            for (var i = 0; i < first; i++)
            {
                map[i] = i;
            }

            var length = Rewrite(text, first, output, map);
            map[length] = text.Length;
            return new NormalizedText(new string(output, 0, length), text.Length, map.AsSpan(0, length + 1).ToArray());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(output);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    /// <summary>The first index where the display layer changes anything, or -1.</summary>
    private static int FirstChange(ReadOnlySpan<char> text)
    {
        var table = Table;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (table[c] != Keep || (ArabicFolding.IsCombiningMark(c) && !IsComposedAt(text, i)))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Rewrite(ReadOnlySpan<char> text, int from, char[] output, int[] map)
    {
        var length = from;

        // The prefix before `from` was copied as is, so its last starter sits at the same offset in both.
        var starterIn = from - 1;
        while (starterIn >= 0 && ArabicFolding.IsCombiningMark(text[starterIn]))
        {
            starterIn--;
        }

        var starterOut = starterIn;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (Table[c] == Drop)
            {
                continue;
            }

            if (ActsAsMark[c])
            {
                // The marks after a starter, with whatever vanishes between them, form one run.
                var marksEnd = i + 1;
                while (marksEnd < text.Length && (ActsAsMark[text[marksEnd]] || Table[text[marksEnd]] == Drop))
                {
                    marksEnd++;
                }

                if (starterIn >= 0 && !IsComposedRun(text, starterIn, marksEnd))
                {
                    // Slow path, rare: let the platform compose this starter and its marks.
                    length = starterOut;
                    var run = VisibleRun(text, starterIn, marksEnd);
                    foreach (var composed in ArabicFolding.Normalized(run, NormalizationForm.FormC) ?? run)
                    {
                        length = Emit(composed, starterIn, output, map, length);
                    }

                    i = marksEnd - 1;
                    continue;
                }
            }
            else
            {
                starterIn = i;
                starterOut = length;
            }

            length = Emit(c, i, output, map, length);
        }

        return length;
    }

    /// <summary>A starter (unfolded when it is a presentation form) and its marks, less what vanishes.</summary>
    private static string VisibleRun(ReadOnlySpan<char> text, int start, int end)
    {
        var run = new StringBuilder(ArabicFolding.UnfoldPresentationForm(text[start]) ?? text[start].ToString(), end - start + 4);
        foreach (var c in text[(start + 1)..end])
        {
            run.Append(Table[c] switch { Keep => c.ToString(), Drop => string.Empty, Expand => Expansions[c], var mapped => mapped.ToString() });
        }

        return run.ToString();
    }

    /// <summary>Writes what <paramref name="c"/> becomes, each char mapped to <paramref name="source"/>.</summary>
    private static int Emit(char c, int source, char[] output, int[] map, int length)
    {
        var mapped = Table[c];
        switch (mapped)
        {
            case Keep:
                output[length] = c;
                map[length++] = source;
                break;
            case Drop:
                break;
            case Expand:
                foreach (var e in Expansions[c])
                {
                    output[length] = e;
                    map[length++] = source;
                }

                break;
            default:
                output[length] = mapped;
                map[length++] = source;
                break;
        }

        return length;
    }

    /// <summary>Whether the mark at <paramref name="at"/> already sits in NFC with the letter before it.</summary>
    private static bool IsComposedAt(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start > 0 && ArabicFolding.IsCombiningMark(text[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && ArabicFolding.IsCombiningMark(text[end]))
        {
            end++;
        }

        return IsComposedRun(text, start > 0 ? start - 1 : start, end);
    }

    /// <summary>A starter and its marks are NFC when they are Arabic harakat in canonical order (their combining
    /// classes rise with their code points) after an Arabic letter that does not compose with them; anything
    /// else is asked of the platform.</summary>
    private static bool IsComposedRun(ReadOnlySpan<char> text, int start, int end)
    {
        var arabicStarter = text[start] is (>= '\u0620' and <= '\u064A') or (>= '\u0671' and <= '\u06D3');
        var previous = '\0';
        var fast = arabicStarter;
        var vanishing = false;
        for (var i = start + 1; i < end; i++)
        {
            var mark = text[i];
            if (Table[mark] != Keep)
            {
                // Vanishing, or unfolding into a mark: the platform must see the run as displayed.
                vanishing = true;
                continue;
            }

            fast &= mark is (>= '\u064B' and <= '\u0652') or '\u0670';
            fast &= mark >= previous;
            previous = mark;
        }

        // A presentation form is unfolded first, and its letters may then compose with the marks; marks that
        // meet across a vanished character may need reordering.
        return !vanishing && (fast || (Table[text[start]] == Keep && IsNfc(text[start..end])));
    }

    /// <summary>The platform's NFC check; a run it refuses (lone surrogates, noncharacters) is left as it is.</summary>
    private static bool IsNfc(ReadOnlySpan<char> run)
    {
        try
        {
            return run.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static bool[] BuildActsAsMark()
    {
        var marks = new bool[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            marks[i] = Table[i] switch
            {
                Keep => ArabicFolding.IsCombiningMark(c),
                Drop => false,
                Expand => ArabicFolding.IsCombiningMark(Expansions[c][0]),
                var mapped => ArabicFolding.IsCombiningMark(mapped),
            };
        }

        return marks;
    }

    private static char[] BuildTable(out FrozenDictionary<char, string> expansions)
    {
        var table = new char[char.MaxValue + 1];
        var multi = new Dictionary<char, string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var becomes = Display(c);
            table[i] = becomes is null ? Keep : becomes.Length switch { 0 => Drop, 1 => becomes[0], _ => Expand };
            if (becomes is { Length: > 1 })
            {
                multi[c] = becomes;
            }
        }

        expansions = multi.ToFrozenDictionary();
        return table;
    }

    /// <summary>What the display rules make of <paramref name="c"/> alone; null when it stays.</summary>
    internal static string? Display(char c)
    {
        if (ArabicFolding.IsInvisible(c) || ArabicFolding.IsTatweel(c))
        {
            return string.Empty;
        }

        if (ArabicFolding.FoldDigit(c) != c)
        {
            return ArabicFolding.FoldDigit(c).ToString();
        }

        if (ArabicFolding.UnfoldPresentationForm(c) is { } unfolded)
        {
            // Medial forms of harakat carry a tatweel: the other display rules apply to what unfolds too.
            return string.Concat(unfolded.Where(u => !ArabicFolding.IsTatweel(u) && !ArabicFolding.IsInvisible(u)).Select(ArabicFolding.FoldDigit));
        }

        // NFC singletons (Å for the Ångström sign, Ω for the Ohm sign, CJK compatibility ideographs).
        return ArabicFolding.NfcSingleton(c);
    }
}
