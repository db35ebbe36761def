namespace Khabar.Text.Unicode;

/// <summary>
/// The punctuation classes every stage reads text by, defined once: the marks that end a sentence and the marks
/// that break a sentence into clauses. Stages that need another set build it from these and say why.
/// </summary>
public static class Punctuation
{
    public const char Ellipsis = '\u2026';          // …
    public const char Colon = ':';

    /// <summary>The marks that can end a sentence: . ! ? ؟ … ۔ (a run of them ends it once).</summary>
    public static bool IsSentenceFinal(char c) =>
        c is '.' or '!' or '?' or ArabicChars.QuestionMark or Ellipsis or ArabicChars.FullStop;

    /// <summary>The marks that end a clause inside a sentence: the Arabic and Latin commas and semicolons ، , ؛ ;.</summary>
    public static bool IsClauseBreak(char c) => c is ArabicChars.Comma or ',' or ArabicChars.Semicolon or ';';

    /// <summary>
    /// Whether a line whose last character is <paramref name="c"/> reads as prose rather than a title: it ends a
    /// sentence (<see cref="IsSentenceFinal"/>), or a colon announces what follows it (وأضاف:، الوسوم:).
    /// A colon ends no sentence, but no headline ends with one either.
    /// </summary>
    public static bool EndsProse(char c) => IsSentenceFinal(c) || c == Colon;
}
