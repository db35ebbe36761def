using Khabar.Text.Unicode;

namespace Khabar.Core.Clean;

/// <summary>Decides, from a line's folded text alone, whether a line rule removes the whole line.</summary>
internal static class LineClassifier
{
    /// <summary>Longest line an embed marker may sit on: a tweet with its links, not a paragraph.</summary>
    public const int MaxEmbedLineLength = 420;

    /// <summary>Longest folded line any line rule applies to.</summary>
    public const int MaxLineLength = MaxEmbedLineLength;

    /// <summary>Most letters besides its links a line with a post link may have and still be removed.</summary>
    public const int MaxLinkLineLetters = 30;

    /// <summary>Longest tweet attribution line.</summary>
    public const int MaxAttributionLength = 200;

    /// <summary>Longest caption line.</summary>
    public const int MaxCaptionLength = 150;

    /// <summary>Longest share line, and most words on it.</summary>
    public const int MaxShareLength = 80;

    public const int MaxShareWords = 8;

    /// <summary>Characters that separate words on a share line and may trail a promo trigger.</summary>
    private const string NonWordChars = " :،,.;؛|/\\-–—•·*()[]«»\"'!?؟…>";

    public static CleanRule? Classify(ReadOnlySpan<char> key, ref LineTraits traits)
    {
        if (key.IsEmpty)
        {
            return null;
        }

        if (key.Length <= MaxAttributionLength && TweetAttribution.IsMatch(key))
        {
            traits |= LineTraits.Attribution;
            return CleanRule.EmbeddedPost;
        }

        if (key.Length <= MaxEmbedLineLength)
        {
            if (ContainsAnyWord(key, CleanLexicon.EmbedMarkers))
            {
                return CleanRule.EmbeddedPost;
            }

            if (HasPostLink(key))
            {
                traits |= LineTraits.PostLink;
                if (IsMostlyLinks(key))
                {
                    return CleanRule.EmbeddedPost;
                }
            }
        }

        if (IsPromo(key, ref traits))
        {
            return CleanRule.Promo;
        }

        if (key.Length <= MaxShareLength && IsShareLine(key))
        {
            return CleanRule.ShareLine;
        }

        if (key.Length <= MaxCaptionLength && IsCaption(key))
        {
            return CleanRule.PhotoCaption;
        }

        return null;
    }

    private static bool HasPostLink(ReadOnlySpan<char> key) =>
        ContainsAnyWord(key, CleanLexicon.EmbedLinks)
        || (key.Contains("/status", StringComparison.Ordinal) && (ContainsWord(key, "twitter.com/") || ContainsWord(key, "x.com/")));

    /// <summary>Links aside, at most <see cref="MaxLinkLineLetters"/> letters, or more Latin than Arabic ones.</summary>
    private static bool IsMostlyLinks(ReadOnlySpan<char> key)
    {
        int latin = 0, arabic = 0;
        foreach (var range in key.Split(' '))
        {
            var token = key[range];
            if (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.Ordinal)
                || HasPostLink(token))
            {
                continue;
            }

            foreach (var c in token)
            {
                latin += CleanChars.IsLatinLetter(c) ? 1 : 0;
                arabic += CleanChars.IsArabicLetter(c) ? 1 : 0;
            }
        }

        return latin + arabic <= MaxLinkLineLetters || latin > arabic;
    }

    private static bool ContainsAnyWord(ReadOnlySpan<char> key, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (ContainsWord(key, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPromo(ReadOnlySpan<char> key, ref LineTraits traits)
    {
        foreach (var trigger in CleanLexicon.Promo)
        {
            if (key.Length <= trigger.MaxLineLength && StartsWithWord(key, trigger.Text))
            {
                if (!key[trigger.Text.Length..].ContainsAnyExcept(NonWordChars))
                {
                    traits |= LineTraits.PromoHeadOnly;
                }

                return true;
            }
        }

        return false;
    }

    private static bool IsShareLine(ReadOnlySpan<char> key)
    {
        var words = 0;
        var strong = false;
        foreach (var range in key.SplitAny(NonWordChars))
        {
            var word = key[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxShareWords)
            {
                return false;
            }

            if (IsShareWord(word))
            {
                strong = true;
            }
            else if (!CleanLexicon.ShareConnectors.Contains(word))
            {
                return false;
            }
        }

        return strong;
    }

    private static bool IsShareWord(ReadOnlySpan<char> word) =>
        CleanLexicon.ShareWords.Contains(word)
        || (word.Length > 3 && word[0] == ArabicChars.Waw && CleanLexicon.ShareWords.Contains(word[1..]));

    private static bool IsCaption(ReadOnlySpan<char> key)
    {
        foreach (var trigger in CleanLexicon.Captions)
        {
            if (StartsWithWord(key, trigger))
            {
                return true;
            }

            if (trigger[^1] != ':' && key.Length > trigger.Length && key.EndsWith(trigger, StringComparison.Ordinal)
                && !char.IsLetterOrDigit(key[key.Length - trigger.Length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> key, string phrase) =>
        key.StartsWith(phrase, StringComparison.Ordinal)
        && (key.Length == phrase.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(key[phrase.Length]));

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="key"/> not glued to a preceding letter or digit.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> key, string phrase)
    {
        var from = 0;
        while (from < key.Length)
        {
            var found = key[from..].IndexOf(phrase, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            if (at == 0 || !char.IsLetterOrDigit(key[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
