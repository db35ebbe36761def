using static Khabar.Text.Unicode.ArabicChars;

namespace Khabar.Text.Transliterate;

/// <summary>
/// The consonant skeleton of one Arabic-script word: letters to sound classes, long vowels and hamza, ain,
/// ta marbuta and a final heh dropped, waw and yeh kept only where they are consonants.
/// </summary>
internal static class ArabicSkeleton
{
    private const int StackLimit = 128;

    /// <summary>Whether <paramref name="c"/> is an Arabic-script letter the key reads.</summary>
    public static bool IsLetter(char c) =>
        (c is >= Hamza and <= Yeh && c != Tatweel) || c is AlefWasla or Peh or Tcheh or Veh or Keheh or Gaf or FarsiYeh;

    /// <summary>Whether <paramref name="c"/> is a mark inside an Arabic word (harakat, shadda, tatweel).</summary>
    public static bool IsMark(char c) => c is (>= Fathatan and <= '\u065F') or SuperscriptAlef or Tatweel;

    /// <summary>Appends the skeleton of <paramref name="word"/> to <paramref name="key"/>.</summary>
    public static void Write(ReadOnlySpan<char> word, ref KeyBuilder key)
    {
        Span<char> letters = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        var n = 0;
        var plainAlefFirst = false;
        foreach (var c in word)
        {
            if (IsLetter(c))
            {
                plainAlefFirst |= n == 0 && c == Alef;
                letters[n++] = Fold(c);
            }
        }

        // The article ال is not part of the name (السيسي, Sisi); alone (آل سعود) it is no word at all.
        var first = 0;
        if (plainAlefFirst && n >= 2 && letters[1] == Lam && (n == 2 || n >= 4))
        {
            first = 2;
        }

        var previousIsVowel = false;
        for (var i = first; i < n; i++)
        {
            var c = letters[i];
            var next = i + 1 < n ? letters[i + 1] : '\0';
            switch (c)
            {
                case Alef or Hamza or Ain or AlefMaksura:
                    if (i == first)
                    {
                        key.Emit(KeyLetter.Vowel);
                    }

                    previousIsVowel = true;
                    continue;
                case TehMarbuta:
                    previousIsVowel = true;
                    continue;
                case Waw or Yeh:
                    // A semi-vowel is a consonant word-initially or between vowels, else a long vowel.
                    if (i == first || (previousIsVowel && IsVowelLetter(next)) || IsConsonantalWaw(c, next))
                    {
                        key.Emit(c == Waw ? KeyLetter.F : KeyLetter.Y);
                        previousIsVowel = false;
                    }
                    else
                    {
                        previousIsVowel = true;
                    }

                    continue;
                case Heh or Hah when i == n - 1:
                    previousIsVowel = true;
                    continue;
                case Teh when next == Sheen:
                    key.Emit(KeyLetter.Sh);
                    previousIsVowel = false;
                    i++;
                    continue;
            }

            // A final sibilant is voiced or not by accident of spelling: Williams ويليامز, Aziz عزيز.
            var letter = c == Zain && i == n - 1 ? KeyLetter.S : ClassOf(c);
            if (letter != '\0')
            {
                key.Emit(letter);
                previousIsVowel = false;
            }
        }
    }

    private static char Fold(char c) => c switch
    {
        AlefMadda or AlefHamzaAbove or AlefHamzaBelow or AlefWasla => Alef,
        WawHamzaAbove or YehHamzaAbove => Hamza,
        FarsiYeh => Yeh,
        Keheh => Kaf,
        _ => c,
    };

    // وو is w then u: أتوود Atwood.
    private static bool IsConsonantalWaw(char c, char next) =>
        c == Waw && next == Waw;

    private static bool IsVowelLetter(char c) => c is Alef or Waw or Yeh or AlefMaksura or Hamza or TehMarbuta;

    private static char ClassOf(char c) => c switch
    {
        Beh or Peh => KeyLetter.B,
        Teh or Tah or Theh => KeyLetter.T,
        Jeem or Ghain or Zain or Gaf => KeyLetter.G,
        Hah or Heh => KeyLetter.H,
        Khah => KeyLetter.X,
        Dal or Thal or Dad or Zah => KeyLetter.D,
        Reh => KeyLetter.R,
        Seen or Sad => KeyLetter.S,
        Sheen or Tcheh => KeyLetter.Sh,
        Feh or Veh => KeyLetter.F,
        Qaf or Kaf => KeyLetter.K,
        Lam => KeyLetter.L,
        Meem => KeyLetter.M,
        Noon => KeyLetter.N,
        _ => '\0',
    };
}
