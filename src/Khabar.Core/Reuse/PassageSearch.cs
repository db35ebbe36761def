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
    /// one at 2.4. Beyond this window a passage counts only when word for word (<see cref="ReuseAligner.WordForWord"/>),
    /// which templates, with their other names and ordinals, are not; such a passage counts at any distance.
    /// </summary>
    public static readonly TimeSpan RewrittenWindow = TimeSpan.FromDays(3);

    /// <summary>Whether, between articles published at <paramref name="a"/> and <paramref name="b"/> (null: undated), only word-for-word passages count.</summary>
    public static bool OnlyWordForWord(DateTimeOffset? a, DateTimeOffset? b) =>
        a is { } x && b is { } y && (x - y).Duration() > RewrittenWindow;
}
