namespace Khabar.Text.Transliterate;

/// <summary>
/// The consonant skeleton of one Latin-script word: digraphs first (sh, kh, gh, th, ch, zh, ph, ck, tch),
/// then letters to sound classes, vowels dropped after the first letter, y and w kept only as consonants.
/// </summary>
internal static class LatinSkeleton
{
    private const int StackLimit = 128;

    /// <summary>Appends the skeleton of <paramref name="word"/> to <paramref name="key"/>.</summary>
    public static void Write(ReadOnlySpan<char> word, ref KeyBuilder key)
    {
        var capacity = word.Length * LatinFolding.MaxExpansion;
        Span<char> letters = capacity <= StackLimit ? stackalloc char[StackLimit] : new char[capacity];
        var n = 0;
        foreach (var c in word)
        {
            n += LatinFolding.Fold(c, letters[n..]);
        }

        letters = letters[..n];
        if (IsArticle(letters))
        {
            return;
        }

        var previousIsVowel = false;
        var i = 0;
        while (i < n)
        {
            var c = letters[i];
            var next = At(letters, i + 1);
            var (letter, length) = c switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' => (i == 0 ? KeyLetter.Vowel : '\0', 1),
                // yy, iy and uw stand for one Arabic letter read as a vowel: Sayyid سيد, Riyadh الرياض, Kuwait الكويت.
                'y' when next == 'y' => ('\0', 2),
                'y' when i > 0 && letters[i - 1] == 'i' => ('\0', 1),
                'w' when i > 0 && letters[i - 1] == 'u' => ('\0', 1),
                'y' when IsVowel(next) && (i == 0 || previousIsVowel) && !(next == 'e' && i + 2 == n) => (KeyLetter.Y, 1),
                'y' => (i == 0 ? KeyLetter.Vowel : '\0', 1),
                'w' when previousIsVowel && !IsVowel(next) => ('\0', 1),
                'w' when i == 0 && next == 'r' => ('\0', 1),
                'w' => (KeyLetter.F, 1),
                'h' when previousIsVowel && i == n - 1 => ('\0', 1),
                'h' => (KeyLetter.H, 1),
                's' when next == 'c' && At(letters, i + 2) == 'h' => (KeyLetter.Sh, 3),
                's' when next is 'h' or 'z' => (KeyLetter.Sh, 2),
                's' => (KeyLetter.S, 1),
                'c' when next == 'h' && At(letters, i + 2) == 'r' => (KeyLetter.K, 2),
                'c' when next == 'c' && At(letters, i + 2) == 'h' => (KeyLetter.K, 3),
                'c' when next is 'h' or 'z' => (KeyLetter.Sh, 2),
                'c' when i == n - 1 && IsSlavicIc(letters) => (KeyLetter.Sh, 1),
                'c' when next == 'k' => (KeyLetter.K, 2),
                'c' when next is 'e' or 'i' or 'y' => (KeyLetter.S, 1),
                'c' => (KeyLetter.K, 1),
                't' when next == 's' && At(letters, i + 2) == 'c' && At(letters, i + 3) == 'h' => (KeyLetter.Sh, 4),
                't' when next == 'c' && At(letters, i + 2) == 'h' => (KeyLetter.Sh, 3),
                't' when next == 'h' => (KeyLetter.T, 2),
                't' => (KeyLetter.T, 1),
                'k' when next == 'h' => (KeyLetter.X, 2),
                'k' => (KeyLetter.K, 1),
                'g' when next == 'h' && (At(letters, i + 2) == 't' || (i > 0 && letters[i - 1] == 'i')) => ('\0', 2),
                'g' when next == 'n' && previousIsVowel && At(letters, i + 2) is 'i' or 'o' => ('\0', 1),
                'g' when next == 'h' => (KeyLetter.G, 2),
                'r' when next == 'h' && i == 0 => (KeyLetter.R, 2),
                'z' when next == 'h' => (KeyLetter.G, 2),
                'z' when i == n - 1 => (KeyLetter.S, 1),
                'j' when previousIsVowel && !IsVowel(next) => ('\0', 1),
                'g' or 'j' or 'z' => (KeyLetter.G, 1),
                'd' when next == 'z' && At(letters, i + 2) == 'h' => (KeyLetter.G, 3),
                'd' when next == 'j' => (KeyLetter.G, 2),
                'd' when next == 'h' => (KeyLetter.D, 2),
                'd' => (KeyLetter.D, 1),
                'p' when next == 'h' => (KeyLetter.F, 2),
                'p' or 'b' => (KeyLetter.B, 1),
                'f' or 'v' => (KeyLetter.F, 1),
                'q' when next == 'u' => (KeyLetter.K, 2),
                'q' => (KeyLetter.K, 1),
                'x' when i == n - 1 && i > 0 && letters[i - 1] == 'u' => ('\0', 1),
                'x' => (KeyLetter.K, 1),
                'l' => (KeyLetter.L, 1),
                'm' => (KeyLetter.M, 1),
                'n' => (KeyLetter.N, 1),
                'r' => (KeyLetter.R, 1),
                _ => ('\0', 1),
            };

            if (letter != '\0')
            {
                key.Emit(letter);
            }

            // x is two consonants, k and s.
            if (c == 'x' && letter == KeyLetter.K)
            {
                key.Emit(KeyLetter.S);
            }

            previousIsVowel = letter is '\0' or KeyLetter.Vowel;
            i += length;
        }
    }

    // The Arabic article written as its own word (al-Assad, el Sisi) is left out, as ArabicSkeleton strips ال.
    private static bool IsArticle(ReadOnlySpan<char> word) => word is "al" or "el";

    private static char At(ReadOnlySpan<char> letters, int index) => index < letters.Length ? letters[index] : '\0';

    // Serbo-Croatian -ić written without its mark: Milutinovic, Sertic, Franjic (تش).
    private static bool IsSlavicIc(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[^2] == 'i' && word[^3] is 'v' or 'j' or 't';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
