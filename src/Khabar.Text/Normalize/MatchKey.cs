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

    private const char Drop = '\uFFFE';
    private const char Expand = '\uFFFD';

    private static readonly char[] Table = BuildTable(out Expansions);
    private static readonly string?[] Expansions;

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
            if (mapped == Drop)
            {
                droppedHamza |= c == ArabicChars.Hamza;
            }
            else if (mapped == Expand)
            {
                foreach (var e in Expansions[c - 0xFB50]!)
                {
                    destination[length++] = e;
                }
            }
            else
            {
                destination[length++] = mapped;
            }
        }

        // Hamza is dropped inside words; a word that is nothing but hamza keeps it.
        if (length == 0 && droppedHamza)
        {
            destination[length++] = ArabicChars.Hamza;
        }

        return length;
    }

    /// <summary>The key of <paramref name="source"/> as a string.</summary>
    public static string Of(ReadOnlySpan<char> source)
    {
        var buffer = source.Length <= 256 ? stackalloc char[MaxLength(source.Length)] : new char[MaxLength(source.Length)];
        var length = Write(source, buffer);
        return new string(buffer[..length]);
    }

    private static char[] BuildTable(out string?[] expansions)
    {
        var table = new char[char.MaxValue + 1];
        expansions = new string?[0xFEFF - 0xFB50 + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var unfolded = ArabicFolding.UnfoldPresentationForm(c);
            var key = unfolded is null ? KeyOf(c) : KeyOf(unfolded);
            switch (key.Length)
            {
                case 0:
                    table[i] = Drop;
                    break;
                case 1:
                    table[i] = key[0];
                    break;
                default:
                    table[i] = Expand;
                    expansions[i - 0xFB50] = key.Length <= MaxExpansion ? key : key[..MaxExpansion];
                    break;
            }
        }

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
        ArabicFolding.IsInvisible(c) || ArabicFolding.IsTatweel(c) || ArabicFolding.IsDiacritic(c) || c == ArabicChars.Hamza
            ? string.Empty
            : ArabicFolding.FoldKeyLetter(c).ToString();
}
