namespace Khabar.Text.Transliterate;

/// <summary>The letters of a name key: one per sound class shared by Arabic and Latin spellings.</summary>
internal static class KeyLetter
{
    public const char Vowel = 'a';      // a word-initial vowel: ا أ إ آ ع, a e i o u
    public const char B = 'b';          // ب پ, b p
    public const char T = 't';          // ت ط ث, t th
    public const char D = 'd';          // د ذ ض ظ, d dh
    public const char G = 'g';          // ج غ ز گ, g j z gh zh dj: ج meets both غ (Sergei سيرجي) and ز (Kinzhal)
    public const char H = 'h';          // ح ه, h
    public const char X = 'x';          // خ, kh
    public const char S = 's';          // س ص, s, soft c; a word-final ز or z too (Williams ويليامز)
    public const char Sh = 'c';         // ش چ تش, sh sch ch tch
    public const char F = 'f';          // ف ڤ and consonantal و, f v ph w: German w is ف (Wagner فاغنر)
    public const char K = 'k';          // ك ق ک, k q hard c ck
    public const char L = 'l';
    public const char M = 'm';
    public const char N = 'n';
    public const char R = 'r';
    public const char Y = 'y';          // consonantal ي, y
}
