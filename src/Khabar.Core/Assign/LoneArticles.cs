namespace Khabar.Core.Assign;

/// <summary>
/// Two articles not linked whose story probability reaches <see cref="LinkRules.AttachThreshold"/>, <see cref="A"/>
/// ordered before <see cref="B"/> by id (ordinal): where an article linked to no other may attach.
/// </summary>
public sealed record CloseArticles(string A, string B, double Probability)
{
    public static CloseArticles Between(string x, string y, double probability) =>
        string.CompareOrdinal(x, y) <= 0 ? new(x, y, probability) : new(y, x, probability);
}

/// <summary>
/// The links a linker found, every pair it compared (<see cref="StoryLinker.Compared"/>, each once), and how many such pairs
/// each article is in (<see cref="StoryLinker.AddAllScored"/>).
/// </summary>
public sealed record LinkedArticles(IReadOnlyList<StoryLink> Links, IReadOnlyList<(AssignArticle A, AssignArticle B)> Compared, IReadOnlyDictionary<string, int> Candidates);

/// <summary>
/// A lone article (linked to no other) and the article it is attached to: the one it scores highest with by the story
/// model, at least <see cref="LinkRules.AttachThreshold"/>, the smaller id on a tie; <see cref="Partner"/> null when none does,
/// or when the article has more than <see cref="LoneArticles.MaxCandidates"/> candidates (<see cref="Candidates"/>, counted up
/// to one more than that).
/// </summary>
public sealed record Attachment(string Article, string? Partner, double Probability, int Candidates = 0)
{
    /// <summary>Whether attaching to <paramref name="partner"/> at <paramref name="probability"/> is better than this.</summary>
    public bool IsBeaten(string partner, double probability) =>
        Partner is null || probability > Probability || (probability == Probability && string.CompareOrdinal(partner, Partner) < 0);
}

/// <summary>What a batch changes among the lone articles: rows written (new or changed) and articles no longer lone.</summary>
public sealed record AttachmentChanges(IReadOnlyList<Attachment> Written, IReadOnlyList<string> Linked)
{
    public static readonly AttachmentChanges None = new([], []);
}

/// <summary>
/// Articles linked to no other. Links are pairwise and need a high bar, which leaves a column or an analysis of a developing
/// story, written in its own words, as a story of its own. Each such article joins the story of the article it scores
/// highest with, when that score reaches <see cref="LinkRules.AttachThreshold"/>: one story only, so attachments do not
/// chain stories together as a lower link bar would. Which article is best depends on every article there is, not on the
/// order they came in: a later, closer article moves the attachment, and an article that gets a link is no longer lone
/// (its attachment goes, and what was attached through it follows it). A pure function of the batch and the stored rows.
/// </summary>
public static class LoneArticles
{
    /// <summary>
    /// The most candidate pairs (<see cref="StoryLinker.Compared"/>: within <see cref="StoryLinker.StoryWindow"/> sharing an
    /// index term, or up to <see cref="StoryLinker.LongWindow"/> sharing two named index terms) an article may be in and attach. Among a few, its best-scoring one is of its story: in the dev developing stories brought alone,
    /// 93 of 93 lone articles, with 3 to 100 candidates. Among a day's whole news it is one of hundreds that share a word,
    /// and a story model of 0.3–0.9 tells kin from chance no better than a coin: in SaudiNewsNet, 107 of 356 attachments
    /// touching the dev labels were right (`bench attachment-labels`) (a third; 51 of 111 from 0.7), whatever bar, margin over the
    /// next story or shared names was asked (docs/stories.md, "Articles linked to none").
    /// </summary>
    public const int MaxCandidates = 30;

    /// <summary>
    /// The rows a batch writes: each new article not linked (attached to its best close article, or to none), each stored
    /// lone article that a new close article beats, and the stored lone articles now linked.
    /// </summary>
    /// <param name="fresh">The batch's new articles.</param>
    /// <param name="linked">Every article, new or stored, that the batch's links touch.</param>
    /// <param name="stored">The stored rows of the lone articles among those the batch's links and close pairs touch.</param>
    /// <param name="close">The batch's close pairs (each with at least one new article).</param>
    /// <param name="candidates">How many candidate pairs of the batch each article is in.</param>
    /// <param name="maxCandidates">The most candidate pairs an article may be in and attach (<see cref="MaxCandidates"/> shipped).</param>
    public static AttachmentChanges Decide(
        IReadOnlyCollection<string> fresh,
        IReadOnlySet<string> linked,
        IReadOnlyDictionary<string, Attachment> stored,
        IReadOnlyList<CloseArticles> close,
        IReadOnlyDictionary<string, int> candidates,
        int maxCandidates = MaxCandidates)
    {
        int Capped(int count) => Math.Min(count, maxCandidates + 1);
        var best = new Dictionary<string, Attachment>(StringComparer.Ordinal);
        foreach (var id in fresh)
        {
            if (!linked.Contains(id))
            {
                best[id] = new Attachment(id, null, 0, Capped(candidates.GetValueOrDefault(id)));
            }
        }

        foreach (var (id, row) in stored)
        {
            if (!linked.Contains(id))
            {
                best[id] = row with { Candidates = Capped(Math.Min(row.Candidates, maxCandidates + 1) + candidates.GetValueOrDefault(id)) };
            }
        }

        foreach (var pair in close)
        {
            foreach (var (article, partner) in new[] { (pair.A, pair.B), (pair.B, pair.A) })
            {
                if (best.TryGetValue(article, out var current) && current.IsBeaten(partner, pair.Probability))
                {
                    best[article] = current with { Partner = partner, Probability = pair.Probability };
                }
            }
        }

        // Too many candidates: attached to none, now and from then on (the count only grows).
        foreach (var (id, row) in best.Where(b => b.Value.Candidates > maxCandidates && b.Value.Partner is not null).ToList())
        {
            best[id] = row with { Partner = null, Probability = 0 };
        }

        var written = best.Values.Where(a => !stored.TryGetValue(a.Article, out var row) || row != a).OrderBy(a => a.Article, StringComparer.Ordinal).ToList();
        var nowLinked = stored.Keys.Where(linked.Contains).Order(StringComparer.Ordinal).ToList();
        return new AttachmentChanges(written, nowLinked);
    }
}
