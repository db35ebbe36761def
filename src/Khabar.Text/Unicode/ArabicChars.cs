namespace Khabar.Text.Unicode;

/// <summary>Named Arabic-script code points, so rules read as letters rather than numbers.</summary>
public static class ArabicChars
{
    public const char Comma = '\u060C';             // ،
    public const char Semicolon = '\u061B';         // ؛
    public const char QuestionMark = '\u061F';      // ؟
    public const char Hamza = '\u0621';             // ء
    public const char AlefMadda = '\u0622';         // آ
    public const char AlefHamzaAbove = '\u0623';    // أ
    public const char WawHamzaAbove = '\u0624';     // ؤ
    public const char AlefHamzaBelow = '\u0625';    // إ
    public const char YehHamzaAbove = '\u0626';     // ئ
    public const char Alef = '\u0627';              // ا
    public const char Beh = '\u0628';               // ب
    public const char TehMarbuta = '\u0629';        // ة
    public const char Teh = '\u062A';               // ت
    public const char Theh = '\u062B';              // ث
    public const char Jeem = '\u062C';              // ج
    public const char Hah = '\u062D';               // ح
    public const char Khah = '\u062E';              // خ
    public const char Dal = '\u062F';               // د
    public const char Thal = '\u0630';              // ذ
    public const char Reh = '\u0631';               // ر
    public const char Zain = '\u0632';              // ز
    public const char Seen = '\u0633';              // س
    public const char Sheen = '\u0634';             // ش
    public const char Sad = '\u0635';               // ص
    public const char Dad = '\u0636';               // ض
    public const char Tah = '\u0637';               // ط
    public const char Zah = '\u0638';               // ظ
    public const char Ain = '\u0639';               // ع
    public const char Ghain = '\u063A';             // غ
    public const char Tatweel = '\u0640';           // ـ
    public const char Feh = '\u0641';               // ف
    public const char Qaf = '\u0642';               // ق
    public const char Kaf = '\u0643';               // ك
    public const char Lam = '\u0644';               // ل
    public const char Meem = '\u0645';              // م
    public const char Noon = '\u0646';              // ن
    public const char Heh = '\u0647';               // ه
    public const char Waw = '\u0648';               // و
    public const char AlefMaksura = '\u0649';       // ى
    public const char Yeh = '\u064A';               // ي
    public const char Fathatan = '\u064B';          // first harakat
    public const char Sukun = '\u0652';             // last of the common harakat
    public const char MaddahAbove = '\u0653';
    public const char HamzaAbove = '\u0654';
    public const char HamzaBelow = '\u0655';
    public const char SuperscriptAlef = '\u0670';
    public const char AlefWasla = '\u0671';         // ٱ
    public const char PercentSign = '\u066A';       // ٪
    public const char DecimalSeparator = '\u066B';  // ٫
    public const char ThousandsSeparator = '\u066C';// ٬
    public const char FullStop = '\u06D4';          // ۔
    public const char ArabicIndicZero = '\u0660';   // ٠
    public const char ExtendedIndicZero = '\u06F0'; // ۰
    public const char Peh = '\u067E';               // پ
    public const char Tcheh = '\u0686';             // چ
    public const char Veh = '\u06A4';               // ڤ
    public const char Keheh = '\u06A9';             // ک
    public const char Gaf = '\u06AF';               // گ
    public const char FarsiYeh = '\u06CC';          // ی
}
