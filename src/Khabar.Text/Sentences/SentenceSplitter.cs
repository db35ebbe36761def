using Khabar.Text.Resources;
using Khabar.Text.Tokenize;
using Khabar.Text.Unicode;

namespace Khabar.Text.Sentences;

/// <summary>
/// Splits text into sentences over its tokens. A sentence ends after . ! ? ؟ … ۔ (a run counts once; not «..», two dots,
/// which Arabic news writes as a pause inside one statement) and at every line break (news text puts one paragraph a line). Numbers, designators, URLs and abbreviations are
/// single tokens, so their dots never split; neither does the dot after an initial (د. or J.) or a listed
/// abbreviation (Dr.). Inside «…», “…”, "…" or (…) nothing splits: a quote holds one statement; but a mark
/// right before the closing quote ends the sentence after that quote. A line break resets quote depth.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A quote still open after this many tokens was probably never closed (a scraping loss): past it,
    /// final marks split again, so one stray « cannot swallow a whole paragraph.</summary>
    private const int MaxQuotedTokens = 120;

    private static readonly HashSet<string> Abbreviations = new(EmbeddedWordList.Load("abbreviations.txt"), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the extents of the sentences of <paramref name="text"/>, trimmed, in order.</summary>
    public static void Split(ReadOnlySpan<char> text, List<TextExtent> sentences)
    {
        var start = -1;
        var previousEnd = 0;
        var depth = 0;
        var straightQuoteOpen = false;
        var endPending = false;       // a final mark was seen at depth 0: the sentence ends before the next non-closer
        var markInsideQuote = false;  // a final mark was seen inside a quote: closing it ends the sentence
        var quotedTokens = 0;         // tokens since the outermost quote opened
        Token previous = default;

        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (start >= 0 && HasLineBreak(text[previousEnd..token.Start]))
            {
                sentences.Add(new TextExtent(start, previousEnd - start));
                start = -1;
                depth = 0;
                straightQuoteOpen = false;
                endPending = markInsideQuote = false;
                quotedTokens = 0;
            }

            var closer = token.Kind == TokenKind.Punctuation && token.Length == 1
                && (text[token.Start] == '"' ? straightQuoteOpen : IsCloser(text[token.Start]));
            if (endPending && !closer)
            {
                sentences.Add(new TextExtent(start, previousEnd - start));
                start = -1;
                endPending = false;
            }

            if (start < 0)
            {
                start = token.Start;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                var c = text[token.Start];
                if (c == '"')
                {
                    straightQuoteOpen = !straightQuoteOpen;
                    closer = !straightQuoteOpen;
                }
                else if (IsOpener(c))
                {
                    depth++;
                }
                else if (closer)
                {
                    depth = Math.Max(0, depth - 1);
                }

                var quoted = (depth > 0 || straightQuoteOpen) && quotedTokens <= MaxQuotedTokens;
                if (Punctuation.IsSentenceFinal(c) && !IsAbbreviationDot(text, previous, token) && !IsPause(text, token))
                {
                    endPending = !quoted;
                    markInsideQuote = quoted;
                }
                else if (closer && markInsideQuote)
                {
                    endPending = !quoted;
                    markInsideQuote = quoted;
                }
                else if (!closer)
                {
                    markInsideQuote = false;
                }
            }
            else
            {
                markInsideQuote = false;
            }

            quotedTokens = depth > 0 || straightQuoteOpen ? quotedTokens + 1 : 0;
            previous = token;
            previousEnd = token.End;
        }

        if (start >= 0)
        {
            sentences.Add(new TextExtent(start, previousEnd - start));
        }
    }

    /// <summary>
    /// Two dots, «..»: Arabic news writes them as a pause inside one statement («خالد الفيصل يفتتح المشروع.. الاثنين
    /// المقبل», «قال.. إن»), not as its end.
    /// </summary>
    private static bool IsPause(ReadOnlySpan<char> text, Token token) =>
        token.Length == 2 && text[token.Start] == '.' && text[token.Start + 1] == '.';

    /// <summary>A single dot glued to an initial (one letter) or a listed abbreviation.</summary>
    private static bool IsAbbreviationDot(ReadOnlySpan<char> text, Token previous, Token dot)
    {
        if (dot.Length != 1 || text[dot.Start] != '.' || previous.End != dot.Start || !previous.IsWord)
        {
            return false;
        }

        var word = previous.Of(text);
        return LetterCount(word) == 1 || AbbreviationLookup.Contains(word);
    }

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += char.IsLetter(c) && c != '\u0640' ? 1 : 0;
        }

        return letters;
    }

    private static bool HasLineBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny('\n', '\r', '\u2029') >= 0 || gap.IndexOfAny('\u2028', '\u0085') >= 0;

    private static bool IsOpener(char c) => c is '«' or '“' or '(' or '[' or '{' or '„' or '‹';

    private static bool IsCloser(char c) => c is '»' or '”' or ')' or ']' or '}' or '›';
}
