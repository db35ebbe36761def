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

    private ArticleProfile(ulong[] terms, float[] weights, ulong[] indexTerms, ulong[] titleTerms, ulong[] nameTerms, ulong[] numbers, ulong[] shingles, uint[] signature)
    {
        NameTerms = nameTerms;
        Numbers = numbers;
        TitleTerms = titleTerms;
        Terms = terms;
        Weights = weights;
        IndexTerms = indexTerms;
        Shingles = shingles;
        Signature = signature;
    }

    public ulong[] Terms { get; }

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

    public static ArticleProfile Of(string? title, ContentTerms text, TermWeights weights)
    {
        var counts = new Dictionary<ulong, int>();
        Count(text.Terms, counts, 1);
        ulong[] titleTerms = [];
        if (title is not null)
        {
            var inTitle = ContentTerms.Of(title, weights).Terms;
            Count(inTitle, counts, TitleBoost);
            var rare = new SortedSet<ulong>();
            foreach (var term in inTitle)
            {
                if (weights.Of(term.Key) >= MinIndexWeight)
                {
                    rare.Add(term.Key);
                }
            }

            titleTerms = [.. rare];
        }

        var ranked = counts.Select(p => (Term: p.Key, Weight: (1 + MathF.Log(p.Value)) * weights.Of(p.Key)))
            .OrderByDescending(p => p.Weight).ThenBy(p => p.Term).Take(MaxTerms).ToArray();
        var norm = MathF.Sqrt(ranked.Sum(p => p.Weight * p.Weight));
        var index = ranked.Where(p => weights.Of(p.Term) >= MinIndexWeight).Take(MaxIndexTerms).Select(p => p.Term).ToArray();
        var wanted = ranked.Length <= StoryLinker.ShortTerms ? MaxIndexTerms : MinIndexTerms;
        if (index.Length < wanted)
        {
            // A headline or a two-line item has few rare words: its heaviest commoner ones index it too, or two outlets'
            // headlines of one event are never compared.
            index = [.. index, .. ranked.Where(p => weights.Of(p.Term) < MinIndexWeight && weights.Of(p.Term) >= MinShortIndexWeight)
                .Take(wanted - index.Length).Select(p => p.Term)];
        }
        var numberTerms = new HashSet<ulong>();
        foreach (var term in text.Terms)
        {
            if (term.IsNumber)
            {
                numberTerms.Add(term.Key);
            }
        }

        var names = ranked.Where(p => !numberTerms.Contains(p.Term) && weights.Of(p.Term) >= MinNameWeight).Take(MaxNameTerms).Select(p => p.Term).Order().ToArray();
        var numbers = counts.Where(p => numberTerms.Contains(p.Key)).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(MaxNumbers).Select(p => p.Key).Order().ToArray();
        Array.Sort(ranked, (x, y) => x.Term.CompareTo(y.Term));
        var shingles = Assign.Shingles.Of(text);
        return new ArticleProfile(
            [.. ranked.Select(p => p.Term)],
            [.. ranked.Select(p => norm > 0 ? p.Weight / norm : 0)],
            index,
            titleTerms,
            names,
            numbers,
            shingles,
            MinHash.Of(shingles));
    }

    /// <summary>
    /// The profile without its shingles, which only tell near-duplicates apart (within the event window): what is
    /// kept of an article that can only be linked as one story.
    /// </summary>
    public ArticleProfile WithoutShingles() =>
        Shingles.Length == 0 ? this : new ArticleProfile(Terms, Weights, IndexTerms, TitleTerms, NameTerms, Numbers, [], Signature);

    /// <summary>The cosine of two profiles: the sum of weight products over shared terms.</summary>
    public double Similarity(ArticleProfile other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] == other.Terms[j])
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (Terms[i] < other.Terms[j])
            {
                i++;
            }
            else
            {
                j++;
            }
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
