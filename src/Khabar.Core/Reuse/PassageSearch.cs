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
}
