using System.Collections.Frozen;
using Khabar.Text.Unicode;

namespace Khabar.Text.Normalize;

/// <summary>
/// The match key of a word: the display layer plus every rule of <see cref="ArabicFolding"/> that makes two
/// spellings of one word compare equal (diacritics gone, أ إ آ ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, ء dropped, Persian
/// letters folded, Latin lower-cased). Keys are for comparing, never for showing. One table read per char.
/// </summary>
public static class MatchKey
{
    /// <summary>The most characters one input character can become (ﷲ → الله).</summary>
    public const int MaxExpansion = 4;

    // Sentinels are noncharacters, which keys drop, so no real character's key can be mistaken for one.
    private const char Drop = '\uFDD0';
    private const char DropHamza = '\uFDD1';
    private const char Expand = '\uFDD2';

    private static readonly char[] Table = BuildTable(out Expansions);
    private static readonly FrozenDictionary<char, string> Expansions;

    /// <summary>The largest key a source of <paramref name="sourceLength"/> characters can produce.</summary>
    public static int MaxLength(int sourceLength) => sourceLength * MaxExpansion;

    /// <summary>Writes the key of <paramref name="source"/> into <paramref name="destination"/>, which must hold
    /// <see cref="MaxLength"/> characters; returns the key's length.</summary>
    public static int Write(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < MaxLength(source.Length))
        {
            throw new ArgumentException($"destination holds {destination.Length} chars; a key of {source.Length} chars may need {MaxLength(source.Length)}", nameof(destination));
        }

        var table = Table;
        var length = 0;
        var droppedHamza = false;
        foreach (var c in source)
        {
            var mapped = table[c];
            switch (mapped)
            {
                case Drop:
                    break;
                case DropHamza:
                    droppedHamza = true;
                    break;
                case Expand:
                    foreach (var e in Expansions[c])
                    {
                        destination[length++] = e;
                    }

                    break;
                default:
                    destination[length++] = mapped;
                    break;
            }
        }

        // Hamza is dropped inside words; a word that is nothing but hamza keeps it.
        if (length == 0 && droppedHamza)
        {
            destination[length++] = ArabicChars.Hamza;
        }

        return length;
    }

    /// <summary>The key of one character: its folded form, <c>'\0'</c> when keys drop it, or the character itself
    /// when it unfolds into several (a ligature). For matchers that fold as they scan.</summary>
    public static char Fold(char c) => Table[c] switch
    {
        Drop or DropHamza => '\0',
        Expand => c,
        var folded => folded,
    };

    /// <summary>The key of <paramref name="source"/> as a string.</summary>
    public static string Of(ReadOnlySpan<char> source)
    {
        var buffer = source.Length <= 256 ? stackalloc char[MaxLength(source.Length)] : new char[MaxLength(source.Length)];
        var length = Write(source, buffer);
        return new string(buffer[..length]);
    }

    private static char[] BuildTable(out FrozenDictionary<char, string> expansions)
    {
        var table = new char[char.MaxValue + 1];
        var multi = new Dictionary<char, string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var unfolded = DisplayNormalizer.Display(c);
            var key = unfolded is null ? KeyOf(c) : KeyOf(unfolded);
            switch (key.Length)
            {
                case 0:
                    table[i] = (unfolded ?? c.ToString()) == ArabicChars.Hamza.ToString() ? DropHamza : Drop;
                    break;
                case 1:
                    table[i] = key[0];
                    break;
                default:
                    table[i] = Expand;
                    multi[c] = key.Length <= MaxExpansion ? key : key[..MaxExpansion];
                    break;
            }
        }

        expansions = multi.ToFrozenDictionary();
        return table;
    }

    private static string KeyOf(string letters)
    {
        var key = new System.Text.StringBuilder(letters.Length);
        foreach (var c in letters)
        {
            key.Append(KeyOf(c));
        }

        return key.ToString();
    }

    private static string KeyOf(char c) =>
        c is >= '\uFDD0' and <= '\uFDEF' || ArabicFolding.IsInvisible(c) || ArabicFolding.IsTatweel(c) || ArabicFolding.IsDiacritic(c) || c == ArabicChars.Hamza
            || ArabicFolding.IsNonSpacingMark(c)
            ? string.Empty
            : ArabicFolding.FoldKeyLetter(c).ToString();
}
