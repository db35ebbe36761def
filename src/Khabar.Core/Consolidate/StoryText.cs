using System.Runtime.InteropServices;
using Khabar.Core.Analyze;
using Khabar.Text;

namespace Khabar.Core.Consolidate;

/// <summary>
/// The sentences of every article of a story, numbered across the story, with each article's content terms
/// (to compare sentences by their weighted keys) and what analysis found in each sentence.
/// <para>
/// Sentences are compared by weighted Dice over their content keys. A key's corpus weight (rare words weigh more)
/// is scaled down by how many of the story's sentences hold it: in a story about Kim's visit, «كيم» is in half the
/// sentences and says little about which statement a sentence makes.
/// </para>
/// </summary>
internal sealed class StoryText
{
    private readonly int[] _firstSentence;
    private readonly ulong[][] _keys;
    private readonly float[][] _weights;
    private readonly float[] _totals;
    private readonly Dictionary<ulong, double> _share;
    private readonly Dictionary<ulong, float> _weight;

    private StoryText(IReadOnlyList<StoryArticle> articles, ContentTerms[] terms, StorySentence[] sentences, int[] firstSentence, Paraphrases paraphrases)
    {
        Paraphrases = paraphrases;
        Articles = articles;
        Terms = terms;
        Sentences = sentences;
        _firstSentence = firstSentence;
        _headlines = sentences.All(sentence => terms[sentence.Article].TermsOf(sentence.Local).Length <= HeadlineKeys);
        (_keys, _weights, _share, _weight) = KeysAndWeights(terms, sentences, paraphrases, _headlines);
        _totals = _weights.Select(w => w.Sum()).ToArray();
    }

    /// <summary>Whether the story is told in headline-length sentences only (<see cref="HeadlineKeys"/>).</summary>
    private readonly bool _headlines;

    /// <summary>The key a term of an article is compared by (<see cref="TermSense"/>): places as countries in a story told in headlines.</summary>
    private static ulong KeyOf(ContentTerms article, ContentTerm term, Paraphrases paraphrases, bool headlines) =>
        TermSense.Of(article, term, paraphrases, headlines ? CountryKeys.Default : null);

    private ulong KeyOf(StorySentence sentence, ContentTerm term) => KeyOf(Terms[sentence.Article], term, Paraphrases, _headlines);

    /// <summary>
    /// Keys of a part of a sentence (offsets into its article's clean text) that tell it apart within the story:
    /// not numbers, and not in more than <paramref name="maxShare"/> of the story's sentences (كيم in a story
    /// about Kim) unless they name an event (ضربت in a story about a storm still says what a date is about).
    /// </summary>
    public HashSet<ulong> DistinctiveKeys(StorySentence sentence, int start, int end, double maxShare)
    {
        var keys = new HashSet<ulong>();
        foreach (var term in Terms[sentence.Article].TermsOf(sentence.Local))
        {
            if (!term.IsNumber && term.Start >= start && term.Start + term.Length <= end
                && KeyOf(sentence, term) is var key
                && (_share.GetValueOrDefault(key) <= maxShare || Paraphrases.IsEvent(key)))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The keys of every content word (numbers too) of a part of a sentence (offsets into its article's clean text).</summary>
    public HashSet<ulong> KeysIn(StorySentence sentence, int start, int end)
    {
        var keys = new HashSet<ulong>();
        foreach (var term in Terms[sentence.Article].TermsOf(sentence.Local))
        {
            if (term.Start >= start && term.Start + term.Length <= end)
            {
                keys.Add(KeyOf(sentence, term));
            }
        }

        return keys;
    }

    public IReadOnlyList<StoryArticle> Articles { get; }

    /// <summary>Each article's content terms, in article order.</summary>
    public IReadOnlyList<ContentTerms> Terms { get; }

    public IReadOnlyList<StorySentence> Sentences { get; }

    public string TextOf(StorySentence sentence) => SpanOf(sentence).ToString();

    /// <summary>The sentence's text, in place.</summary>
    public ReadOnlySpan<char> SpanOf(StorySentence sentence) => sentence.Extent.Of(Articles[sentence.Article].Article.CleanText);

    public Quote QuoteOf(StorySentence sentence) => Quote.Of(Articles[sentence.Article], sentence.Extent);

    /// <summary>The sentences of article <paramref name="article"/>.</summary>
    public ReadOnlySpan<StorySentence> SentencesOf(int article) =>
        ((StorySentence[])Sentences).AsSpan(_firstSentence[article], _firstSentence[article + 1] - _firstSentence[article]);

    /// <summary>Weighted Dice similarity of two sentences' content keys (0 for sentences of one article).</summary>
    public double Similarity(StorySentence a, StorySentence b)
    {
        var total = _totals[a.Index] + _totals[b.Index];
        if (a.Article == b.Article || total == 0)
        {
            return 0;
        }

        return SentenceKeys.Shared(_keys[a.Index], _weights[a.Index], _keys[b.Index], _weights[b.Index]) / total;
    }

    /// <summary>
    /// <see cref="Similarity"/> of two sentences with some keys of each left out (the words of the times they name, for
    /// one statement told with another time: «… الخميس القادم» / «… السبت المقبل»).
    /// </summary>
    public double SimilarityWithout(StorySentence a, IReadOnlySet<ulong> leftOutOfA, StorySentence b, IReadOnlySet<ulong> leftOutOfB)
    {
        if (a.Article == b.Article)
        {
            return 0;
        }

        // The whole sentences' sums, less what the few left-out keys (sorted, so found by halving) put in them.
        var (keysA, weightsA, keysB, weightsB) = (_keys[a.Index], _weights[a.Index], _keys[b.Index], _weights[b.Index]);
        double total = _totals[a.Index] + _totals[b.Index];
        var shared = SentenceKeys.Shared(keysA, weightsA, keysB, weightsB);
        foreach (var key in leftOutOfA.Union(leftOutOfB))
        {
            var (inA, inB) = (keysA.BinarySearch(key), keysB.BinarySearch(key));
            total -= (inA >= 0 && leftOutOfA.Contains(key) ? weightsA[inA] : 0) + (inB >= 0 && leftOutOfB.Contains(key) ? weightsB[inB] : 0);
            shared -= inA >= 0 && inB >= 0 ? weightsA[inA] + weightsB[inB] : 0;
        }

        return total <= 0 ? 0 : shared / total;
    }

    /// <summary>The content terms of a sentence in text order, each with the key it is compared by.</summary>
    public (ContentTerm Term, ulong Key)[] TermsInOrder(StorySentence sentence)
    {
        var terms = Terms[sentence.Article].TermsOf(sentence.Local);
        var ordered = new (ContentTerm, ulong)[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            ordered[i] = (terms[i], KeyOf(sentence, terms[i]));
        }

        return ordered;
    }

    /// <summary>The key of the first content word of a sentence at or after an offset; null when none follows.</summary>
    public ulong? KeyAfter(StorySentence sentence, int offset) => TermAfter(sentence, offset) is { } term ? KeyOf(sentence, term) : null;

    /// <summary>The first content word of a sentence at or after an offset, as written; empty when none follows.</summary>
    public ReadOnlySpan<char> WordAfter(StorySentence sentence, int offset) =>
        TermAfter(sentence, offset) is { } term ? Terms[sentence.Article].Text.AsSpan(term.Start, term.Length) : [];

    private ContentTerm? TermAfter(StorySentence sentence, int offset)
    {
        foreach (var term in Terms[sentence.Article].TermsOf(sentence.Local))
        {
            if (term.Start >= offset && !term.IsNumber)
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>The share of the story's sentences that hold a key.</summary>
    public double ShareOf(ulong key) => _share.GetValueOrDefault(key);

    /// <summary>The weight of a key in this story (0 for a key of no sentence).</summary>
    public float WeightOf(ulong key) => _weight.GetValueOrDefault(key);

    /// <summary>The distinct keys of a sentence, sorted.</summary>
    public ReadOnlySpan<ulong> KeysOf(StorySentence sentence) => _keys[sentence.Index];

    /// <summary>The weights of <see cref="KeysOf"/>, in this story.</summary>
    public ReadOnlySpan<float> WeightsOf(StorySentence sentence) => _weights[sentence.Index];

    /// <summary>
    /// Content terms a sentence may have and be headline-length (the number of content words the claim gate allows,
    /// <see cref="Stance.ClaimGate"/>, counted here over all terms). In a
    /// story whose every sentence is headline-length (headlines, briefs) a capital, a country's other name or its adjective
    /// is the country's key (<see cref="CountryKeys"/>: «أنقرة تشن» = «تركيا تشن» = «مقاتلات تركية تشن»). Other stories keep
    /// their words: in long sentences «الرياض» is mostly the city and «الروسي» beside «روسيا» joined the seed story's
    /// different facts; and a short sentence read so among long ones («… القاذفات الاستراتيجية الروسية …») left the long
    /// ones' fact it belonged to.
    /// </summary>
    public const int HeadlineKeys = 16;

    /// <summary>
    /// Each sentence's distinct keys (a paraphrase group's key for a word in one) with their weights: the corpus
    /// weight times ln(1 + S/n) / ln(1 + S) for a key in n of the story's S sentences.
    /// </summary>
    private static (ulong[][] Keys, float[][] Weights, Dictionary<ulong, double> Share, Dictionary<ulong, float> Weight) KeysAndWeights(
        ContentTerms[] terms, StorySentence[] sentences, Paraphrases paraphrases, bool headlines)
    {
        var keys = new ulong[sentences.Length][];
        var words = 0;
        foreach (var sentence in sentences)
        {
            words += terms[sentence.Article].TermsOf(sentence.Local).Length;
        }

        // Per key: its highest corpus weight and the number of sentences that have it, in one table sized for the words.
        var seen = new Dictionary<ulong, (float Corpus, int Sentences)>(words);
        foreach (var sentence in sentences)
        {
            var article = terms[sentence.Article];
            var own = article.TermsOf(sentence.Local);
            var sentenceKeys = new ulong[own.Length];
            for (var t = 0; t < own.Length; t++)
            {
                // A story told in headline-length sentences only (headlines, briefs) reads countries as one; in any other
                // story the long sentences keep their words, and a short one reading «الروسية» as Russia would no longer meet them.
                sentenceKeys[t] = KeyOf(article, own[t], paraphrases, headlines);
                // Only a word a group or family re-keyed can have a family's weight: one lookup, not two, for the rest.
                var weight = (sentenceKeys[t] != own[t].Key ? paraphrases.FamilyWeight(sentenceKeys[t]) : null) ?? article.Weights.Of(own[t].Key);
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, sentenceKeys[t], out var known);
                entry.Corpus = known ? Math.Max(entry.Corpus, weight) : weight;
            }

            Array.Sort(sentenceKeys);
            var distinct = 0;
            for (var t = 0; t < sentenceKeys.Length; t++)
            {
                if (t == 0 || sentenceKeys[t] != sentenceKeys[t - 1])
                {
                    sentenceKeys[distinct++] = sentenceKeys[t];
                    CollectionsMarshal.GetValueRefOrNullRef(seen, sentenceKeys[t]).Sentences++;
                }
            }

            keys[sentence.Index] = distinct == sentenceKeys.Length ? sentenceKeys : sentenceKeys[..distinct];
        }

        // A key weighs the same in every sentence that has it: each weight computed once, by key.
        var scale = Math.Log(1 + sentences.Length);
        var byKey = new Dictionary<ulong, float>(seen.Count);
        var share = new Dictionary<ulong, double>(seen.Count);
        foreach (var (key, (corpus, count)) in seen)
        {
            byKey[key] = (float)(corpus * Math.Log(1 + (double)sentences.Length / count) / scale);
            share[key] = (double)count / sentences.Length;
        }

        var weights = new float[keys.Length][];
        for (var i = 0; i < keys.Length; i++)
        {
            weights[i] = new float[keys[i].Length];
            for (var k = 0; k < keys[i].Length; k++)
            {
                weights[i][k] = byKey[keys[i][k]];
            }
        }

        return (keys, weights, share, byKey);
    }

    /// <summary>The word groups that count as one key (given by the consolidator).</summary>
    public Paraphrases Paraphrases { get; }

    public static StoryText Of(IReadOnlyList<StoryArticle> articles, TermWeights weights, Paraphrases paraphrases)
    {
        var terms = new ContentTerms[articles.Count];
        var sentences = new List<StorySentence>();
        var first = new int[articles.Count + 1];
        for (var a = 0; a < articles.Count; a++)
        {
            var text = articles[a].Article.CleanText;
            var analysis = articles[a].Analysis;
            terms[a] = ContentTerms.Of(text, analysis.Sentences, weights, WordForms.Stems);
            first[a] = sentences.Count;
            var local = 0;
            foreach (var extent in terms[a].Sentences)
            {
                sentences.Add(new StorySentence(
                    sentences.Count,
                    a,
                    local++,
                    Trimmed(text, extent),
                    WordCount(extent.Of(text)),
                    analysis.Dates.Where(d => Inside(d.Start, extent)).ToList(),
                    analysis.Quantities.Where(q => Inside(q.Start, extent)).ToList()));
            }
        }

        first[^1] = sentences.Count;
        return new StoryText(articles, terms, [.. sentences], first, paraphrases);
    }

    /// <summary>Runs of non-space characters in a text.</summary>
    internal static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            words += !char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])) ? 1 : 0;
        }

        return words;
    }

    private static bool Inside(int offset, TextExtent extent) => offset >= extent.Start && offset < extent.End;

    /// <summary>The sentence without the white space around it.</summary>
    private static TextExtent Trimmed(string text, TextExtent extent)
    {
        int start = extent.Start, end = extent.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextExtent(start, end - start);
    }
}
