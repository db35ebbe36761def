using System.Collections.Concurrent;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Web;

/// <summary>
/// Readers of one database file, one per request in flight: a SQLite connection serves one thread at a time.
/// Opened when no idle one is left, kept for the next request, closed with the pool. The store is caught up once
/// when the server starts (<see cref="KhabarServer"/>), so a request only reads.
/// </summary>
public sealed class StorePool(string path, PipelineParts parts) : IDisposable
{
    private readonly ConcurrentBag<Lease> _idle = [];
    private readonly ConcurrentBag<Lease> _all = [];

    /// <summary>A reader for the length of one request; give it back with <see cref="Return"/>.</summary>
    public Lease Rent()
    {
        if (_idle.TryTake(out var lease))
        {
            return lease;
        }

        var store = SqliteArticleStore.OpenForReading(path);
        lease = new Lease(store, new KhabarPipeline(store, parts).Reader);
        _all.Add(lease);
        return lease;
    }

    public void Return(Lease lease) => _idle.Add(lease);

    public void Dispose()
    {
        foreach (var lease in _all)
        {
            lease.Store.Dispose();
        }
    }

    /// <summary>One open store and the reader over it.</summary>
    public sealed record Lease(SqliteArticleStore Store, StoryReader Reader);
}
