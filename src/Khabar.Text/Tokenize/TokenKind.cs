namespace Khabar.Text.Tokenize;

/// <summary>What a token is. Every non-space character of the input belongs to exactly one token.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of Arabic-script letters (with their diacritics, tatweel and joiners).</summary>
    ArabicWord,
    /// <summary>A run of Latin letters, with internal apostrophes.</summary>
    LatinWord,
    /// <summary>A word in another script (Cyrillic, Greek, CJK, ...).</summary>
    OtherWord,
    /// <summary>A number: digits of any system, thousands and decimal separators, an optional % sign.</summary>
    Number,
    /// <summary>Digit groups joined by / - : (16/9/2023, 2023-09-16, 10:30).</summary>
    NumberGroup,
    /// <summary>Letters and digits together as a model name: Tu-160, MiG-31I, F-16, جيران-25, تي.يو-95.</summary>
    Designator,
    /// <summary>Short letter groups joined by dots: أ.ف.ب, U.S., تي.يو.</summary>
    Abbreviation,
    Url,
    Email,
    /// <summary>@handle.</summary>
    Handle,
    /// <summary>#hashtag, Arabic or Latin.</summary>
    Hashtag,
    /// <summary>One punctuation mark, or a run of the same sentence-final marks (..., ?!, ؟؟).</summary>
    Punctuation,
    /// <summary>Anything else that is not white space: symbols, emoji, stray marks.</summary>
    Symbol,
}
