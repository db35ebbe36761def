namespace Khabar.Core.Consolidate;

/// <summary>The sentence pairs of a story alike enough to compare, with their similarity, by sentence.</summary>
internal sealed class SentencePairs
{
    private readonly Dictionary<(int, int), double> _similarity;
    /// <summary>Each sentence's pairs; null for a sentence in none (most, in a story of one article).</summary>
    private readonly List<(int Other, double Similarity)>?[] _neighbours;

    public SentencePairs(int sentences, IEnumerable<(int A, int B, double Similarity)> pairs)
    {
        _similarity = [];
        _neighbours = new List<(int, double)>?[sentences];
        foreach (var (a, b, similarity) in pairs)
        {
            _similarity[(a, b)] = similarity;
            (_neighbours[a] ??= []).Add((b, similarity));
            (_neighbours[b] ??= []).Add((a, similarity));
        }
    }

    public IEnumerable<(int A, int B, double Similarity)> All => _similarity.Select(p => (p.Key.Item1, p.Key.Item2, p.Value));

    public double this[int a, int b] => _similarity.GetValueOrDefault((Math.Min(a, b), Math.Max(a, b)));

    /// <summary>The sentences at least <paramref name="threshold"/> alike to <paramref name="sentence"/>.</summary>
    public IEnumerable<int> Of(int sentence, double threshold) =>
        _neighbours[sentence] is { } neighbours ? neighbours.Where(n => n.Similarity >= threshold).Select(n => n.Other) : [];
}
