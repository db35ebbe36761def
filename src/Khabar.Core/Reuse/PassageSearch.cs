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
}
