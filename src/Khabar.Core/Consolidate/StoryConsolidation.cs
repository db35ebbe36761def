using System.Runtime.ExceptionServices;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Store;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Runs the Consolidate stage over a store: every story without a consolidation at the current
/// <see cref="StoryConsolidator.Stamp"/> (new, grown, merged, or made by older code) is consolidated once and
/// the result stored. Stories are read a batch at a time on the calling thread, consolidated on all cores while
/// the next batch is read, and written in order, every batch done by then in one transaction, so memory stays flat
/// (at most a few batches in flight) and a killed run keeps every batch written before it. The consolidator is asked for only when a story is to be consolidated.
/// </summary>
public sealed class StoryConsolidation(IStore store, Func<StoryConsolidator> consolidator)
{
    public StoryConsolidation(IStore store, StoryConsolidator consolidator)
        : this(store, () => consolidator)
    {
    }

    private const int Batch = 64;

    /// <summary>Batches consolidated at once while the next is read.</summary>
    private const int InFlight = 4;

    /// <summary>
    /// The most articles a story is consolidated over. Consolidation compares sentences pairwise, so its cost
    /// grows with the square of a story's size; a story this large is a grouping of many events (templated news
    /// chained together) more than one story, and is consolidated over this many of its articles, spread evenly
    /// over its time span, so that a run's cost stays bounded.
    /// </summary>
    public const int MaxArticles = 200;

    public ConsolidateTally Run(CancellationToken cancellationToken = default)
    {
        var stale = store.StaleConsolidations(StoryConsolidator.Stamp);
        // Each story is claimed before it is read (TryClaim): workers sharing a store consolidate each story once
        // between them, and a story another worker holds is left to it. Claims are given back once the batch is stored.
        // A few batches in flight, so that a core left idle by one batch's largest story takes up the next batch;
        // they are written in order, the oldest as soon as it is done.
        var computing = new Queue<(Task<ConsolidationToStore[]> Records, List<IDisposable> Claims)>();
        var done = 0;

        // The batches whose turn it is (the oldest, while more than InFlight are in flight or the oldest is done) are
        // written in one transaction: fewer, larger commits write each page of the tables' indexes to the log fewer times.
        void StoreReady(bool all)
        {
            var ready = new List<(Task<ConsolidationToStore[]> Records, List<IDisposable> Claims)>();
            while (computing.Count > 0 && (all || computing.Count > InFlight || computing.Peek().Records.IsCompleted))
            {
                ready.Add(computing.Dequeue());
            }

            try
            {
                if (ready.Count > 0)
                {
                    var stored = ready.SelectMany(r => r.Records.GetAwaiter().GetResult()).ToList();
                    store.PutConsolidations(stored);
                    done += stored.Count;
                }
            }
            finally
            {
                ready.ForEach(r => r.Claims.ForEach(c => c.Dispose()));
            }
        }

        try
        {
            foreach (var chunk in stale.Chunk(Batch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var claims = new List<IDisposable>(chunk.Length);
                var ids = new List<string>(chunk.Length);
                try
                {
                    foreach (var id in chunk)
                    {
                        if (store.TryClaim(StoreRole.Consolidation, id) is { } claim)
                        {
                            claims.Add(claim);
                            ids.Add(id);
                        }
                    }

                    var inputs = ReadBatch([.. ids]);
                    computing.Enqueue((Task.Run(() => Compute(inputs, cancellationToken), cancellationToken), claims));
                }
                catch
                {
                    claims.ForEach(c => c.Dispose());
                    throw;
                }

                StoreReady(all: false);
            }

            StoreReady(all: true);
        }
        finally
        {
            // A failed or cancelled run gives back what it still holds: other workers take those stories up.
            foreach (var (_, claims) in computing)
            {
                claims.ForEach(c => c.Dispose());
            }
        }

        return new ConsolidateTally(done);
    }

    /// <summary>Consolidates a story from its stored articles and stores the result, whatever was stored before; null when there is no such story.</summary>
    public ConsolidatedStory? Redo(string storyId)
    {
        if (ReadBatch([storyId]) is not [var inputs])
        {
            return null;
        }

        var consolidated = inputs.Consolidate(consolidator());
        store.PutConsolidations([new ConsolidationToStore(storyId, DerivedCodec.Consolidation(consolidated), StoryFacets.Of(consolidated)) { Members = inputs.Members.Count }]);
        return consolidated;
    }

    private ConsolidationToStore[] Compute(StoryInputs[] inputs, CancellationToken cancellationToken)
    {
        var records = new ConsolidationToStore[inputs.Length];
        var consolidating = consolidator();
        try
        {
            Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var consolidated = inputs[i].Consolidate(consolidating);
                records[i] = new ConsolidationToStore(inputs[i].Story, DerivedCodec.Consolidation(consolidated), StoryFacets.Of(consolidated)) { Members = inputs[i].Members.Count };
            });
        }
        catch (AggregateException failure)
        {
            ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
        }

        return records;
    }

    /// <summary>What consolidating a batch of stories reads, the articles and analyses of all in two queries; gone stories left out.</summary>
    private StoryInputs[] ReadBatch(string[] storyIds)
    {
        var members = store.MembersByStory(storyIds, withRawText: false);
        var analyses = store.DerivedOfMembers(storyIds, DerivedCodec.AnalysisKind, Analyze.ArticleAnalyzer.Version);
        return [.. storyIds.Where(members.ContainsKey).Select(id => Inputs(id, members[id], analyses))];
    }

    private StoryInputs Inputs(string storyId, IReadOnlyList<Article> members, IReadOnlyDictionary<string, byte[]> analyses) => new(
        storyId,
        members,
        Spread([.. members.Where(a => analyses.ContainsKey(a.Id))]),
        analyses,
        store.ReuseOf(storyId),
        store.LinksOf(storyId));

    /// <summary>At most <see cref="MaxArticles"/> of a story's articles, evenly spaced in time order, kept in store order.</summary>
    private static List<Article> Spread(List<Article> articles)
    {
        if (articles.Count <= MaxArticles)
        {
            return articles;
        }

        var byTime = articles.OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.ContentHash, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var kept = Enumerable.Range(0, MaxArticles).Select(i => byTime[(int)((long)i * byTime.Count / MaxArticles)].Id).ToHashSet(StringComparer.Ordinal);
        return articles.FindAll(a => kept.Contains(a.Id));
    }

    /// <summary>
    /// What one story is consolidated from: all its articles (for its events), those consolidated (at most
    /// <see cref="MaxArticles"/>), their analyses, the copy they share and the links among them.
    /// </summary>
    private sealed record StoryInputs(
        string Story,
        IReadOnlyList<Article> Members,
        IReadOnlyList<Article> Articles,
        IReadOnlyDictionary<string, byte[]> Analyses,
        IReadOnlyList<ReusePair> Reuse,
        IReadOnlyList<StoryLink> Links)
    {
        public ConsolidatedStory Consolidate(StoryConsolidator consolidator)
        {
            var events = StoryEvent.Groups(Members, Links);
            var consolidated = consolidator.Consolidate(
                [.. Articles.Select(a => new StoryArticle(a, DerivedCodec.ReadAnalysis(Analyses[a.Id])))], Reuse, [.. Links.Where(l => l.Kind.IsCopy())],
                StoryEvent.Partition(events));
            return consolidated with { Events = StoryEvent.Of(events, consolidated.Entities) };
        }
    }
}

/// <summary>How many stories a consolidation run consolidated.</summary>
public sealed record ConsolidateTally(int Stories);
