using System.Collections.Concurrent;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;

namespace Khabar.Core.Store;

/// <summary>
/// Streams articles into a store: a batch is read, prepared on all cores (Clean + Analyze are pure), and
/// written in one transaction, in input order, so ids and outcomes do not depend on thread timing. Memory is
/// bounded by the batch size; a killed process loses at most the batch in flight, and running the same input
/// again finishes the job (articles already stored are recognised and skipped). Workers sharing a store and reading
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
        foreach (var article in readAhead.GetConsumingEnumerable(cancellationToken))
        {
            batch.Add(article);
            if (batch.Count == batchSize)
            {
                tally = tally.Add(Flush(batch, cancellationToken));
                progress?.Report(tally);
            }
        }

        if (batch.Count > 0)
        {
            tally = tally.Add(Flush(batch, cancellationToken));
            progress?.Report(tally);
        }

        reader.GetAwaiter().GetResult(); // surfaces a reader failure instead of losing it
        return tally;
    }

    private (IReadOnlyList<ArticleWrite> Writes, int LeftToOthers) Flush(List<RawArticle> batch, CancellationToken cancellationToken)
    {
        // A re-run (after a kill, or of the same inputs) skips preparing what is stored already.
        var stored = store.AlreadyStored(batch.ConvertAll(a => (a.Id, a.Text)));
        var claims = new List<IDisposable>(batch.Count);
        try
        {
            var fresh = new List<RawArticle>(batch.Count);
            var others = 0;
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

            return Write(batch, fresh, others, cancellationToken);
        }
        finally
        {
            claims.ForEach(c => c.Dispose());
        }
    }

    private (IReadOnlyList<ArticleWrite> Writes, int LeftToOthers) Write(List<RawArticle> batch, List<RawArticle> fresh, int others, CancellationToken cancellationToken)
    {
        var prepared = new ArticleToStore[fresh.Count];
        Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var article = preparation.Prepare(fresh[i]);
            prepared[i] = new ArticleToStore(article.Article, [DerivedCodec.Cleaning(article.Cleaning), DerivedCodec.Analysis(article.Analysis)]);
        });
        cancellationToken.ThrowIfCancellationRequested();
        var writes = store.Write(prepared);
        var skipped = batch.Count - fresh.Count - others;
        batch.Clear();
        return (skipped == 0
            ? writes
            : [.. writes, .. Enumerable.Repeat(new ArticleWrite(string.Empty, WriteOutcome.AlreadyStored, null), skipped)], others);
    }
}
