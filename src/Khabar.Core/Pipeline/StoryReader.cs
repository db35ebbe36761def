using System.Collections.Concurrent;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Clean;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Reuse;
using Khabar.Core.Search;
using Khabar.Core.Store;

namespace Khabar.Core.Pipeline;

/// <summary>
/// Reads stored stories and articles back as typed records for presentation: nothing is analysed here, cached
/// records are only decoded. A story whose consolidation is missing or out of date (a store written by older
/// code) is consolidated by the Consolidate stage on first read and stored.
/// </summary>
public sealed class StoryReader(IStore store, StoryConsolidation consolidation)
{
    /// <summary>Stories read together (three queries for the batch) and handed over together: at most this many...</summary>
    private const int Batch = 64;

    /// <summary>
    /// ...and no more articles than this once a batch holds one story. The largest stories come first, and a first batch
    /// of 64 of them (2,142 of SaudiNewsNet's articles) kept the writer waiting while it was read.
    /// </summary>
    private const int BatchArticles = 256;

    /// <summary>Every story, the largest first (then by id), without its articles' records.</summary>
    public IReadOnlyList<Story> Stories() => store.Stories();

    /// <summary>
    /// One story in full, by its id or an old id of it (merged or renamed: the story returned has its current id);
    /// null when the store knows neither. What cleaning removed from its articles, and their raw text, are read
    /// only <paramref name="withRemovals"/> (empty otherwise).
    /// </summary>
    public StoryRecord? Story(string id, bool withRemovals = true) =>
        store.FindStory(id) is { } story ? Decode(ReadBatch([story], withRemovals)[0]) ?? Repaired(story, withRemovals) : null;

    /// <summary>
    /// Every story in full, the largest first. The store is read and decoded on a thread of its own a batch at a
    /// time, and the records handed over while the caller writes the ones before (on two cores, reading and
    /// writing a report cost about the same): a few batches are in memory at once, never all the stories. Removals
    /// and raw text as for <see cref="Story"/>. The store must not be used by anyone else until the enumeration
    /// ends (it ends when the caller stops, too).
    /// </summary>
    public IEnumerable<StoryRecord> All(bool withRemovals = true)
    {
        using var stop = new CancellationTokenSource();
        using var ready = new BlockingCollection<StoryRecord[]>(boundedCapacity: 4);
        var reading = Task.Factory.StartNew(() => Produce(withRemovals, ready, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in ready.GetConsumingEnumerable())
            {
                foreach (var record in batch)
                {
                    yield return record;
                }
            }

            reading.GetAwaiter().GetResult(); // a failure of the reading thread reaches the caller as it was thrown
        }
        finally
        {
            stop.Cancel();
            try
            {
                reading.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Thrown above already, or the cancellation of a reader the caller left early.
            }
        }
    }

    /// <summary>The reading thread of <see cref="All"/>: batches read, decoded, repaired, handed over in order.</summary>
    private void Produce(bool withRemovals, BlockingCollection<StoryRecord[]> ready, CancellationToken stop)
    {
        try
        {
            foreach (var batch in Batches(store.StoryRows()))
            {
                var read = ReadBatch(batch, withRemovals);
                var records = new StoryRecord[read.Length];
                for (var i = 0; i < read.Length; i++)
                {
                    records[i] = Decode(read[i]) ?? Repaired(read[i].Story, withRemovals);
                }

                ready.Add(records, stop);
            }
        }
        finally
        {
            ready.CompleteAdding();
        }
    }

    /// <summary>The stories in order, cut into batches of at most <see cref="Batch"/> stories and <see cref="BatchArticles"/> articles (a larger story alone).</summary>
    private static IEnumerable<Story[]> Batches(IReadOnlyList<(Story Story, int Size)> stories)
    {
        var batch = new List<Story>(Batch);
        var articles = 0;
        foreach (var (story, size) in stories)
        {
            if (batch.Count > 0 && (batch.Count == Batch || articles + size > BatchArticles))
            {
                yield return [.. batch];
                batch.Clear();
                articles = 0;
            }

            batch.Add(story);
            articles += size;
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    /// <summary>The ids of the stories whose facts have <paramref name="status"/>, as their stored consolidations say.</summary>
    public IReadOnlySet<string> StoriesWith(StoryStatus status) => store.StoriesWith(status, StoryConsolidator.Stamp);

    /// <summary>The stories that name the entity with <paramref name="key"/> (<see cref="EntityKeys"/>), the name each shows and how often.</summary>
    public IReadOnlyList<EntityAppearance> StoriesNaming(string key) => store.StoriesNaming(key);

    /// <summary>How many stored articles come from <paramref name="outlet"/>.</summary>
    public long ArticlesFrom(string outlet) => store.ArticlesFrom(outlet);

    /// <summary>The best <paramref name="limit"/> sentences for <paramref name="query"/>, grouped by story (<see cref="ArticleSearch"/>).</summary>
    public SearchResults Search(SearchQuery query, int limit) => ArticleSearch.Find(store, query, limit);

    /// <summary>One stored article as <see cref="Articles"/> gives it, by id; null when the store has none.</summary>
    public ArticleRecord? Article(string id)
    {
        if (store.Find(id) is not { } article)
        {
            return null;
        }

        return new ArticleRecord(
            article,
            store.DuplicateOf(id),
            store.GetDerived(id, DerivedCodec.CleaningKind, ArticleCleaner.Version) is { } removals ? DerivedCodec.ReadRemovals(removals) : [],
            store.GetDerived(id, DerivedCodec.AnalysisKind, ArticleAnalyzer.Version) is { } analysis ? DerivedCodec.ReadAnalysis(analysis) : null,
            new PassageSources(store).Of(article));
    }

    /// <summary>
    /// Every article in the order stored, with what cleaning removed, its analysis (null if out of date) and its
    /// passages found in earlier articles.
    /// </summary>
    public IEnumerable<ArticleRecord> Articles()
    {
        var sources = new PassageSources(store);
        foreach (var stored in store.ArticlesWith([(DerivedCodec.CleaningKind, ArticleCleaner.Version), (DerivedCodec.AnalysisKind, ArticleAnalyzer.Version)]))
        {
            yield return new ArticleRecord(
                stored.Article,
                stored.DuplicateOf,
                stored.Derived[0] is { } removals ? DerivedCodec.ReadRemovals(removals) : [],
                stored.Derived[1] is { } analysis ? DerivedCodec.ReadAnalysis(analysis) : null,
                sources.Of(stored.Article));
        }
    }

    /// <summary>
    /// A batch of stories read with two queries in all (three with the removals); a story with no stored
    /// consolidation is consolidated now, on the store's thread.
    /// </summary>
    private Stored[] ReadBatch(Story[] batch, bool withRemovals)
    {
        var ids = batch.Select(s => s.Id).ToArray();
        var payloads = store.ConsolidationsOf(ids, StoryConsolidator.Stamp);
        var redone = batch.Where(s => !payloads.ContainsKey(s.Id)).ToDictionary(s => s.Id, s => consolidation.Redo(s.Id), StringComparer.Ordinal);
        var members = store.MembersByStory(ids, withRawText: withRemovals);
        var removals = withRemovals ? store.DerivedOfMembers(ids, DerivedCodec.CleaningKind, ArticleCleaner.Version) : NoRemovals;
        return [.. batch.Select(story =>
        {
            var articles = members.GetValueOrDefault(story.Id) ?? [];
            return new Stored(
                story with { Articles = [.. articles.Select(a => a.Id)] }, // a listed story comes without them
                articles,
                removals.Count == 0 ? NoRemovals : articles.Where(a => removals.ContainsKey(a.Id)).ToDictionary(a => a.Id, a => removals[a.Id], StringComparer.Ordinal),
                payloads.GetValueOrDefault(story.Id),
                redone.GetValueOrDefault(story.Id));
        })];
    }

    private static readonly IReadOnlyDictionary<string, byte[]> NoRemovals = new Dictionary<string, byte[]>();

    /// <summary>The record of a story as read; null when its stored consolidation is damaged.</summary>
    private static StoryRecord? Decode(Stored stored)
    {
        ConsolidatedStory consolidated;
        try
        {
            consolidated = stored.Consolidated ?? DerivedCodec.ReadConsolidation(stored.Payload!, stored.Articles);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        return new StoryRecord(
            stored.Story,
            stored.Articles,
            consolidated,
            stored.Removals.ToDictionary(r => r.Key, r => DerivedCodec.ReadRemovals(r.Value), StringComparer.Ordinal));
    }

    /// <summary>A story whose stored consolidation could not be read, consolidated again from its articles.</summary>
    private StoryRecord Repaired(Story story, bool withRemovals)
    {
        var again = consolidation.Redo(story.Id) ?? throw new InvalidOperationException($"story {story.Id} vanished while it was read");
        return Decode(ReadBatch([story], withRemovals)[0] with { Payload = null, Consolidated = again })!;
    }

    /// <summary>A story as read, its records not yet decoded.</summary>
    private sealed record Stored(
        Story Story,
        IReadOnlyList<Article> Articles,
        IReadOnlyDictionary<string, byte[]> Removals,
        byte[]? Payload,
        ConsolidatedStory? Consolidated);
}

/// <summary>
/// One stored story in full: the story, its articles in the order stored, the exact and near-duplicate links
/// among them, the pairs sharing copy, its consolidation (entities, facts, conflicts, days, timeline, summary)
/// and what cleaning removed from each article (raw-text offsets; read with the raw text, or neither).
/// </summary>
public sealed record StoryRecord(
    Story Story,
    IReadOnlyList<Article> Articles,
    ConsolidatedStory Consolidated,
    IReadOnlyDictionary<string, IReadOnlyList<StoredRemoval>> Removals)
{
    /// <summary>The exact and near-duplicate links among its articles, as consolidated.</summary>
    public IReadOnlyList<StoryLink> Duplicates => Consolidated.Duplicates;

    /// <summary>The pairs of its articles sharing copy, as consolidated.</summary>
    public IReadOnlyList<ReusePair> Reuse => Consolidated.Reuse;

    public Article? Find(string id) => Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}

/// <summary>
/// One stored article with the id of the article it exactly duplicates, its removals, its analysis and its passages
/// found in earlier articles (<see cref="BorrowedPassage"/>).
/// </summary>
public sealed record ArticleRecord(Article Article, string? DuplicateOf, IReadOnlyList<StoredRemoval> Removals, ArticleAnalysis? Analysis, IReadOnlyList<BorrowedPassage> Borrowed);
