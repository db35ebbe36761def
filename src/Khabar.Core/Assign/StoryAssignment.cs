using System.Collections.Concurrent;
using System.Diagnostics;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Reuse;

namespace Khabar.Core.Assign;

/// <summary>
/// Runs the Assign stage over a store: takes the articles that have no story yet, links each to the stored
/// articles near it in time (and to each other), attaches the articles linked to none (<see cref="LoneArticles"/>),
/// groups the links and attachments into stories (new, grown, merged, or taken apart when a lone article moves), aligns
/// the linked pairs for reused copy, and saves it all in one transaction. Profiles are computed on all cores;
/// linking is sequential. Because links depend only on the two articles, and attachments only on the set of articles,
/// running once over everything or once per batch, in any order, gives the same stories.
/// The stored articles loaded as context are bounded, whatever the size of the store: dated ones within
/// <see cref="StoryLinker.Window"/> of the new dated ones, those up to <see cref="StoryLinker.StoryWindow"/> away
/// that share an index term with them (a story link needs one), those up to <see cref="StoryLinker.LongWindow"/> away
/// that share two index terms that are also names of one new article (a far-apart link needs two), plus those the new articles' index terms find
/// among the stored index terms when either side is undated (an undated article is compared with every article
/// that shares an index term, as the linker would, but never with the whole store).
/// </summary>
public sealed class StoryAssignment(IStoryStore store, Func<TermWeights> termWeights, LinkRules? rules = null)
{
    /// <summary>
    /// New articles assigned per transaction. Memory holds one chunk and the articles near it in time, so a
    /// store of any size is assigned in bounded memory; a killed run keeps every chunk saved before it.
    /// </summary>
    public const int DefaultChunkSize = 2048;

    private readonly int _chunkSize = DefaultChunkSize;

    public StoryAssignment(IStoryStore store, TermWeights weights)
        : this(store, () => weights)
    {
    }

    /// <summary>An assignment run that saves every <paramref name="chunkSize"/> new articles.</summary>
    /// <summary>
    /// How long the profiles made for earlier chunks are kept for later ones: a cache, not a window (the context of a chunk
    /// is what the store finds, the kept profiles only spare reading and profiling it again). A month keeps every pair
    /// within <see cref="StoryLinker.StoryWindow"/> and most far-apart ones, while what a stream holds stays a month's
    /// profiles, not <see cref="StoryLinker.LongWindow"/>'s three.
    /// </summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    /// <summary>The lone rows of stored articles this run has read or written, by article (null: not lone).</summary>
    private readonly Dictionary<string, Attachment?> _lone = new(StringComparer.Ordinal);

    public StoryAssignment(IStoryStore store, TermWeights weights, int chunkSize)
        : this(store, () => weights) => _chunkSize = chunkSize;

    /// <summary>An assignment run by <paramref name="rules"/> that saves every <paramref name="chunkSize"/> new articles.</summary>
    public StoryAssignment(IStoryStore store, TermWeights weights, LinkRules rules, int chunkSize)
        : this(store, () => weights, rules) => _chunkSize = chunkSize;

    /// <summary>
    /// Assigns every article that has no story yet, a chunk at a time in publication order (undated ones last).
    /// An exact duplicate waiting with its original goes no earlier than the original, so the two always meet.
    /// </summary>
    public AssignTally Run(CancellationToken cancellationToken = default)
    {
        var pending = store.Unassigned();
        var byId = pending.ToDictionary(p => p.Id, StringComparer.Ordinal);
        PendingArticle Key(PendingArticle p) =>
            p.DuplicateOf is { } original && byId.TryGetValue(original, out var o) && !Later(p, o) ? o : p;
        // An original goes before the duplicates sorted with it, whatever their ids: a duplicate assigned before its
        // original (in an earlier chunk) would link to an article with no story yet.
        var ordered = pending.OrderBy(p => Key(p).Published is null).ThenBy(p => Key(p).Published?.UtcTicks)
            .ThenBy(p => Key(p).Id, StringComparer.Ordinal).ThenBy(p => string.Equals(Key(p).Id, p.Id, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var known = new Dictionary<string, Prepared>(StringComparer.Ordinal);
        var tally = AssignTally.None;
        foreach (var chunk in ordered.Chunk(_chunkSize))
        {
            // Profiles made for earlier chunks are kept while they can still be in a later chunk's window: whole while
            // they can be linked as one event, as a profile alone (no text) while they can only be linked as one story,
            // up to KeptFor (a far-apart pair older than that is read from the store again, as any context is).
            // A chunk's earliest article, not its first: a duplicate sorted with a later original comes earlier.
            if (chunk.All(c => c.Published is not null) && chunk.Min(c => c.Published) is { } earliest)
            {
                var before = earliest - KeptFor;
                foreach (var id in known.Where(k => k.Value.Assign.Published is not { } p || p < before).Select(k => k.Key).ToList())
                {
                    known.Remove(id);
                }

                foreach (var (id, item) in known.ToList())
                {
                    known[id] = item.Light(earliest);
                }

                // The lone rows kept go with the profiles kept: what is read again from the store is read again here too.
                foreach (var id in _lone.Keys.Where(id => !known.ContainsKey(id)).ToList())
                {
                    _lone.Remove(id);
                }
            }
            else
            {
                known.Clear();
                _lone.Clear();
            }

            tally = tally.Add(RunChunk(store.FindAll([.. chunk.Select(c => c.Id)], withRawText: false), known, cancellationToken));
        }

        return tally;
    }

    /// <summary>Whether <paramref name="x"/> comes after <paramref name="y"/> in assignment order.</summary>
    private static bool Later(PendingArticle x, PendingArticle y) =>
        (x.Published, y.Published) switch
        {
            (null, null) => false,
            (null, _) => true,
            (_, null) => false,
            var (a, b) => a.Value > b.Value,
        };

    private AssignTally RunChunk(IReadOnlyList<Article> fresh, Dictionary<string, Prepared> known, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (fresh.Count == 0)
        {
            return AssignTally.None;
        }

        var freshPrepared = Prepare(fresh, cancellationToken);
        // With an undated new article (near every stored one), nothing is cut down to its profile.
        var earliestFresh = fresh.Any(a => a.Published is null) ? null : fresh.Min(a => a.Published);
        // A kept article serves as it is when whole, or, cut down to its profile, when it can only be linked as one
        // story (further than the event window behind every new article); otherwise it is read again.
        bool Cached(string id) => known.TryGetValue(id, out var item)
            && (item.Terms is not null || (earliestFresh is { } e && item.Assign.Published is { } p && p < e - StoryLinker.Window));
        var (context, loaded) = Context(fresh, freshPrepared, Cached);
        var storyOf = context.ToDictionary(c => c.Id, c => c.Story, StringComparer.Ordinal);

        var load = clock.Elapsed;
        var prepared = Prepare(loaded, cancellationToken);
        foreach (var (id, item) in prepared.ToList())
        {
            prepared[id] = item.Light(earliestFresh);
        }

        foreach (var (id, _) in context)
        {
            if (!prepared.ContainsKey(id) && known.TryGetValue(id, out var item))
            {
                prepared[id] = item;
            }
        }

        foreach (var (id, item) in freshPrepared)
        {
            prepared[id] = item;
        }

        var profile = clock.Elapsed;
        var linker = new StoryLinker(rules ?? LinkRules.Default);
        linker.IndexAll([.. context.Select(c => prepared[c.Id].Assign).Order(AssignArticle.Canonical)]);

        var scored = linker.AddAllScored([.. fresh.Select(a => prepared[a.Id].Assign).Order(AssignArticle.Canonical)], cancellationToken);
        var links = scored.Links.ToList();
        // Two pages of one site alike only through its chrome are not linked (SiteChrome). Judged for the pairs within the
        // event window (or undated) alone: both texts are at hand for those however the articles were batched, so the
        // links stay independent of batching; a pair further apart keeps only its profile on one side.
        var weights = termWeights();
        links = [.. links.Select(l => SiteChrome.Judged(prepared[l.A].Assign, prepared[l.B].Assign) && prepared[l.A].Article is { } a && prepared[l.B].Article is { } b
            ? SiteChrome.Recheck(l, a, b, linker, weights)
            : l).OfType<StoryLink>()];

        var duplicates = store.Duplicates([.. fresh.Select(a => a.Id)]);
        foreach (var (id, original) in duplicates)
        {
            links.Add(StoryLink.Between(id, original, LinkKind.Duplicate, 1, 1));
        }

        // An exact duplicate of an article outside the window joins that article's story.
        foreach (var (id, story) in store.StoryOf([.. duplicates.Select(d => d.DuplicateOf).Where(o => !storyOf.ContainsKey(o))]))
        {
            storyOf[id] = story;
        }

        var link = clock.Elapsed;
        links = [.. links.DistinctBy(l => (l.A, l.B)).OrderBy(l => l.A, StringComparer.Ordinal).ThenBy(l => l.B, StringComparer.Ordinal)];
        var (attachments, attached, takenApart, membersApart) = Lone(fresh, links, scored, prepared, storyOf);
        var groups = StoryGrouping.Group([.. fresh.Select(a => a.Id)], storyOf, links, attached, takenApart);
        var contextByStory = context.ToLookup(c => c.Story, c => c.Id, StringComparer.Ordinal);
        var written = new List<Story>();
        var removed = new List<string>();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        // Every article of a story written is named in it: the stored members of the stories each group joins or takes
        // apart are read in one go (without raw text, which Assign never reads), and those known only by their profile get
        // their article.
        var piecesOf = takenApart.ToDictionary(p => p.Story, StringComparer.Ordinal);
        var joined = groups.SelectMany(g => g.Stories).Distinct(StringComparer.Ordinal).ToList();
        var storedMembers = new Dictionary<string, IReadOnlyList<Article>>(membersApart, StringComparer.Ordinal);
        if (joined.Count > 0)
        {
            foreach (var (story, members) in store.MembersByStory(joined, withRawText: false))
            {
                storedMembers[story] = members;
            }
        }

        var storedArticle = piecesOf.Keys.SelectMany(story => storedMembers.GetValueOrDefault(story) ?? []).ToDictionary(a => a.Id, StringComparer.Ordinal);
        IEnumerable<Article> StoredOf(StoryGrouping.StoryGroup group) =>
            group.Stories.SelectMany(story => storedMembers.GetValueOrDefault(story) ?? [])
                .Concat(group.Cores.SelectMany(story => piecesOf[story].Core.Where(storedArticle.ContainsKey).Select(id => storedArticle[id])))
                .Concat(group.Moved.Where(storedArticle.ContainsKey).Select(id => storedArticle[id]));
        var unpreparedOf = new List<Article>[groups.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            unpreparedOf[g] = [];
            foreach (var member in StoredOf(groups[g]))
            {
                if (!prepared.TryGetValue(member.Id, out var item))
                {
                    if (seen.Add(member.Id))
                    {
                        unpreparedOf[g].Add(member);
                    }
                }
                else if (item.Article is null)
                {
                    prepared[member.Id] = item with { Article = member };
                }
            }
        }

        foreach (var (id, item) in Prepare([.. unpreparedOf.SelectMany(m => m)], cancellationToken))
        {
            prepared[id] = item;
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var (group, members) = (groups[g], unpreparedOf[g]);
            var ids = group.NewArticles.Concat(StoredOf(group).Select(m => m.Id))
                .Concat(group.Stories.SelectMany(story => contextByStory[story]))
                .Distinct(StringComparer.Ordinal);
            var story = StoryBuilder.Build([.. ids.Select(id => (prepared[id].Article!, prepared[id].Assign))]);
            written.Add(story);
            foreach (var old in group.Stories.Where(s => !string.Equals(s, story.Id, StringComparison.Ordinal)))
            {
                removed.Add(old);
                renamed[old] = story.Id;
            }
        }

        // A story taken apart keeps its id if a story written has it; otherwise the id follows the article it was made from.
        var writtenIds = written.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (old, _) in piecesOf.Where(p => !writtenIds.Contains(p.Key)))
        {
            var named = (storedMembers.GetValueOrDefault(old) ?? []).FirstOrDefault(a => StoryBuilder.IdOf(a) == old)?.Id;
            removed.Add(old);
            if (written.FirstOrDefault(w => named is not null && w.Articles.Contains(named, StringComparer.Ordinal)) is { } heir)
            {
                renamed[old] = heir.Id;
            }
        }

        var grouped = clock.Elapsed;
        var (printsOf, passagePairs) = FindPassageCandidates(fresh, prepared, links, [.. duplicates.Select(d => d.Id)], cancellationToken);
        var passages = clock.Elapsed;
        var (reuse, readAgain) = Align(links, passagePairs, prepared, cancellationToken);
        var align = clock.Elapsed;
        store.SaveAssignment(new StoryAssignmentChange(
            links,
            reuse,
            written,
            removed,
            fresh.ToDictionary(a => a.Id, a => a.Published, StringComparer.Ordinal),
            fresh.ToDictionary(a => a.Id, a => prepared[a.Id].Assign.Profile.IndexTerms, StringComparer.Ordinal))
        {
            Renamed = renamed,
            PassagePrintsOf = printsOf,
            Attachments = attachments,
        });
        foreach (var (id, item) in prepared)
        {
            known[id] = item;
        }

        var times = new AssignTimes
        {
            Load = load,
            Profile = profile - load,
            Link = link - profile,
            Group = grouped - link,
            Passages = passages - grouped,
            Align = align - passages,
            Save = clock.Elapsed - align,
            PassagePairs = passagePairs.Count,
            ReadForReuse = readAgain,
        };
        return new AssignTally(fresh.Count, context.Count, links.Count, reuse.Count, written.Count, removed.Count, times);
    }

    /// <summary>
    /// The assigned articles a new one may link with: dated ones near the new dated ones in time; with an undated
    /// new article, every one sharing an index term with it; with dated new ones, the undated ones sharing an index
    /// term. Distinct, in a fixed order.
    /// </summary>
    private (List<(string Id, string Story)> Context, List<Article> Loaded) Context(IReadOnlyList<Article> fresh, Dictionary<string, Prepared> prepared, Func<string, bool> cached)
    {
        var found = new List<(string Id, string Story)>();
        var dated = fresh.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
        if (dated.Count > 0)
        {
            // Within the event window every article may link (near-duplicates need no shared index term); further,
            // up to the story window, only those sharing an index term can; further still, up to LongWindow, only those
            // sharing two of one new article's names that are index terms (StoryLinker's far-apart pairs).
            found.AddRange(store.AssignedNear(dated.Min() - StoryLinker.Window, dated.Max() + StoryLinker.Window));
            var datedProfiles = fresh.Where(a => a.Published is not null).Select(a => prepared[a.Id].Assign.Profile).ToList();
            var datedTerms = datedProfiles.SelectMany(p => p.IndexTerms).ToHashSet();
            found.AddRange(store.AssignedSharing(datedTerms, undatedOnly: false, dated.Min() - StoryLinker.StoryWindow, dated.Max() + StoryLinker.StoryWindow));
            var named = datedProfiles.Select(p => (IReadOnlyCollection<ulong>)[.. StoryLinker.NamedIndexTerms(p).Distinct()]).ToList();
            found.AddRange(store.AssignedSharingEach(named, StoryLinker.FarApartSharedTerms, dated.Min() - StoryLinker.LongWindow, dated.Max() + StoryLinker.LongWindow));
            found.AddRange(store.AssignedSharing(datedTerms, undatedOnly: true));
        }

        var undatedTerms = fresh.Where(a => a.Published is null).SelectMany(a => prepared[a.Id].Assign.Profile.IndexTerms).ToHashSet();
        if (undatedTerms.Count > 0)
        {
            found.AddRange(store.AssignedSharing(undatedTerms, undatedOnly: false));
        }

        // Articles profiled for an earlier chunk are not read again.
        var distinct = found.DistinctBy(c => c.Id, StringComparer.Ordinal).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var loaded = store.FindAll([.. distinct.Where(c => !cached(c.Id)).Select(c => c.Id)], withRawText: false);
        var present = loaded.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return ([.. distinct.Where(c => present.Contains(c.Id) || cached(c.Id))], [.. loaded]);
    }

    /// <summary>
    /// What the batch changes among lone articles (<see cref="LoneArticles"/>): the rows to write, the new partner of each
    /// article whose story is not taken apart, and the stored stories taken apart because a lone article of theirs that was
    /// attached moves (to a closer new article, or out, being linked now).
    /// </summary>
    private (AttachmentChanges Changes, Dictionary<string, string> Attached, List<StoryGrouping.StoryPieces> TakenApart, IReadOnlyDictionary<string, IReadOnlyList<Article>> MembersRead) Lone(
        IReadOnlyList<Article> fresh, List<StoryLink> links, LinkedArticles scored, Dictionary<string, Prepared> prepared, Dictionary<string, string> storyOf)
    {
        // With attaching off, the lone rows are still kept (attached to none), so that turning it on later finds them.
        var linkRules = rules ?? LinkRules.Default;

        var freshIds = fresh.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var linked = links.SelectMany(l => new[] { l.A, l.B }).ToHashSet(StringComparer.Ordinal);
        // The rows this run read or wrote are kept (null: the article is not lone), so a stored article is read once a run.
        var touched = linked.Concat(scored.Candidates.Keys).Where(id => !freshIds.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var unread = touched.Where(id => !_lone.ContainsKey(id)).ToList();
        var read = unread.Count == 0 ? new Dictionary<string, Attachment>() : store.Attachments(unread);
        foreach (var id in unread)
        {
            _lone[id] = read.GetValueOrDefault(id);
        }

        var stored = touched.Where(id => _lone[id] is not null).ToDictionary(id => id, id => _lone[id]!, StringComparer.Ordinal);

        // Only a pair with an article that may still attach is scored down to the attach bar: lone, and in few enough pairs.
        var maxCandidates = linkRules.AttachMaxCandidates;
        bool MayAttach(string id)
        {
            if (linked.Contains(id))
            {
                return false;
            }

            // A stored article with no row has a link: it is not lone.
            var before = freshIds.Contains(id) ? 0 : stored.TryGetValue(id, out var row) ? Math.Min(row.Candidates, maxCandidates + 1) : maxCandidates + 1;
            return before + scored.Candidates.GetValueOrDefault(id) <= maxCandidates;
        }

        var linker = new StoryLinker(linkRules);
        var scoredPairs = linkRules.AttachThreshold is null ? [] : scored.Compared.Where(p => MayAttach(p.A.Id) || MayAttach(p.B.Id)).ToList();
        var closeness = new double[scoredPairs.Count];
        Parallel.For(0, scoredPairs.Count, i => closeness[i] = linker.Closeness(scoredPairs[i].A, scoredPairs[i].B));

        // Two pages of one site close only through its chrome do not attach either (SiteChrome), judged as links are.
        var lines = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> LinesOf(Article article) => lines.TryGetValue(article.Id, out var known) ? known : lines[article.Id] = SiteChrome.Lines(article.CleanText);
        var close = scoredPairs.Select((p, i) => (Pair: p, Closeness: closeness[i])).Where(c => c.Closeness > 0)
            .Select(c => CloseArticles.Between(c.Pair.A.Id, c.Pair.B.Id, c.Closeness))
            .Where(c => !(SiteChrome.Judged(prepared[c.A].Assign, prepared[c.B].Assign)
                && prepared[c.A].Article is { } a && prepared[c.B].Article is { } b && SiteChrome.OneSource(a, b) && LinesOf(a).Overlaps(LinesOf(b))))
            .ToList();
        var changes = LoneArticles.Decide(freshIds, linked, stored, close, scored.Candidates, maxCandidates);

        foreach (var row in changes.Written)
        {
            _lone[row.Article] = row;
        }

        foreach (var id in changes.Linked.Concat(freshIds.Where(linked.Contains)))
        {
            _lone[id] = null;
        }

        var newPartner = changes.Written.ToDictionary(w => w.Article, w => w.Partner, StringComparer.Ordinal);
        foreach (var id in changes.Linked)
        {
            newPartner[id] = null;
        }

        // A stored lone article attached to a partner is held in its story by that attachment alone: if it moves, the story is
        // taken apart. One attached to none is its story's root, and the story moves whole.
        var apart = newPartner.Where(n => stored.TryGetValue(n.Key, out var row) && row.Partner is not null && row.Partner != n.Value && storyOf.ContainsKey(n.Key))
            .Select(n => n.Key)
            .Select(id => storyOf[id]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var pieces = new List<StoryGrouping.StoryPieces>();
        var members = apart.Count == 0 ? new Dictionary<string, IReadOnlyList<Article>>() : store.MembersByStory(apart, withRawText: false);
        if (apart.Count > 0)
        {
            var rows = store.Attachments([.. members.Values.SelectMany(m => m).Select(a => a.Id)]);
            foreach (var story in apart)
            {
                var ids = (members.GetValueOrDefault(story) ?? []).Select(a => a.Id).ToList();
                pieces.Add(new StoryGrouping.StoryPieces(
                    story,
                    [.. ids.Where(id => !rows.ContainsKey(id))],
                    ids.Where(rows.ContainsKey).ToDictionary(id => id, id => newPartner.TryGetValue(id, out var partner) ? partner : rows[id].Partner, StringComparer.Ordinal)));
            }
        }

        var inPieces = pieces.SelectMany(p => p.Lone.Keys).ToHashSet(StringComparer.Ordinal);
        var attached = changes.Written.Where(w => w.Partner is not null && !inPieces.Contains(w.Article)).ToDictionary(w => w.Article, w => w.Partner!, StringComparer.Ordinal);
        return (changes, attached, pieces, members);
    }

    /// <summary>Content terms and profile of each article, on all cores.</summary>
    private Dictionary<string, Prepared> Prepare(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var results = new Prepared[articles.Count];
        var weights = termWeights();
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var article = articles[i];
            var terms = ContentTerms.Of(article.CleanText, weights);
            var profile = ArticleProfile.Of(article.Title, terms, weights);
            results[i] = new Prepared(article, terms, new AssignArticle(article.Id, article.Published, article.ContentHash, profile));
        });
        return results.ToDictionary(p => p.Assign.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Each new article's passage fingerprints, and the pairs of a new article and another that share passages
    /// (<see cref="PassageCandidates"/>). An exact duplicate is neither looked up nor indexed: its original stands for
    /// it (they are linked), and a wire text reprinted word for word by many outlets would otherwise fill its prints
    /// past the boilerplate cap. Pairs linked as one event are left out (they are aligned anyway).
    /// </summary>
    private (IReadOnlyDictionary<string, ulong[]> Prints, IReadOnlyList<(string A, string B)> Pairs) FindPassageCandidates(
        IReadOnlyList<Article> fresh, Dictionary<string, Prepared> prepared, List<StoryLink> links, HashSet<string> copies, CancellationToken cancellationToken)
    {
        var ordered = fresh.Where(a => !copies.Contains(a.Id)).Select(a => prepared[a.Id].Assign).Order(AssignArticle.Canonical)
            .Select(a => (a.Id, prepared[a.Id].Terms!)).ToList();
        var linked = links.Where(l => l.Kind.IsEvent()).Select(l => (l.A, l.B)).ToHashSet();
        return new PassageCandidates(store).Find(ordered, linked, cancellationToken);
    }

    /// <summary>
    /// The pairs that share copy or a passage, with their aligned passages, on all cores: the linked pairs of one
    /// event and the pairs found by passage fingerprints (whose other article is read here when it is not at hand);
    /// and how many articles had to be read.
    /// </summary>
    private (List<ReusePair> Pairs, int Read) Align(List<StoryLink> links, IReadOnlyList<(string A, string B)> passagePairs, Dictionary<string, Prepared> prepared, CancellationToken cancellationToken)
    {
        var weights = termWeights();
        var terms = new ConcurrentDictionary<string, ContentTerms>(StringComparer.Ordinal);
        var published = new ConcurrentDictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        var eventLinks = links.Where(l => l.Kind.IsEvent()).ToList();
        var missing = passagePairs.SelectMany(p => new[] { p.A, p.B }).Concat(eventLinks.SelectMany(l => new[] { l.A, l.B }))
            .Where(id => !prepared.TryGetValue(id, out var item) || item.Terms is null).Distinct(StringComparer.Ordinal).ToList();
        foreach (var batch in missing.Chunk(256))
        {
            Parallel.ForEach(store.FindAll(batch, withRawText: false), new ParallelOptions { CancellationToken = cancellationToken },
                article =>
                {
                    terms[article.Id] = ContentTerms.Of(article.CleanText, weights);
                    published[article.Id] = article.Published;
                });
        }

        ContentTerms? TermsOf(string id) => prepared.TryGetValue(id, out var item) && item.Terms is { } t ? t : terms.GetValueOrDefault(id);
        DateTimeOffset? PublishedOf(string id) => prepared.TryGetValue(id, out var item) ? item.Assign.Published : published.GetValueOrDefault(id);

        var found = new ConcurrentBag<ReusePair>();
        Parallel.ForEach(eventLinks, new ParallelOptions { CancellationToken = cancellationToken }, link =>
        {
            if (TermsOf(link.A) is not { } a || TermsOf(link.B) is not { } b)
            {
                return;
            }

            var match = ReuseAligner.Align(a, b);
            if (match.SharesCopy || match.Passages.Count > 0 || link.Kind.IsCopy())
            {
                found.Add(new ReusePair(link.A, link.B, link.Kind == LinkKind.Duplicate ? 1 : match.Score, match.Passages));
            }
        });
        Parallel.ForEach(passagePairs, new ParallelOptions { CancellationToken = cancellationToken }, pair =>
        {
            if (TermsOf(pair.A) is { } a && TermsOf(pair.B) is { } b
                && ReuseAligner.Align(a, b, PassageSearch.OnlyWordForWord(PublishedOf(pair.A), PublishedOf(pair.B))) is { Passages.Count: > 0 } match)
            {
                found.Add(new ReusePair(pair.A, pair.B, match.Score, match.Passages));
            }
        });
        return ([.. found.OrderBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)], missing.Count);
    }

    /// <summary>
    /// An article ready to link: its article and terms are kept only while it can still be linked as one event
    /// (its copy is aligned with the other article's), and dropped once it is further than
    /// <see cref="StoryLinker.Window"/> behind the new articles: from there on it can only be linked as one story,
    /// by its profile alone (the article is read again if a story it is in is written).
    /// </summary>
    private sealed record Prepared(Article? Article, ContentTerms? Terms, AssignArticle Assign)
    {
        /// <summary>The profile alone, once it is further than the event window behind <paramref name="newest"/>.</summary>
        public Prepared Light(DateTimeOffset? newest) =>
            (Terms is not null || Article is not null) && newest is { } n && Assign.Published is { } p && p < n - StoryLinker.Window
                ? new Prepared(null, null, Assign with { Profile = Assign.Profile.WithoutShingles() })
                : this;
    }
}
