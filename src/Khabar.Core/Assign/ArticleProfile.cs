using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// What the Assign stage knows of one article: its weighted terms (a unit vector over at most
/// <see cref="MaxTerms"/> terms, sorted by term), the few most telling of them to index it by, its shingles and
/// its MinHash signature. A term is a word's light stem; a word too rare to be in <see cref="TermWeights"/> is
/// taken by its name key instead, so that شويغو and شويجو are one term, and so are Knevichi and كنيفيتشي.
/// </summary>
public sealed class ArticleProfile
{
    /// <summary>Terms kept in the vector (40): enough to tell stories apart, few enough to compare fast.</summary>
    public const int MaxTerms = 40;

    /// <summary>
    /// Terms an article is indexed by (6). A headline or brief (at most <see cref="StoryLinker.ShortTerms"/> terms) is
    /// filled in with commoner terms up to this many: two wordings of one event often differ in exactly their rarest
    /// words (82.0 → 86.0 % of the dev headline pairs in one story). docs/stories.md.
    /// </summary>
    public const int MaxIndexTerms = 6;

    /// <summary>A term in more than about 2% of news (weight below ln 50) is too common to index by.</summary>
    private const float MinIndexWeight = 3.9f;

    /// <summary>
    /// Index terms an article with fewer rare terms is given from its commoner ones (see <see cref="MinShortIndexWeight"/>);
    /// a headline or brief is filled up to <see cref="MaxIndexTerms"/>.
    /// On the dev headline pairs (two one-headline articles of one event) pairs in one story rose from 65.7 % to 72.0 %
    /// (4: 73.3 %); SaudiNewsNet's dev B-cubed did not move (3 stories fewer of 18,892). docs/stories.md.
    /// </summary>
    public const int MinIndexTerms = 3;

    /// <summary>The commonest a filled-in index term may be: in about 10% of news (weight ln 10; ln 5 gave the same).</summary>
    public const float MinShortIndexWeight = 2.3f;

    /// <summary>Title words count as this many extra occurrences.</summary>
    private const int TitleBoost = 1;

    private ArticleProfile(ulong[] terms, float[] weights, ulong[] indexTerms, ulong[] titleTerms, ulong[] nameTerms, ulong[] numbers, ulong[] shingles, uint[] signature, ulong[]? bandKeys = null)
    {
        NameTerms = nameTerms;
        Numbers = numbers;
        TitleTerms = titleTerms;
        Terms = terms;
        Weights = weights;
        IndexTerms = indexTerms;
        Shingles = shingles;
        Signature = signature;
        BandKeys = bandKeys ?? LshIndex<int>.BandKeys(signature);
    }

    public ulong[] Terms { get; }

    /// <summary>
    /// For a headline or brief (at most <see cref="StoryLinker.ShortTerms"/> terms), what its terms mean, sorted and each once
    /// (<see cref="ShortSenses"/>); empty for any longer text.
    /// </summary>
    public ulong[] Senses { get; private init; } = [];

    /// <summary>The weight of each of <see cref="Terms"/>; their squares sum to 1.</summary>
    public float[] Weights { get; }

    public ulong[] IndexTerms { get; }

    /// <summary>
    /// Its most telling rare terms (at most <see cref="MaxNameTerms"/>, each in under about 0.5% of news: mostly
    /// names), sorted: what tells one execution, one greeting or one earthquake from the next of the same template.
    /// </summary>
    public ulong[] NameTerms { get; }

    /// <summary>The numbers it gives most often (at most <see cref="MaxNumbers"/>), sorted.</summary>
    public ulong[] Numbers { get; }

    public const int MaxNameTerms = 8;

    public const int MaxNumbers = 12;

    /// <summary>A term this rare (weight ln 200 and above) is taken as a name.</summary>
    private const float MinNameWeight = 5.3f;

    /// <summary>The title's terms rare enough to index by (weight ln 50 and above), sorted.</summary>
    public ulong[] TitleTerms { get; }

    public ulong[] Shingles { get; }

    public uint[] Signature { get; }

    /// <summary>The near-duplicate index's bucket of each band of <see cref="Signature"/> (<see cref="LshIndex{TKey}.BandKeys"/>).</summary>
    public ulong[] BandKeys { get; }

    public static ArticleProfile Of(string? title, ContentTerms text, TermWeights weights)
    {
        // Every distinct term once, with its count, its corpus weight and its weight here; a scratch table per thread.
        var counts = t_counts ??= new Dictionary<ulong, int>(1024);
        counts.Clear();
        Count(text.Terms, counts, 1);
        ulong[] titleTerms = [];
        ContentTerms? titled = null;
        if (title is not null)
        {
            titled = ContentTerms.Of(title, weights);
            var inTitle = titled.Terms;
            Count(inTitle, counts, TitleBoost);
            var rare = new List<ulong>(inTitle.Length);
            foreach (var term in inTitle)
            {
                if (weights.Of(term.Key) >= MinIndexWeight)
                {
                    rare.Add(term.Key);
                }
            }

            titleTerms = SortedDistinct(rare);
        }

        var all = new Scored[counts.Count];
        var n = 0;
        foreach (var (term, count) in counts)
        {
            var corpus = weights.Of(term);
            all[n++] = new Scored(term, (1 + MathF.Log(count)) * corpus, corpus);
        }

        // The heaviest first, then by term: the same order and the same floats as ranking them one by one.
        Array.Sort(all, ByWeightThenTerm);
        var ranked = all.AsSpan(0, Math.Min(MaxTerms, all.Length));
        double squares = 0;
        foreach (var p in ranked)
        {
            squares += p.Weight * p.Weight;
        }

        var norm = MathF.Sqrt((float)squares);
        var index = new List<ulong>(MaxIndexTerms);
        foreach (var p in ranked)
        {
            if (index.Count < MaxIndexTerms && p.Corpus >= MinIndexWeight)
            {
                index.Add(p.Term);
            }
        }

        var wanted = ranked.Length <= StoryLinker.ShortTerms ? MaxIndexTerms : MinIndexTerms;
        if (index.Count < wanted)
        {
            // A headline or a two-line item has few rare words: its heaviest commoner ones index it too, or two outlets'
            // headlines of one event are never compared.
            var filled = index.Count;
            foreach (var p in ranked)
            {
                if (index.Count - filled < wanted - filled && p.Corpus < MinIndexWeight && p.Corpus >= MinShortIndexWeight)
                {
                    index.Add(p.Term);
                }
            }
        }

        var numberTerms = new HashSet<ulong>();
        foreach (var term in text.Terms)
        {
            if (term.IsNumber)
            {
                numberTerms.Add(term.Key);
            }
        }

        var names = new List<ulong>(MaxNameTerms);
        foreach (var p in ranked)
        {
            if (names.Count < MaxNameTerms && !numberTerms.Contains(p.Term) && p.Corpus >= MinNameWeight)
            {
                names.Add(p.Term);
            }
        }

        names.Sort();
        ulong[] numbers = [];
        if (numberTerms.Count > 0)
        {
            // The numbers given most often, then by term.
            var given = new List<(ulong Term, int Count)>(numberTerms.Count);
            foreach (var term in numberTerms)
            {
                given.Add((term, counts[term]));
            }

            given.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.Term.CompareTo(y.Term));
            numbers = new ulong[Math.Min(MaxNumbers, given.Count)];
            for (var i = 0; i < numbers.Length; i++)
            {
                numbers[i] = given[i].Term;
            }

            Array.Sort(numbers);
        }

        ranked.Sort(static (x, y) => x.Term.CompareTo(y.Term));
        var terms = new ulong[ranked.Length];
        var unit = new float[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            terms[i] = ranked[i].Term;
            unit[i] = norm > 0 ? ranked[i].Weight / norm : 0;
        }

        if (counts.Count > MaxScratch)
        {
            t_counts = null; // one very long text does not keep its table for the rest of the thread's life
        }

        var shingles = Assign.Shingles.Of(text);
        var senses = ranked.Length <= StoryLinker.ShortTerms ? ShortSenses.Default.Of(text, titled) : [];
        return new ArticleProfile(terms, unit, [.. index], titleTerms, [.. names], numbers, shingles, MinHash.Of(shingles)) { Senses = senses };
    }

    /// <summary>Distinct terms a thread's scratch table may keep room for between texts.</summary>
    private const int MaxScratch = 1 << 14;

    [ThreadStatic]
    private static Dictionary<ulong, int>? t_counts;

    /// <summary>A distinct term of one text: its weight here and its corpus weight.</summary>
    private readonly record struct Scored(ulong Term, float Weight, float Corpus);

    private static readonly Comparison<Scored> ByWeightThenTerm = static (x, y) =>
        x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term);

    internal static ulong[] SortedDistinct(List<ulong> terms)
    {
        terms.Sort();
        var distinct = new List<ulong>(terms.Count);
        foreach (var term in terms)
        {
            if (distinct.Count == 0 || distinct[^1] != term)
            {
                distinct.Add(term);
            }
        }

        return [.. distinct];
    }

    /// <summary>
    /// The profile without its shingles, which only tell near-duplicates apart (within the event window): what is
    /// kept of an article that can only be linked as one story.
    /// </summary>
    public ArticleProfile WithoutShingles() =>
        Shingles.Length == 0 ? this : new ArticleProfile(Terms, Weights, IndexTerms, TitleTerms, NameTerms, Numbers, [], Signature, BandKeys) { Senses = Senses };

    /// <summary>The cosine of two profiles: the sum of weight products over shared terms.</summary>
    public double Similarity(ArticleProfile other)
    {
        // A merge of the two sorted term lists that steps without branching on which side is behind (most candidate
        // pairs share a few terms, so the comparison is unpredictable): the linker asks this of millions of pairs.
        ReadOnlySpan<ulong> x = Terms, y = other.Terms;
        ReadOnlySpan<float> wx = Weights, wy = other.Weights;
        double sum = 0;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var (a, b) = (x[i], y[j]);
            if (a == b)
            {
                sum += wx[i] * wy[j];
            }

            i += a <= b ? 1 : 0;
            j += b <= a ? 1 : 0;
        }

        return sum;
    }

    private static void Count(ReadOnlySpan<ContentTerm> terms, Dictionary<ulong, int> counts, int by)
    {
        foreach (var term in terms)
        {
            counts[term.Key] = counts.GetValueOrDefault(term.Key) + by;
        }
    }
}
