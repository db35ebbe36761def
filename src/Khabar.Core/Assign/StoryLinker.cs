using System.Runtime.InteropServices;
using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// Finds the links of each article added to the articles added before it. Candidates come from two indexes: an
/// inverted index over each article's most telling terms (index terms), limited to articles within
/// <see cref="StoryWindow"/> of its publication time (undated articles are compared with all), one over its names
/// (<see cref="ArticleProfile.NameTerms"/>) within <see cref="LongWindow"/>, and LSH over MinHash
/// signatures for near-duplicates that share no indexed term. The same clean text is a duplicate anywhere within
/// <see cref="StoryWindow"/> (the store links exact copies further apart). A candidate is linked as a near-duplicate when its
/// verified shingle Jaccard reaches <see cref="NearDuplicateThreshold"/> (within <see cref="Window"/>); else the
/// link models of <see cref="LinkRules"/> decide: within <see cref="Window"/>, one event
/// (<see cref="LinkKind.Related"/>); within <see cref="StoryWindow"/>, one story (<see cref="LinkKind.Story"/>); further
/// apart, up to <see cref="LongWindow"/>, one story by a stricter rule of their own (<see cref="LinkRules.SameStoryFarApart"/>).
/// Exact duplicates further apart than <see cref="StoryWindow"/> are the store's business (it knows every content hash).
/// Whether two articles are linked depends on those two articles only, never on what else was added or in
/// what order; an article linked to none may still attach to one story by what it is compared with (<see cref="LoneArticles"/>),
/// which depends on the set of articles, not their order: that is what makes stories deterministic. The cost of an add depends on how many articles
/// share its terms inside the window, not on how many were added in all.
/// </summary>
public sealed class StoryLinker(LinkRules rules)
{
    public const double NearDuplicateThreshold = 0.8;

    /// <summary>Articles further apart in time than this report different events (they may still be one story).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>Articles further apart in time than this are one story only by the far-apart rule (<see cref="LinkRules.SameStoryFarApart"/>).</summary>
    public static readonly TimeSpan StoryWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// Articles further apart in time than this are never linked directly (a story goes on through the articles between):
    /// a season. A story followed for weeks or months in a few reports (a summit prepared over weeks, a trial, a disaster's
    /// aftermath) has no article between two of its reports to carry it across. Google News's full coverage looks back a
    /// month over a dense stream; over SaudiNewsNet spaced out in time, 90 days kept what a month lost and a year gained
    /// little more (docs/stories.md, "How far back").
    /// </summary>
    public static readonly TimeSpan LongWindow = TimeSpan.FromDays(90);

    /// <summary>
    /// How far apart the story model is shown two articles further apart than <see cref="StoryWindow"/>: it was fitted on
    /// pairs of a dense stream within a week, where similarity far apart mostly meant a topic, and would give any pair a
    /// month apart too little; the far-apart rule's own bars (no shared wording, shared names) stand in for time.
    /// </summary>
    public const double FarApartAsIfDays = 1;

    private readonly List<AssignArticle> _articles = [];
    private readonly Dictionary<ulong, TermPostings> _postings = [];

    /// <summary>Articles by their name terms: where a pair further apart than <see cref="StoryWindow"/> is looked for.</summary>
    private readonly Dictionary<ulong, TermPostings> _namePostings = [];
    private readonly LshIndex<int> _lsh = new();

    public StoryLinker()
        : this(LinkRules.Default)
    {
    }

    /// <summary>Adds <paramref name="article"/> and returns its links to the articles added before.</summary>
    public IReadOnlyList<StoryLink> Add(AssignArticle article)
    {
        var links = LinksOf(article, _articles.Count, null);
        Index(article);
        return links;
    }

    /// <summary>
    /// Adds <paramref name="articles"/> in order and returns each one's links to the articles added before it, in
    /// that order: what <see cref="Add"/> one by one returns, found on all cores (the indexes are only read meanwhile,
    /// and each article looks only at those added before it).
    /// </summary>
    public IReadOnlyList<StoryLink> AddAll(IReadOnlyList<AssignArticle> articles, CancellationToken cancellationToken = default) =>
        AddAllScored(articles, cancellationToken).Links;

    /// <summary>
    /// What <see cref="AddAll"/> does, and also every pair compared (<see cref="Compared"/>), each once, with how many such
    /// pairs each article is in: where a lone article may attach (<see cref="Closeness"/>, <see cref="LoneArticles"/>).
    /// </summary>
    public LinkedArticles AddAllScored(IReadOnlyList<AssignArticle> articles, CancellationToken cancellationToken = default)
    {
        var first = _articles.Count;
        IndexAll(articles);
        var found = new (List<StoryLink> Links, List<int> Compared)[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var compared = new List<int>();
            found[i] = (LinksOf(articles[i], first + i, compared), compared);
        });

        // Each candidate pair is counted once, from its later article's side, for both articles.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            counts[articles[i].Id] = counts.GetValueOrDefault(articles[i].Id) + found[i].Compared.Count;
            foreach (var index in found[i].Compared)
            {
                counts[_articles[index].Id] = counts.GetValueOrDefault(_articles[index].Id) + 1;
            }
        }

        var pairs = new List<(AssignArticle, AssignArticle)>();
        for (var i = 0; i < articles.Count; i++)
        {
            pairs.AddRange(found[i].Compared.Select(index => (articles[i], _articles[index])));
        }

        return new LinkedArticles([.. found.SelectMany(f => f.Links)], pairs, counts);
    }

    /// <summary>Adds an article whose links are already known (stored by an earlier run) without looking for them.</summary>
    public void Index(AssignArticle article)
    {
        _articles.Add(article);
        IndexTerms(_articles.Count - 1, 1);
        IndexNearDuplicates(_articles.Count - 1, 1);
    }

    /// <summary>
    /// Adds articles whose links are already known, in order, without looking for them: the term indexes on one thread,
    /// the near-duplicate index on another (they share nothing but the articles' positions).
    /// </summary>
    public void IndexAll(IReadOnlyList<AssignArticle> articles)
    {
        var first = _articles.Count;
        _articles.AddRange(articles);
        var nearDuplicates = Task.Run(() => IndexNearDuplicates(first, articles.Count));
        try
        {
            IndexTerms(first, articles.Count);
        }
        finally
        {
            nearDuplicates.GetAwaiter().GetResult();
        }
    }

    private void IndexTerms(int first, int count)
    {
        for (var added = first; added < first + count; added++)
        {
            var article = _articles[added];
            foreach (var term in article.Profile.IndexTerms)
            {
                if (!_postings.TryGetValue(term, out var postings))
                {
                    _postings[term] = postings = new TermPostings();
                }

                postings.Add(article.Published, added);
            }

            foreach (var term in article.Profile.NameTerms)
            {
                if (!_namePostings.TryGetValue(term, out var postings))
                {
                    _namePostings[term] = postings = new TermPostings();
                }

                postings.Add(article.Published, added);
            }
        }
    }

    private void IndexNearDuplicates(int first, int count)
    {
        for (var added = first; added < first + count; added++)
        {
            _lsh.AddKeyed(added, _articles[added].Profile.BandKeys);
        }
    }

    /// <summary>
    /// The links of <paramref name="article"/> to the articles indexed before position <paramref name="before"/>; the positions
    /// of the articles it is compared with (<see cref="Compared"/>) go to <paramref name="compared"/> when given.
    /// </summary>
    private List<StoryLink> LinksOf(AssignArticle article, int before, List<int>? compared)
    {
        var candidates = t_marks ??= new CandidateMarks();
        candidates.Start(_articles.Count);
        foreach (var term in article.Profile.IndexTerms)
        {
            if (_postings.TryGetValue(term, out var postings))
            {
                postings.Near(article.Published, StoryWindow, candidates);
            }
        }

        // Further apart, only articles that share a name can be one story (LinkRules.SameStoryFarApart): looked for
        // by name terms, whose postings are short, rather than by every index term over LongWindow.
        if (article.Published is { } published && article.Profile.NameTerms.Length >= FarApartSharedTerms)
        {
            // A pair that far apart shares two names at least (FarApartSharedTerms): only those are compared.
            var far = new Dictionary<int, int>();
            foreach (var term in article.Profile.NameTerms)
            {
                if (_namePostings.TryGetValue(term, out var postings))
                {
                    postings.Beyond(published, StoryWindow, LongWindow, far);
                }
            }

            foreach (var (index, shared) in far)
            {
                if (shared >= FarApartSharedTerms)
                {
                    candidates.Add(index);
                }
            }
        }

        _lsh.AddCandidates(article.Profile.BandKeys, candidates.NearDuplicates);
        foreach (var index in candidates.NearDuplicates)
        {
            candidates.AddNearDuplicate(index);
        }

        var found = candidates.Found;
        found.Sort();
        var links = new List<StoryLink>();
        foreach (var index in found)
        {
            if (index >= before)
            {
                break;
            }

            var other = _articles[index];
            if (Judge(article, other, candidates.IsNearDuplicate(index), scoreClose: false, out _) is { } link)
            {
                links.Add(link);
            }

            if (compared is not null && Compared(article, other))
            {
                compared.Add(index);
            }
        }

        return links;
    }

    [ThreadStatic]
    private static CandidateMarks? t_marks;

    /// <summary>
    /// Whether Assign compares two articles by their link models: within <see cref="StoryWindow"/> of each other
    /// (or either undated) and sharing an index term; <paramref name="near"/> when within <see cref="Window"/>.
    /// </summary>
    public static bool Candidates(AssignArticle x, AssignArticle y, out bool near)
    {
        var apart = x.Published is { } a && y.Published is { } b ? (a - b).Duration() : TimeSpan.Zero;
        near = apart <= Window;
        return apart <= StoryWindow && ShareAny(x.Profile.IndexTerms, y.Profile.IndexTerms);
    }

    /// <summary>Whether two short term lists share a term (a loop, not a closure: this is asked of every candidate pair).</summary>
    private static bool ShareAny(ulong[] x, ulong[] y)
    {
        foreach (var term in x)
        {
            if (Array.IndexOf(y, term) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The link between two articles, or null: a pure function of the pair.</summary>
    public StoryLink? Link(AssignArticle x, AssignArticle y, bool nearDuplicateCandidate) => Judge(x, y, nearDuplicateCandidate, scoreClose: false, out _);

    /// <summary>
    /// The pair's story probability when it can attach an article linked to no other (a pair <see cref="Compared"/> and not
    /// linked, at least <see cref="LinkRules.AttachThreshold"/>, rounded to four places; a far pair shown
    /// <see cref="FarApartAsIfDays"/> apart and sharing no wording), else 0: like a link, a pure function of the pair.
    /// </summary>
    public double Closeness(AssignArticle x, AssignArticle y) => Judge(x, y, nearDuplicateCandidate: false, scoreClose: true, out var closeness) is null ? closeness : 0;

    /// <param name="scoreClose">Whether to work out the closeness of a pair not linked, which scores in full the pairs down to
    /// <see cref="LinkRules.AttachThreshold"/> instead of ruling them out below the lowest link bar.</param>
    private StoryLink? Judge(AssignArticle x, AssignArticle y, bool nearDuplicateCandidate, bool scoreClose, out double closeness)
    {
        closeness = 0;
        var apart = x.Published is { } a && y.Published is { } b ? (a - b).Duration() : TimeSpan.Zero;
        if (apart > LongWindow)
        {
            return null;
        }

        if (apart > StoryWindow)
        {
            return FarApart(x, y, scoreClose, out closeness);
        }

        var score = Math.Round(x.Profile.Similarity(y.Profile), 4);
        if (string.Equals(x.ContentHash, y.ContentHash, StringComparison.Ordinal))
        {
            return StoryLink.Between(x.Id, y.Id, LinkKind.Duplicate, score, 1);
        }

        if (apart <= Window)
        {
            double? jaccard = nearDuplicateCandidate
                ? Math.Round(Shingles.Jaccard(x.Profile.Shingles, y.Profile.Shingles), 4)
                : null;
            if (jaccard >= NearDuplicateThreshold)
            {
                return StoryLink.Between(x.Id, y.Id, LinkKind.NearDuplicate, score, jaccard);
            }
        }

        if (!Candidates(x, y, out var near))
        {
            return null;
        }

        // Most candidates share one index term and little else: what is cheap to tell is told first, and a pair that no
        // model could pass whatever the rest is left there (MayLink). A pair let through is judged in full.
        var shortPair = ShortAndContained(x.Profile, y.Profile);
        var bar = scoreClose ? rules.LowestScoredThreshold : rules.LowestStoryThreshold;
        if (rules.RuleOutEarly && !shortPair && !MayLink(x, y, score, near, bar))
        {
            return null;
        }

        Span<double> features = stackalloc double[LinkFeatures.Count];
        LinkFeatures.WriteShared(x, y, score, features);
        if (rules.RuleOutEarly && !shortPair && !MayLink(x, y, features, near, bar))
        {
            return null;
        }

        LinkFeatures.WriteWordingAndNames(x, y, features);
        // Two undated pages may be of any days: the bar for one event can be set higher for them (LinkRules.UndatedEventThreshold).
        if (near && (rules.Models.Event.Probability(features) >= rules.EventThresholdFor(x.Published is null && y.Published is null) || shortPair))
        {
            return StoryLink.Between(x.Id, y.Id, LinkKind.Related, score, null);
        }

        // Not one event: whether one story, with an undated page shown as from another day (LinkRules.UndatedAsIfDays).
        if ((x.Published is null || y.Published is null) && rules.UndatedAsIfDays > 0)
        {
            LinkFeatures.WriteDays(features, rules.UndatedAsIfDays);
        }

        var probability = rules.Models.Story.Probability(features);
        if (rules.SameStory(probability, features[LinkFeatures.Wording], features[LinkFeatures.SharedNames]))
        {
            return StoryLink.Between(x.Id, y.Id, LinkKind.Story, score, null);
        }

        closeness = scoreClose && rules.AttachThreshold is { } attach && probability >= attach ? Math.Round(probability, 4) : 0;
        return null;
    }

    /// <summary>
    /// Whether either link model could pass a pair of this cosine and these dates, whatever its other features
    /// (<see cref="LinkFeatures.Ceiling"/>).
    /// </summary>
    private bool MayLink(AssignArticle x, AssignArticle y, double cosine, bool near, double storyBar)
    {
        var undated = x.Published is null || y.Published is null;
        var days = undated ? 0 : Math.Abs((x.Published!.Value - y.Published!.Value).TotalDays);
        if (near && LinkModel.ProbabilityAtMost(LinkFeatures.Ceiling(rules.Models.Event.Weights, cosine, days, undated)) >= rules.EventThresholdFor(x.Published is null && y.Published is null))
        {
            return true;
        }

        var storyDays = undated && rules.UndatedAsIfDays > 0 ? rules.UndatedAsIfDays : days;
        return LinkModel.ProbabilityAtMost(LinkFeatures.Ceiling(rules.Models.Story.Weights, cosine, storyDays, undated)) >= storyBar;
    }

    /// <summary>
    /// Whether either link model could pass a pair whose features but its wording and names are written in
    /// <paramref name="features"/> (<see cref="LinkFeatures.WriteShared"/>), whatever those two are.
    /// </summary>
    private bool MayLink(AssignArticle x, AssignArticle y, ReadOnlySpan<double> features, bool near, double storyBar)
    {
        if (near && LinkModel.ProbabilityAtMost(rules.Models.Event.Ceiling(features, LinkFeatures.WordingAndNames)) >= rules.EventThresholdFor(x.Published is null && y.Published is null))
        {
            return true;
        }

        if ((x.Published is null || y.Published is null) && rules.UndatedAsIfDays > 0)
        {
            Span<double> asIf = stackalloc double[LinkFeatures.Count];
            features.CopyTo(asIf);
            LinkFeatures.WriteDays(asIf, rules.UndatedAsIfDays);
            return LinkModel.ProbabilityAtMost(rules.Models.Story.Ceiling(asIf, LinkFeatures.WordingAndNames)) >= storyBar;
        }

        return LinkModel.ProbabilityAtMost(rules.Models.Story.Ceiling(features, LinkFeatures.WordingAndNames)) >= storyBar;
    }

    /// <summary>
    /// Two articles further apart than <see cref="StoryWindow"/> (up to <see cref="LongWindow"/>): one story only when they
    /// share <see cref="FarApartSharedTerms"/> names that are index terms of both (<see cref="NamedIndexTerms"/>: what
    /// Assign looks stored articles up by that far back, so that batches find the pairs one run finds) and the story model, shown them
    /// <see cref="FarApartAsIfDays"/> apart, passes <see cref="LinkRules.SameStoryFarApart"/>. The shared names are counted
    /// first: most such pairs share too few.
    /// </summary>
    /// <param name="closeness">The pair's story probability (shown <see cref="FarApartAsIfDays"/> apart) when not linked and at
    /// least <see cref="LinkRules.AttachThreshold"/>, rounded to four places, else 0: a lone article may attach that far back.</param>
    private StoryLink? FarApart(AssignArticle x, AssignArticle y, bool scoreClose, out double closeness)
    {
        closeness = 0;
        if (SharedNamedIndexTerms(x.Profile, y.Profile) < FarApartSharedTerms
            || (!scoreClose && LinkFeatures.NameAgreement(x.Profile, y.Profile) < LinkRules.FarApartMinSharedNames))
        {
            return null;
        }

        var score = Math.Round(x.Profile.Similarity(y.Profile), 4);
        Span<double> features = stackalloc double[LinkFeatures.Count];
        LinkFeatures.Write(x, y, score, features, FarApartAsIfDays);
        var probability = rules.Models.Story.Probability(features);
        if (features[LinkFeatures.SharedNames] >= LinkRules.FarApartMinSharedNames
            && LinkRules.SameStoryFarApart(probability, features[LinkFeatures.Wording], features[LinkFeatures.SharedNames]))
        {
            return StoryLink.Between(x.Id, y.Id, LinkKind.Story, score, null);
        }

        // As for a link that far apart, shared wording is a template's or a quotation's, not one story's.
        closeness = scoreClose && rules.AttachThreshold is { } attach && probability >= attach && features[LinkFeatures.Wording] < LinkRules.Wordless
            ? Math.Round(probability, 4)
            : 0;
        return null;
    }

    /// <summary>
    /// Whether two articles are a pair Assign compares: <see cref="Candidates"/> within <see cref="StoryWindow"/>, or, up to
    /// <see cref="LongWindow"/>, sharing <see cref="FarApartSharedTerms"/> named index terms. What a lone article's count of
    /// candidates counts (<see cref="LoneArticles.MaxCandidates"/>).
    /// </summary>
    public static bool Compared(AssignArticle x, AssignArticle y)
    {
        var apart = x.Published is { } a && y.Published is { } b ? (a - b).Duration() : TimeSpan.Zero;
        return apart <= StoryWindow ? Candidates(x, y, out _) : apart <= LongWindow && SharedNamedIndexTerms(x.Profile, y.Profile) >= FarApartSharedTerms;
    }

    /// <summary>An article's index terms that are also among its names: what a far-apart pair must share <see cref="FarApartSharedTerms"/> of.</summary>
    public static IEnumerable<ulong> NamedIndexTerms(ArticleProfile profile) => profile.IndexTerms.Where(t => Array.IndexOf(profile.NameTerms, t) >= 0);

    /// <summary>
    /// Named index terms a far-apart pair shares at least: Assign looks stored articles that far back up by the new
    /// ones' named index terms, two at least, which keeps what it reads bounded by the names, not by the month's news.
    /// </summary>
    public const int FarApartSharedTerms = 2;

    private static int SharedNamedIndexTerms(ArticleProfile x, ArticleProfile y)
    {
        var shared = 0;
        foreach (var term in x.IndexTerms)
        {
            shared += Array.IndexOf(x.NameTerms, term) >= 0 && Array.IndexOf(y.IndexTerms, term) >= 0 && Array.IndexOf(y.NameTerms, term) >= 0 ? 1 : 0;
        }

        return shared;
    }

    /// <summary>Content terms an article may have and still be a headline or a brief (<see cref="ShortAndContained"/>).</summary>
    public const int ShortTerms = 12;

    /// <summary>Terms two short articles must share, at the least...</summary>
    public const int ShortShared = 3;

    /// <summary>...and the share of the shorter one's terms that must be among the other's.</summary>
    public const double ShortContainment = 0.5;

    /// <summary>
    /// Whether two headlines or briefs, each of at most <see cref="ShortTerms"/> content terms, tell one event in their
    /// own words: at least <see cref="ShortShared"/> terms shared, and <see cref="ShortContainment"/> of the shorter
    /// one's. The event model was fitted on whole articles, whose 40-term profiles two rewordings of one headline never
    /// resemble as closely (cosine about 0.3: event probability 0.5–0.68 for most paraphrased headline pairs apart).
    /// Chosen on the dev headline pairs (docs/stories.md has the curve); SaudiNewsNet's stories do not change.
    /// </summary>
    private static bool ShortAndContained(ArticleProfile x, ArticleProfile y)
    {
        if (x.Terms.Length > ShortTerms || y.Terms.Length > ShortTerms)
        {
            return false;
        }

        var shared = SortedKeys.Common(x.Senses, y.Senses);
        return shared >= ShortShared && shared >= ShortContainment * Math.Min(x.Senses.Length, y.Senses.Length);
    }

    /// <summary>The articles indexed under one term: dated ones sorted by time, undated ones apart.</summary>
    private sealed class TermPostings
    {
        private readonly List<(long Ticks, int Index)> _dated = [];
        private readonly List<int> _undated = [];

        public void Add(DateTimeOffset? published, int index)
        {
            if (published is not { } time)
            {
                _undated.Add(index);
                return;
            }

            var entry = (time.UtcTicks, index);
            var at = _dated.Count == 0 || _dated[^1].Ticks <= entry.UtcTicks ? _dated.Count : LowerBound(entry.UtcTicks + 1);
            _dated.Insert(at, entry);
        }

        public void Near(DateTimeOffset? published, TimeSpan window, CandidateMarks into)
        {
            foreach (var index in _undated)
            {
                into.Add(index);
            }

            if (published is not { } time)
            {
                foreach (var (_, index) in _dated)
                {
                    into.Add(index);
                }

                return;
            }

            var to = time.UtcTicks + window.Ticks;
            for (var k = LowerBound(time.UtcTicks - window.Ticks); k < _dated.Count && _dated[k].Ticks <= to; k++)
            {
                into.Add(_dated[k].Index);
            }
        }

        /// <summary>
        /// Counts, for each dated article further than <paramref name="inner"/> from <paramref name="published"/> and within
        /// <paramref name="outer"/> (either side), one more term shared.
        /// </summary>
        public void Beyond(DateTimeOffset published, TimeSpan inner, TimeSpan outer, Dictionary<int, int> counts)
        {
            var time = published.UtcTicks;
            var (earlyFrom, earlyTo) = (LowerBound(time - outer.Ticks), LowerBound(time - inner.Ticks));
            var (lateFrom, lateTo) = (LowerBound(time + inner.Ticks + 1), LowerBound(time + outer.Ticks + 1));

            for (var k = earlyFrom; k < earlyTo; k++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, _dated[k].Index, out _)++;
            }

            for (var k = lateFrom; k < lateTo; k++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, _dated[k].Index, out _)++;
            }
        }

        private int LowerBound(long ticks)
        {
            int low = 0, high = _dated.Count;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (_dated[mid].Ticks < ticks)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
