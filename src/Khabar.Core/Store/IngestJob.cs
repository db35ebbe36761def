using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Core.Search;

namespace Khabar.Core.Store;

/// <summary>
/// Streams articles into a store: a batch is read, prepared on all cores (Clean + Analyze are pure, and so is
/// turning a sentence into search terms), and written with its search index rows in one transaction, in input
/// order, so ids and outcomes do not depend on thread timing. Memory is bounded by the batch size; a killed process
/// loses at most the two batches in flight (one being written, one prepared), and running the same input again
/// finishes the job (articles already stored are recognised and skipped). Workers sharing a store and reading
/// the same inputs split them: each article is claimed (by id) before it is prepared, and one another worker holds is
/// left to it (<see cref="IngestTally.LeftToOthers"/>); a worker that dies frees its claims, and the next run of the
/// same inputs stores what it had not.
/// </summary>
public sealed class IngestJob(IStore store, ArticlePreparation preparation, int batchSize = 256)
{
    public IngestTally Run(IEnumerable<RawArticle> articles, IProgress<IngestTally>? progress = null, CancellationToken cancellationToken = default)
    {
        // Reading (decoding, JSON and HTML parsing) runs one batch ahead on its own thread, so it overlaps the
        // parallel preparation and the write of the batch before; the bound keeps memory flat.
        using var readAhead = new BlockingCollection<RawArticle>(boundedCapacity: batchSize * 2);
        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var article in articles)
                {
                    readAhead.Add(article, cancellationToken);
                }
            }
            finally
            {
                readAhead.CompleteAdding();
            }
        }, cancellationToken);

        var tally = new IngestTally();
        var batch = new List<RawArticle>(batchSize);
        Prepared? waiting = null; // prepared, not written yet
        try
        {
            foreach (var article in readAhead.GetConsumingEnumerable(cancellationToken))
            {
                batch.Add(article);
                if (batch.Count == batchSize)
                {
                    waiting = Step(batch, waiting, ref tally, progress, cancellationToken);
                }
            }

            if (batch.Count > 0)
            {
                waiting = Step(batch, waiting, ref tally, progress, cancellationToken);
            }

            if (waiting is not null)
            {
                tally = Done(waiting, waiting.Write(store), tally, progress);
                waiting = null;
            }
        }
        finally
        {
            waiting?.Release();
        }

        reader.GetAwaiter().GetResult(); // surfaces a reader failure instead of losing it
        return tally;
    }

    /// <summary>
    /// One batch further: the batch is checked against the store and claimed, then prepared on all cores while the
    /// batch before it is written on a thread of its own (writing is one core's work: SQLite's and FTS5's). The
    /// store is never used from two threads at once: the check comes before that write starts, the next check after
    /// it ends. Returns the batch, prepared and waiting to be written.
    /// </summary>
    private Prepared Step(List<RawArticle> batch, Prepared? previous, ref IngestTally tally, IProgress<IngestTally>? progress, CancellationToken cancellationToken)
    {
        var current = Claim(batch);
        batch.Clear();
        var writing = previous is null ? null : Task.Run(() => previous.Write(store), CancellationToken.None);
        Exception? failed = null;
        try
        {
            current.Prepare(preparation, cancellationToken);
        }
        catch (Exception e)
        {
            failed = e;
        }

        // Waited for even when preparing failed: the store must be left alone before anything else uses it.
        IReadOnlyList<ArticleWrite>? writes = null;
        Exception? writeFailed = null;
        try
        {
            writes = writing?.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            writeFailed = e;
        }

        if (failed is not null || writeFailed is not null)
        {
            current.Release(); // the batch before is released by the caller, whose it still is
            if (failed is not null && writeFailed is not null)
            {
                throw new AggregateException(writeFailed, failed); // a failed write (disk full, database gone) is not lost behind the other
            }

            ExceptionDispatchInfo.Throw(writeFailed ?? failed!);
        }

        try
        {
            if (writes is not null)
            {
                tally = Done(previous!, writes, tally, progress);
            }
        }
        catch
        {
            current.Release();
            throw;
        }

        return current;
    }

    private static IngestTally Done(Prepared written, IReadOnlyList<ArticleWrite> writes, IngestTally tally, IProgress<IngestTally>? progress)
    {
        written.Release();
        tally = tally.Add(([.. writes, .. Enumerable.Repeat(new ArticleWrite(string.Empty, WriteOutcome.AlreadyStored, null), written.Skipped)], written.LeftToOthers));
        progress?.Report(tally);
        return tally;
    }

    /// <summary>A batch checked: what is stored already skipped (a re-run after a kill, or of the same inputs), what another worker holds left to it, the rest claimed.</summary>
    private Prepared Claim(List<RawArticle> batch)
    {
        var stored = store.AlreadyStored(batch.ConvertAll(a => (a.Id, a.Text)));
        var claims = new List<IDisposable>(batch.Count);
        var fresh = new List<RawArticle>(batch.Count);
        var others = 0;
        try
        {
            foreach (var article in batch)
            {
                if (stored.Contains(article.Id))
                {
                    continue;
                }

                if (store.TryClaim(StoreRole.Ingest, article.Id) is { } claim)
                {
                    claims.Add(claim);
                    fresh.Add(article);
                }
                else
                {
                    others++;
                }
            }
        }
        catch
        {
            claims.ForEach(c => c.Dispose()); // a claim that failed halfway gives back those already taken
            throw;
        }

        return new Prepared(fresh, claims, batch.Count - fresh.Count - others, others);
    }

    /// <summary>One batch's articles to store, the claims held on them until they are written, and what was skipped.</summary>
    private sealed class Prepared(List<RawArticle> fresh, List<IDisposable> claims, int skipped, int leftToOthers)
    {
        private ArticleToStore[] _articles = [];

        public int Skipped => skipped;

        public int LeftToOthers => leftToOthers;

        public void Prepare(ArticlePreparation preparation, CancellationToken cancellationToken)
        {
            var prepared = new ArticleToStore[fresh.Count];
            Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var article = preparation.Prepare(fresh[i]);
                prepared[i] = new ArticleToStore(
                    article.Article,
                    [DerivedCodec.Cleaning(article.Cleaning), DerivedCodec.Analysis(article.Analysis)],
                    SearchTerms.Of(article.Article.CleanText, article.Analysis));
            });
            cancellationToken.ThrowIfCancellationRequested();
            _articles = prepared;
            fresh.Clear();
        }

        public IReadOnlyList<ArticleWrite> Write(IStore store) => store.Write(_articles);

        public void Release()
        {
            claims.ForEach(c => c.Dispose());
            claims.Clear();
            _articles = [];
        }
    }
}
