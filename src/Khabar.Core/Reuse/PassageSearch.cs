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
    /// Distinct fingerprints two articles must share to be aligned. A passage of two sentences or a sentence copied
    /// as it is shares several; one alone is most often two sentences meeting on a pair of words. On the synthetic
    /// set (bench reuse-eval, dev) candidates fall from 2,580 to 680 going from 1 to 2 and plagdet from 0.961 to 0.957
    /// (0.947 at 3, where rewritten single sentences start to be lost).
    /// </summary>
    public const int MinSharedPrints = 2;
}
