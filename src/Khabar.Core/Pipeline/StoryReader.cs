using System.Runtime.ExceptionServices;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Clean;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Reuse;
using Khabar.Core.Store;

namespace Khabar.Core.Pipeline;

/// <summary>
/// Reads stored stories and articles back as typed records for presentation: nothing is analysed here, cached
/// records are only decoded. A story whose consolidation is missing or out of date (a store written by older
/// code) is consolidated by the Consolidate stage on first read and stored.
/// </summary>
public sealed class StoryReader(IStore store, StoryConsolidation consolidation)
{
    /// <summary>Stories decoded together on all cores while the next ones are read.</summary>
    private const int Batch = 64;

    /// <summary>Every story, the largest first (then by id), without its articles' records.</summary>
    public IReadOnlyList<Story> Stories() => store.Stories();

    /// <summary>
    /// One story in full, by its id or an old id of it (merged or renamed: the story returned has its current id);
    /// null when the store knows neither. What cleaning removed from its articles is
    /// read only <paramref name="withRemovals"/> (empty otherwise).
    /// </summary>
    public StoryRecord? Story(string id, bool withRemovals = true) =>
        store.FindStory(id) is { } story ? Decode(ReadBatch([story], withRemovals)[0]) ?? Repaired(story, withRemovals) : null;

    /// <summary>
    /// Every story in full, the largest first. The store is read on the calling thread a batch at a time, and
    /// each batch decoded on all cores while the next is read: the stories are never all in memory.
    /// </summary>
    public IEnumerable<StoryRecord> All(bool withRemovals = true)
    {
        var stories = store.Stories();
        Task<(Stored[] Read, StoryRecord?[] Records)>? decoding = null;
        foreach (var batch in stories.Chunk(Batch))
        {
            var read = ReadBatch(batch, withRemovals);
            var previous = decoding;
            decoding = Task.Run(() => (read, DecodeAll(read)));
            if (previous is not null)
            {
                foreach (var record in Finish(previous, withRemovals))
                {
                    yield return record;
                }
            }
        }

        if (decoding is not null)
        {
            foreach (var record in Finish(decoding, withRemovals))
            {
                yield return record;
            }
        }
    }

    /// <summary>A decoded batch, a damaged record repaired on the calling thread (the store's).</summary>
    private IEnumerable<StoryRecord> Finish(Task<(Stored[] Read, StoryRecord?[] Records)> decoding, bool withRemovals)
    {
        var (read, records) = decoding.GetAwaiter().GetResult();
        for (var i = 0; i < records.Length; i++)
        {
            yield return records[i] ?? Repaired(read[i].Story, withRemovals);
        }
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

    private static StoryRecord?[] DecodeAll(Stored[] read)
    {
        var records = new StoryRecord?[read.Length];
        try
        {
            Parallel.For(0, read.Length, i => records[i] = Decode(read[i]));
        }
        catch (AggregateException failure)
        {
            ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
        }

        return records;
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
        var members = store.MembersByStory(ids);
        var removals = withRemovals ? store.DerivedOfMembers(ids, DerivedCodec.CleaningKind, ArticleCleaner.Version) : NoRemovals;
        return [.. batch.Select(story =>
        {
            var articles = members.GetValueOrDefault(story.Id) ?? [];
            return new Stored(
                story,
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
/// and what cleaning removed from each article (raw-text offsets).
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
