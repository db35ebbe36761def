using Khabar.Core.Assign;
using Khabar.Core.Domain;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Which of a fact's articles count as one source: articles of the same outlet, exact or near duplicates, and
/// articles whose sentences for the fact lie in passages of copy they share (<see cref="ReusePair"/>). Articles
/// of unknown outlet are independent unless they share the copy.
/// </summary>
internal sealed class IndependentSources(StoryText story, IReadOnlyList<ReusePair> reuse, IReadOnlyList<StoryLink> duplicates)
{
    private readonly Dictionary<(string, string), ReusePair> _pairs = reuse.ToDictionary(p => (p.A, p.B));

    private readonly HashSet<(string, string)> _duplicates = duplicates.Where(d => d.Kind.IsCopy())
        .SelectMany(d => new[] { (d.A, d.B), (d.B, d.A) }).ToHashSet();

    /// <summary>The fact's articles grouped into independent sources, each group in story order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Of(int[] fact)
    {
        var groups = new List<List<StorySentence>>();
        foreach (var sentence in fact.Select(s => story.Sentences[s]))
        {
            var same = groups.Where(g => g.Any(other => SameCopy(other, sentence))).ToList();
            var merged = new List<StorySentence>([.. same.SelectMany(g => g), sentence]);
            groups.RemoveAll(same.Contains);
            groups.Add(merged);
        }

        return groups.Select(g => (IReadOnlyList<string>)g.OrderBy(s => s.Index).Select(s => story.Articles[s.Article].Id).ToList())
            .OrderBy(g => g[0], StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether two sentences of different articles come from one source: one outlet, duplicates, or shared copy.</summary>
    public bool SameCopy(StorySentence a, StorySentence b)
    {
        if (a.Article == b.Article)
        {
            return false;
        }

        var (x, y) = (story.Articles[a.Article].Article, story.Articles[b.Article].Article);
        if ((x.Source is not null && string.Equals(x.Source, y.Source, StringComparison.Ordinal)) || _duplicates.Contains((x.Id, y.Id)))
        {
            return true;
        }

        var (first, second, sa, sb) = string.CompareOrdinal(x.Id, y.Id) < 0 ? (x.Id, y.Id, a, b) : (y.Id, x.Id, b, a);
        return _pairs.TryGetValue((first, second), out var pair)
            && pair.Passages.Any(p => Overlaps(p.A, sa.Extent) && Overlaps(p.B, sb.Extent));
    }

    private static bool Overlaps(Khabar.Text.TextExtent a, Khabar.Text.TextExtent b) => a.Start < b.End && b.Start < a.End;
}
