using System.Text;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Sentences;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Search;

/// <summary>
/// One sentence of an article as the search index holds it: where it is in the clean text, and its words three
/// ways, each a space-separated column: match keys (hamza, alef, ya and ta marbuta forms, diacritics, digits folded:
/// exact words and phrases), light stems of the keys where the stem is not the key itself (الانتخابات and انتخابات
/// meet; a stem is searched among the keys as well, so a word that is its own stem is indexed once), and name keys
/// (the consonant skeleton of names in either script: شويغو, شويجو and Shoigu meet). <see cref="Text"/>: the
/// sentence itself, as a hit shows it.
/// </summary>
public sealed record IndexedSentence(TextExtent Extent, string Keys, string Stems, string Names, string Text);

/// <summary>The terms the search index and its queries are made of: one definition for both sides.</summary>
public static class SearchTerms
{
    /// <summary>Sentences of an article beyond this many are not indexed (rowids leave room for this many).</summary>
    public const int MaxSentences = 1 << 16;

    /// <summary>The indexed sentences of an analysed clean text: name keys inside its entity mentions.</summary>
    public static IReadOnlyList<IndexedSentence> Of(string cleanText, Analyze.ArticleAnalysis analysis) =>
        Of(cleanText, NameExtents(analysis));

    /// <summary>Where an analysis found entity mentions, in text order.</summary>
    public static IReadOnlyList<TextExtent> NameExtents(Analyze.ArticleAnalysis analysis) =>
        [.. analysis.Mentions.Select(m => new TextExtent(m.Start, m.Length)).OrderBy(e => e.Start)];

    /// <summary>
    /// The indexed sentences of a clean text. Name keys are given only to the words inside <paramref name="mentions"/>
    /// (the article's entity mentions, sorted): a consonant skeleton is shared by many ordinary words (شويغو's is
    /// الشجاعة's), so only names are matched that way.
    /// </summary>
    public static IReadOnlyList<IndexedSentence> Of(string cleanText, IReadOnlyList<TextExtent> mentions)
    {
        var sentences = new List<TextExtent>();
        SentenceSplitter.Split(cleanText, sentences);
        var indexed = new List<IndexedSentence>(Math.Min(sentences.Count, MaxSentences));
        var tokens = new List<Token>();
        // The three columns are written straight from the words' spans (Word's terms, without a string per term).
        var (keys, stems, names) = (new StringBuilder(), new StringBuilder(), new StringBuilder());
        Span<char> key = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        Span<char> name = stackalloc char[NameKey.MaxLength(Tokenizer.MaxTokenLength)];
        foreach (var sentence in sentences.Take(MaxSentences))
        {
            var text = sentence.Of(cleanText);
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            keys.Clear();
            stems.Clear();
            names.Clear();
            foreach (var token in tokens)
            {
                if (!KeyAndStem(token, text, key, out var written, out var stem))
                {
                    continue;
                }

                Append(keys, written);
                if (!stem.SequenceEqual(written))
                {
                    Append(stems, stem);
                }

                if (Inside(mentions, sentence.Start + token.Start, token.Length) && NameOf(token, text, written, name) is { IsEmpty: false } nameKey)
                {
                    Append(names, nameKey);
                }
            }

            if (keys.Length > 0)
            {
                indexed.Add(new IndexedSentence(sentence, keys.ToString(), stems.ToString(), names.ToString(), text.ToString()));
            }
        }

        return indexed;
    }

    private static void Append(StringBuilder column, ReadOnlySpan<char> term) => (column.Length > 0 ? column.Append(' ') : column).Append(term);

    /// <summary>Whether the place lies inside one of the sorted extents.</summary>
    private static bool Inside(IReadOnlyList<TextExtent> extents, int start, int length)
    {
        var (low, high) = (0, extents.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var extent = extents[middle];
            if (extent.End <= start)
            {
                low = middle + 1;
            }
            else if (extent.Start > start)
            {
                high = middle - 1;
            }
            else
            {
                return start + length <= extent.End;
            }
        }

        return false;
    }

    /// <summary>A token's terms: its match key, the stem of the key and (for a word of 3+ letters that is not a stop word) its name key; null for punctuation and symbols.</summary>
    public static SearchWord? Word(Token token, ReadOnlySpan<char> text)
    {
        Span<char> key = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        Span<char> name = stackalloc char[NameKey.MaxLength(Tokenizer.MaxTokenLength)];
        if (!KeyAndStem(token, text, key, out var written, out var stem))
        {
            return null;
        }

        var keyText = written.ToString();
        return new SearchWord(keyText, stem.SequenceEqual(written) ? keyText : stem.ToString(), NameOf(token, text, written, name) is { IsEmpty: false } found ? found.ToString() : null);
    }

    /// <summary>
    /// A word's or number's match key, written into <paramref name="buffer"/>, and the light stem of that key (the key
    /// itself for a number or when nothing is left); false for punctuation, symbols and tokens with no key.
    /// </summary>
    private static bool KeyAndStem(Token token, ReadOnlySpan<char> text, Span<char> buffer, out ReadOnlySpan<char> key, out ReadOnlySpan<char> stem)
    {
        key = default;
        stem = default;
        if ((!token.IsWord && token.Kind != TokenKind.Number) || token.Length > Tokenizer.MaxTokenLength)
        {
            return false;
        }

        key = buffer[..MatchKey.Write(token.Of(text), buffer)];
        if (key.IsEmpty)
        {
            return false;
        }

        stem = token.IsWord ? LightStemmer.StemOf(key) : key;
        stem = stem.IsEmpty ? key : stem;
        return true;
    }

    /// <summary>The name key of a word of 3 letters or more that is no stop word, written into <paramref name="buffer"/>; empty otherwise.</summary>
    private static ReadOnlySpan<char> NameOf(Token token, ReadOnlySpan<char> text, ReadOnlySpan<char> key, Span<char> buffer)
    {
        if (!token.IsWord || key.Length < 3 || StopWords.Default.Contains(key))
        {
            return default;
        }

        var name = buffer[..NameKey.Write(token.Of(text), buffer)];
        return name.IsWhiteSpace() ? default : name;
    }
}

/// <summary>The terms of one word.</summary>
public sealed record SearchWord(string Key, string Stem, string? Name);
