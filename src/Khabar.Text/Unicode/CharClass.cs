namespace Khabar.Text.Unicode;

/// <summary>The tokenizer's view of one UTF-16 code unit.</summary>
internal enum CharClass : byte
{
    /// <summary>Anything not listed: a symbol token of its own.</summary>
    Symbol,
    Space,
    /// <summary>Zero-width and bidi controls: part of a word inside it, ignored outside.</summary>
    Invisible,
    ArabicLetter,
    /// <summary>Arabic harakat, tatweel and other marks that sit on a letter.</summary>
    ArabicMark,
    LatinLetter,
    OtherLetter,
    /// <summary>Combining marks of any other script: part of the word they follow.</summary>
    Mark,
    Digit,
    Punctuation,
    HighSurrogate,
    LowSurrogate,
}
