namespace Khabar.Text.Transliterate;

/// <summary>
/// A name key: the consonant skeleton of a person or place name in sound classes, the same for Arabic-script
/// and Latin-script spellings of one name (شويغو, شويجو, Shoigu → <c>cg</c>). Words are keyed separately
/// and joined by one space; digits are kept; everything else separates words.
/// </summary>
public static class NameKey
{
    private const int DistanceStackLimit = 64;

    private enum Script
    {
        None,
        Arabic,
        Latin,
        Digit,
    }

    /// <summary>The largest key a name of <paramref name="sourceLength"/> characters can produce.</summary>
    public static int MaxLength(int sourceLength) => 3 * Math.Max(sourceLength, 0);

    /// <summary>Writes the key of the Arabic-script words and digits of <paramref name="name"/>; other letters separate words.</summary>
    public static int FromArabic(ReadOnlySpan<char> name, Span<char> destination) =>
        Build(name, destination, arabic: true, latin: false);

    /// <summary>Writes the key of the Latin-script words and digits of <paramref name="name"/>; other letters separate words.</summary>
    public static int FromLatin(ReadOnlySpan<char> name, Span<char> destination) =>
        Build(name, destination, arabic: false, latin: true);

    /// <summary>
    /// Writes the key of <paramref name="name"/>, reading each word by its script, to <paramref name="destination"/>
    /// (at least <see cref="MaxLength"/> long); returns the key's length.
    /// </summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> destination) =>
        Build(name, destination, arabic: true, latin: true);

    /// <summary>The key of <paramref name="name"/> as a string.</summary>
    public static string Of(ReadOnlySpan<char> name)
    {
        var capacity = MaxLength(name.Length);
        Span<char> key = capacity <= 256 ? stackalloc char[capacity] : new char[capacity];
        return key[..Write(name, key)].ToString();
    }

    /// <summary>
    /// Whether two keys are at most one edit apart (Levenshtein distance ≤ 1), in one pass: <c>Distance(a, b) &lt;= 1</c>
    /// without the table.
    /// </summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == b.Length)
        {
            return true; // equal, or one letter added at the end
        }

        // The first difference is the edit: a letter replaced (the rest equal) or, for a longer a, one inserted.
        return a.Length == b.Length
            ? a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..])
            : a[(prefix + 1)..].SequenceEqual(b[prefix..]);
    }

    /// <summary>The Levenshtein distance between two keys.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        var width = b.Length + 1;
        Span<int> row = width <= DistanceStackLimit ? stackalloc int[DistanceStackLimit] : new int[width];
        for (var j = 0; j < width; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j < width; j++)
            {
                var above = row[j];
                var substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
                row[j] = Math.Min(substitution, Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }

        return row[width - 1];
    }

    private static int Build(ReadOnlySpan<char> name, Span<char> destination, bool arabic, bool latin)
    {
        if (destination.Length < MaxLength(name.Length))
        {
            throw new ArgumentException("The destination is shorter than MaxLength of the name.", nameof(destination));
        }

        var key = new KeyBuilder(destination);
        var start = 0;
        var current = Script.None;
        for (var i = 0; i <= name.Length; i++)
        {
            var script = i < name.Length ? ScriptOf(name[i], current) : Script.None;
            if (script == current && i < name.Length)
            {
                continue;
            }

            if (i < name.Length && IsJoiner(name[i]) && current != Script.None)
            {
                continue;
            }

            Flush(name[start..i], current, arabic, latin, ref key);
            start = i;
            current = script;
        }

        return key.Length;
    }

    private static void Flush(ReadOnlySpan<char> word, Script script, bool arabic, bool latin, ref KeyBuilder key)
    {
        switch (script)
        {
            case Script.Arabic when arabic:
                key.BeginWord();
                ArabicSkeleton.Write(word, ref key);
                break;
            case Script.Latin when latin:
                key.BeginWord();
                LatinSkeleton.Write(word, ref key);
                break;
            case Script.Digit:
                key.BeginWord();
                foreach (var c in word)
                {
                    var value = DigitValue(c);
                    if (value >= 0)
                    {
                        key.EmitRaw((char)('0' + value));
                    }
                }

                break;
        }
    }

    private static Script ScriptOf(char c, Script current)
    {
        if (ArabicSkeleton.IsLetter(c) || (ArabicSkeleton.IsMark(c) && current == Script.Arabic))
        {
            return Script.Arabic;
        }

        if (LatinFolding.IsLetter(c) || (LatinFolding.IsMark(c) && current == Script.Latin))
        {
            return Script.Latin;
        }

        return DigitValue(c) >= 0 ? Script.Digit : Script.None;
    }

    // Apostrophes inside a word (O'Brien, D’Alema) do not split it.
    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= Unicode.ArabicChars.ArabicIndicZero and <= '\u0669' => c - Unicode.ArabicChars.ArabicIndicZero,
        >= Unicode.ArabicChars.ExtendedIndicZero and <= '\u06F9' => c - Unicode.ArabicChars.ExtendedIndicZero,
        _ => -1,
    };
}
