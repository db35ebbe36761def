using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// What the link models see of a pair of articles: how alike their weighted terms are, how many of their most
/// telling terms (index terms, rare title terms) they share, how alike their wording is (MinHash), and how far
/// apart in time they are, alone and against the rest (two reports of one template a day apart share their
/// wording; two reports of one story a week apart share names, not wording). A pure function of the pair.
/// </summary>
public static class LinkFeatures
{
    public const int Count = 11;

    /// <summary>The index of the wording feature (MinHash similarity).</summary>
    public const int Wording = 4;

    /// <summary>The index of the shared-names feature (the smaller share of either article's names the other holds).</summary>
    public const int SharedNames = 9;

    public static readonly string[] Names =
        ["bias", "cosine", "shared index terms", "shared title terms", "wording", "log days apart", "cosine × log days", "index × log days", "undated", "shared names", "shared numbers"];

    /// <summary>Title terms counted at most (a longer shared title says no more).</summary>
    private const int MaxTitleTerms = 4;

    public static double[] Of(AssignArticle x, AssignArticle y, double cosine)
    {
        var features = new double[Count];
        Write(x, y, cosine, features);
        return features;
    }

    /// <param name="asIfDays">Days apart the pair is shown as, whatever its dates say (<see cref="StoryLinker.FarApartAsIfDays"/>).</param>
    public static void Write(AssignArticle x, AssignArticle y, double cosine, Span<double> features, double? asIfDays = null)
    {
        WriteShared(x, y, cosine, features, asIfDays);
        WriteWordingAndNames(x, y, features);
    }

    /// <summary>
    /// Every feature but the wording and the shared names (left at 0): what is cheap to work out, and enough to rule most
    /// pairs out, since both of those only lower a model's score (<see cref="LinkModel.Ceiling"/>).
    /// </summary>
    public static void WriteShared(AssignArticle x, AssignArticle y, double cosine, Span<double> features, double? asIfDays = null)
    {
        var undated = x.Published is null || y.Published is null;
        var days = asIfDays ?? (undated ? 0 : Math.Abs((x.Published!.Value - y.Published!.Value).TotalDays));
        features[0] = 1;
        features[1] = cosine;
        features[2] = (double)SharedIndexTerms(x.Profile, y.Profile) / ArticleProfile.MaxIndexTerms;
        features[3] = (double)Math.Min(MaxTitleTerms, Shared(x.Profile.TitleTerms, y.Profile.TitleTerms)) / MaxTitleTerms;
        features[Wording] = 0;
        WriteDays(features, days);
        features[8] = undated ? 1 : 0;
        features[SharedNames] = 0;
        features[10] = x.Profile.Numbers.Length == 0 || y.Profile.Numbers.Length == 0
            ? 0
            : (double)Shared(x.Profile.Numbers, y.Profile.Numbers) / Math.Min(x.Profile.Numbers.Length, y.Profile.Numbers.Length);
    }

    /// <summary>The wording (MinHash) and shared-names features, the two <see cref="WriteShared"/> leaves out.</summary>
    public static void WriteWordingAndNames(AssignArticle x, AssignArticle y, Span<double> features)
    {
        features[Wording] = MinHash.Similarity(x.Profile.Signature, y.Profile.Signature);
        features[SharedNames] = NameAgreement(x.Profile, y.Profile);
    }

    /// <summary>The features <see cref="WriteShared"/> leaves out.</summary>
    public static ReadOnlySpan<int> WordingAndNames => [Wording, SharedNames];

    /// <summary>
    /// The features that depend on how far apart the pair is (<paramref name="days"/>), from the cosine and shared index
    /// terms already written: a pair written once is shown to a model as if further apart without working out the rest again.
    /// </summary>
    public static void WriteDays(Span<double> features, double days)
    {
        var logDays = Math.Log(1 + days);
        features[5] = logDays;
        features[6] = features[1] * logDays;
        features[7] = features[2] * logDays;
    }

    /// <summary>
    /// The highest score (before the logistic) <paramref name="weights"/> can give a pair of this cosine, this many days
    /// apart, whatever its other features: each of them lies between 0 and 1 (shared index terms also through their
    /// product with the days), so the score is highest with each at 0 or 1 by the sign of what it adds.
    /// </summary>
    public static double Ceiling(IReadOnlyList<double> weights, double cosine, double days, bool undated)
    {
        var logDays = Math.Log(1 + days);
        var z = weights[0] + weights[1] * cosine + weights[5] * logDays + weights[6] * cosine * logDays + weights[8] * (undated ? 1 : 0);
        z += Math.Max(0, weights[2] + weights[7] * logDays);
        foreach (var free in (ReadOnlySpan<int>)[3, Wording, SharedNames, 10])
        {
            z += Math.Max(0, weights[free]);
        }

        return z;
    }

    /// <summary>The smaller share of either article's names found among the other's terms (0 when either has none).</summary>
    public static double NameAgreement(ArticleProfile x, ArticleProfile y) =>
        x.NameTerms.Length == 0 || y.NameTerms.Length == 0
            ? 0
            : Math.Min((double)Found(x.NameTerms, y.Terms) / x.NameTerms.Length, (double)Found(y.NameTerms, x.Terms) / y.NameTerms.Length);

    /// <summary>How many of each article's index terms the other has among its terms (the smaller count).</summary>
    public static int SharedIndexTerms(ArticleProfile x, ArticleProfile y) => Math.Min(Found(x.IndexTerms, y.Terms), Found(y.IndexTerms, x.Terms));

    private static int Found(ulong[] terms, ulong[] sorted)
    {
        // A profile's terms are at most 40: a vectorized scan finds a term sooner than a binary search's unpredictable steps.
        var found = 0;
        ReadOnlySpan<ulong> all = sorted;
        foreach (var term in terms)
        {
            found += all.Contains(term) ? 1 : 0;
        }

        return found;
    }

    /// <summary>Terms two sorted arrays share.</summary>
    private static int Shared(ulong[] x, ulong[] y) => SortedKeys.Common(x, y);
}
