using Khabar.Core.Analyze;

namespace Khabar.Core.Reuse;

/// <summary>How a new article's passage fingerprints find the earlier articles it may share passages with.</summary>
public static class PassageSearch
{
    /// <summary>
    /// A fingerprint already held by more articles than this is boilerplate (a standing line, a template), not a
    /// passage anyone took from one source: it finds no candidates, which bounds the work per article however
    /// large the store grows.
    /// </summary>
    public const int MaxPostings = 50;

    /// <summary>
    /// Fingerprints one sentence of a new article must share with another article for the two to be aligned. A
    /// sentence copied as it is shares all four bands, a rewritten one about two; two prints shared by different
    /// sentences are most often pairs of words meeting by chance (on SaudiNewsNet four in five such candidates aligned
    /// nothing). On the synthetic set (bench reuse-eval, dev): one print anywhere, 2,580 candidates, plagdet 0.961; two
    /// anywhere, 680, 0.957; two in one sentence, 649, 0.956; three, 0.947 (rewritten single sentences are lost).
    /// </summary>
    public const int MinSharedPrints = 2;

    /// <summary>
    /// How far apart two articles may be for a rewritten passage (not word for word) to count. Read by eye on
    /// SaudiNewsNet (two samples of 20 pairs found by fingerprints alone): every copy was within 1.5 days, every
    /// template instance (the same wording reused for another flight, visit or day) at least 5.9 days apart but
    /// one at 2.4. Beyond this window a passage counts only when word for word (<see cref="ExactSimilarity"/>),
    /// which templates, with their other names and ordinals, are not; an exact passage counts at any distance.
    /// </summary>
    public static readonly TimeSpan RewrittenWindow = TimeSpan.FromDays(3);

    /// <summary>Similarity at which every sentence of a passage has the other's keys exactly.</summary>
    public const double ExactSimilarity = 0.99;

    /// <summary>
    /// The share of the more covered article's text in <paramref name="passages"/> (by characters): the score of a
    /// pair some of whose aligned passages did not count.
    /// </summary>
    public static double Coverage(IReadOnlyList<ReusePassage> passages, ContentTerms a, ContentTerms b) =>
        Math.Round(Math.Max(
            a.Text.Length == 0 ? 0 : passages.Sum(p => p.A.Length) / (double)a.Text.Length,
            b.Text.Length == 0 ? 0 : passages.Sum(p => p.B.Length) / (double)b.Text.Length), 3);

    /// <summary>The passages that count between articles published at <paramref name="a"/> and <paramref name="b"/> (null: undated).</summary>
    public static IReadOnlyList<ReusePassage> Counted(IReadOnlyList<ReusePassage> passages, DateTimeOffset? a, DateTimeOffset? b) =>
        a is { } x && b is { } y && (x - y).Duration() > RewrittenWindow ? [.. passages.Where(p => p.Similarity >= ExactSimilarity)] : passages;
}
