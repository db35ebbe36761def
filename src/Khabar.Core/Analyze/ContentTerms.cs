using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Numbers;
using Khabar.Text.Sentences;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Analyze;

/// <summary>
/// The content of one text as terms, sentence by sentence: every word that is not a stop word and every number
/// or designator. Each term has two hashes: <see cref="ContentTerm.Stem"/>, its light stem (a number's key),
/// used for shingles; and <see cref="ContentTerm.Key"/>, what it is matched by: the stem for a common word,
/// the name key for a rare one (by <see cref="TermWeights"/>), so that the spellings of a foreign
/// name (شويغو, شويجو, Shoigu) are one term. Stories, near-duplicates and reuse all read these, so a text is
/// tokenized once.
/// </summary>
public sealed class ContentTerms
{
    /// <summary>A one-class name key matches too many unrelated words to count (شويغو is the two-class «cg»).</summary>
    private const int MinNameKeyLength = 2;

    /// <summary>
    /// Words at least this rare (in under about 0.5% of news, weight ln 200) are matched by name key: that is
    /// where foreign names and their competing spellings live (شويغو and شويجو are both in the table, rarely).
    /// Commoner words keep their stems, whose consonant skeletons would collide.
    /// </summary>
    public const float MinNameKeyWeight = 5.3f;

    private readonly ContentTerm[] _terms;
    private readonly int[] _sentenceStarts;
    private SentenceKeys? _sentenceKeys;

    private ContentTerms(string text, ContentTerm[] terms, TextExtent[] sentences, int[] sentenceStarts, TermWeights weights)
    {
        Text = text;
        _terms = terms;
        Sentences = sentences;
        _sentenceStarts = sentenceStarts;
        Weights = weights;
    }

    /// <summary>The text the terms were read from (their offsets are into it).</summary>
    public string Text { get; }

    /// <summary>Every term in text order.</summary>
    public ReadOnlySpan<ContentTerm> Terms => _terms;

    public int Count => _terms.Length;

    /// <summary>The sentences of the text, as <see cref="SentenceSplitter"/> finds them.</summary>
    public IReadOnlyList<TextExtent> Sentences { get; }

    public TermWeights Weights { get; }

    /// <summary>The distinct keys of each sentence with their weights, built on first use.</summary>
    public SentenceKeys SentenceKeys => _sentenceKeys ??= SentenceKeys.Of(this);

    /// <summary>The terms of sentence <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<ContentTerm> TermsOf(int sentence) =>
        _terms.AsSpan(_sentenceStarts[sentence], _sentenceStarts[sentence + 1] - _sentenceStarts[sentence]);

    public static ContentTerms Of(string text) => Of(text, TermWeights.Default);

    /// <summary>
    /// How much commoner (in term weight, ln of a document-frequency ratio: 0.5 is 1.6 times) the word after a
    /// preposition must be than the whole for the preposition to come off (<see cref="MatchedStem"/>). 0 and 0.5 gave the
    /// same SaudiNewsNet stories on dev (docs/stories.md); the stricter one is kept.
    /// </summary>
    private const float PrepositionMargin = 0.5f;

    /// <summary>Terms a thread's scratch list may keep room for between texts (2 MB).</summary>
    private const int MaxScratch = 1 << 16;

    [ThreadStatic]
    private static List<ContentTerm>? t_scratch;

    public static ContentTerms Of(string text, TermWeights weights) => Of(text, weights, WordForms.PrepositionsOff);

    /// <param name="forms">
    /// How words are matched: with <see cref="WordForms.PrepositionsOff"/> (stories, near-duplicates, reuse) a preposition
    /// on a noun comes off (<see cref="MatchedStem"/>) and the adjective of a country ending in «ا» is read as the country
    /// (<see cref="PlaceAdjectives"/>); consolidation does neither (<see cref="WordForms.Stems"/>): its facts are
    /// sentences of one story, where «لروسيا» meeting «الروسي» joined two long sentences of different facts that shared
    /// little else than the story's own words (the seed story's end of the visit and a factory visit). «الروسي» meeting
    /// «روسيا» did the same to the seed story's arrival and factory visit (2026-12-07).
    /// </param>
    public static ContentTerms Of(string text, TermWeights weights, WordForms forms)
    {
        var sentences = new List<TextExtent>();
        SentenceSplitter.Split(text, sentences);
        return Of(text, sentences, weights, forms);
    }

    /// <summary>
    /// The terms of a text whose sentences are already known (an analysis's, <see cref="ArticleAnalysis.Sentences"/>: what
    /// <see cref="SentenceSplitter"/> found in the same text), in text order and not overlapping.
    /// </summary>
    public static ContentTerms Of(string text, IReadOnlyList<TextExtent> sentences, TermWeights weights, WordForms forms)
    {
        // A scratch list per thread: only the exact array of terms is kept.
        var terms = t_scratch ??= new List<ContentTerm>(1024);
        terms.Clear();
        var sentenceStarts = new int[sentences.Count + 1];
        Span<char> key = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        Span<char> name = stackalloc char[NameKey.MaxLength(Tokenizer.MaxTokenLength)];
        Span<char> next = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        var sentence = 0;
        var previousNumberWord = -1; // where the word after the last number word starts
        foreach (var token in Tokenizer.Tokenize(text))
        {
            while (sentence < sentences.Count && token.Start >= sentences[sentence].End)
            {
                sentenceStarts[++sentence] = terms.Count;
            }

            var span = token.Of(text);
            if (token.IsWord)
            {
                var length = MatchKey.Write(span, key);
                if (StopWords.Default.Contains(key[..length]))
                {
                    continue;
                }

                if (NumberOfWord(text, token, key[..length], ref previousNumberWord, next) is { } digits)
                {
                    // «ثمانية محاور» is matched as «8 محاور» is.
                    var number = TermHash.Of(digits);
                    terms.Add(new ContentTerm(number, number, token.Start, token.Length, IsNumber: true));
                    continue;
                }

                var stem = TermHash.Of(forms == WordForms.PrepositionsOff ? MatchedStem(key[..length], weights) : LightStemmer.StemOf(key[..length]));
                if (forms == WordForms.PrepositionsOff && PlaceAdjectives.HasAdjectiveEnding(key[..length])
                    && PlaceAdjectives.Default.CountryOf(stem, out var country))
                {
                    stem = country; // «التركية» as «تركيا»
                }

                var match = stem;
                if (weights.Of(stem) >= MinNameKeyWeight && NameKey.Write(span, name) is var nameLength and >= MinNameKeyLength)
                {
                    match = TermHash.Of(name[..nameLength]);
                }

                terms.Add(new ContentTerm(stem, match, token.Start, token.Length, IsNumber: false));
            }
            else if (token.Kind is TokenKind.Number or TokenKind.Designator)
            {
                var hash = TermHash.Of(key[..MatchKey.Write(span, key)]);
                terms.Add(new ContentTerm(hash, hash, token.Start, token.Length, IsNumber: true));
            }
        }

        while (sentence < sentences.Count)
        {
            sentenceStarts[++sentence] = terms.Count;
        }

        ContentTerm[] kept = [.. terms];
        if (terms.Capacity > MaxScratch)
        {
            t_scratch = null; // one very long text does not keep its buffer for the rest of the thread's life
        }

        return new ContentTerms(text, kept, [.. sentences], sentenceStarts, weights);
    }

    /// <summary>
    /// The digits of a word that is a number from three to ninety on its own (<see cref="QuantityFinder.DigitsOfNumberWord"/>),
    /// or null. A word of a number written in several (خمسة عشر، خمسة وعشرين) is none: <paramref name="previousNumberWord"/>
    /// carries, from one word of a text to the next (−1 at the start), where the word after the last number word starts.
    /// The term table (<c>bench df</c>) counts words by the same reading.
    /// </summary>
    internal static string? NumberOfWord(string text, Token token, ReadOnlySpan<char> key, ref int previousNumberWord, Span<char> scratch)
    {
        var afterNumberWord = previousNumberWord == token.Start;
        previousNumberWord = -1;
        if (QuantityFinder.DigitsOfNumberWord(key) is not { } digits)
        {
            return null;
        }

        previousNumberWord = NextWordStart(text, token.Start + token.Length);
        return afterNumberWord || ContinuedAt(text, previousNumberWord, scratch) ? null : digits;
    }

    /// <summary>Where the next word after <paramref name="from"/> starts, across spaces only; −1 when something else comes first.</summary>
    private static int NextWordStart(string text, int from)
    {
        var at = from;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at > from && at < text.Length && char.IsLetter(text[at]) ? at : -1;
    }

    /// <summary>Whether the word starting at <paramref name="at"/> goes on a number word (<see cref="QuantityFinder.ContinuesNumber"/>).</summary>
    private static bool ContinuedAt(string text, int at, Span<char> scratch)
    {
        if (at < 0)
        {
            return false;
        }

        var end = at;
        while (end < text.Length && char.IsLetter(text[end]) && end - at < Tokenizer.MaxTokenLength)
        {
            end++;
        }

        return QuantityFinder.ContinuesNumber(scratch[..MatchKey.Write(text.AsSpan(at, end - at), scratch)]);
    }

    /// <summary>
    /// A word's light stem as it is matched (a slice of <paramref name="key"/>, its match key): a preposition ب or ل
    /// written onto a noun without the article («بمدينة»، «لرويترز»، «لمنظمة») comes off when the stem is at least 5
    /// letters and what remains is a word news uses more often than the whole (by <see cref="TermWeights"/>, by
    /// <see cref="PrepositionMargin"/>): the stemmer leaves it, for fear of names, and «بمدينة» then never met «مدينة».
    /// Names keep theirs: «لبنان»، «بغداد»، «بريطانيا» leave no commoner word, «فيصل» and «كمال» begin with another letter.
    /// </summary>
    public static ReadOnlySpan<char> MatchedStem(ReadOnlySpan<char> key, TermWeights weights)
    {
        var stem = LightStemmer.StemOf(key);
        if (stem.Length >= 5 && stem[0] is 'ب' or 'ل')
        {
            // What remains is not stemmed again: the stemmer's suffix pass is not idempotent («مدين» would lose «ين»),
            // so «لوزير» leaves «وزير» and does not meet «وزير» (stemmed «زير») elsewhere. Stemming it again was
            // measured: stories dev 0.752, held out 0.754, against 0.751 and 0.756.
            var rest = TermHash.Of(stem[1..]);
            if (weights.IsKnown(rest) && weights.Of(rest) + PrepositionMargin <= weights.Of(TermHash.Of(stem)))
            {
                return stem[1..];
            }
        }

        return stem;
    }
}

/// <summary>
/// One content term: <see cref="Stem"/> is the hash of the light stem (or of a number's key); <see cref="Key"/>
/// the hash it is matched by (the stem, or the name key of a rare word).
/// </summary>
public readonly record struct ContentTerm(ulong Stem, ulong Key, int Start, int Length, bool IsNumber);
