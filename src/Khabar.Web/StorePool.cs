using System.Collections.Concurrent;
using Khabar.Core.Domain;
using Khabar.Core.Pipeline;
using Khabar.Web.Api;
using Khabar.Storage;

namespace Khabar.Web;

/// <summary>
/// Readers of one database file, one per request in flight: a SQLite connection serves one thread at a time.
/// Opened when no idle one is left, kept for the next request, closed with the pool. The store is caught up once
/// when the server starts (<see cref="KhabarServer"/>), so a request only reads. At most <paramref name="maxReaders"/>
/// are open: a burst of requests waits for a reader rather than opening (and mapping) the database once per request.
/// </summary>
public sealed class StorePool(string path, PipelineParts parts, int maxReaders) : IDisposable
{
    private readonly ConcurrentBag<Lease> _idle = [];
    private readonly ConcurrentBag<Lease> _all = [];
    private readonly SemaphoreSlim _free = new(maxReaders, maxReaders);
    private readonly KeptMarks _marks = new();

    /// <summary>Readers a server keeps by default: a few per core (a request holds one for milliseconds).</summary>
    public static int DefaultReaders => Math.Max(8, 4 * Environment.ProcessorCount);

    /// <summary>A reader for the length of one request, waiting while all are taken; give it back with <see cref="Return"/>.</summary>
    public Lease Rent()
    {
        _free.Wait();
        if (_idle.TryTake(out var lease))
        {
            return lease;
        }

        lease = OpenReader();
        _all.Add(lease);
        return lease;
    }

    /// <summary>
    /// A reader of its own, outside the pool and its limit, for one caller that reads on a schedule
    /// (<see cref="StoryChanges"/>): its store's <see cref="Core.Ports.IStore.DataVersion"/> is then comparable from one
    /// call to the next. The caller disposes it.
    /// </summary>
    public Lease OpenReader()
    {
        var store = StoreLocation.OpenForReading(path);
        return new Lease(this, store, new KhabarPipeline(store, parts).Reader);
    }

    /// <summary>
    /// Every story's mark (<see cref="Core.Ports.IStoryStore.StoryMarks"/>) in the order asked for, as of the last
    /// commit, one list for all readers: what every story list chooses its page by. It is made on a connection of its
    /// own, whose data version (one pragma, or one snapshot query on PostgreSQL) says whether anything was committed
    /// since: a data version is only comparable on one connection. Made once per commit, not once per reader, and a
    /// request that needs it meanwhile waits for it rather than making its own (1.5–1.9 s for 670,490 stories; the whole
    /// list with every story's members took 4.6–5.8 s).
    /// </summary>
    public IReadOnlyList<StoryMark> Marks(StoryOrder order) => _marks.Get(this, order);

    /// <summary>What <paramref name="read"/> makes of a reader rented for it and given back after.</summary>
    public T Read<T>(Func<Lease, T> read)
    {
        var lease = Rent();
        try
        {
            return read(lease);
        }
        finally
        {
            Return(lease);
        }
    }

    public void Return(Lease lease)
    {
        _idle.Add(lease);
        _free.Release();
    }

    public void Dispose()
    {
        _free.Dispose();
        foreach (var lease in _all)
        {
            lease.Dispose();
        }

        _marks.Dispose();
    }

    /// <summary>
    /// Every story's mark in both orders, read on a reader of its own and read again when its data version has moved
    /// since. Callers meanwhile wait for them rather than read their own.
    /// </summary>
    private sealed class KeptMarks : IDisposable
    {
        private readonly Lock _gate = new();
        private Lease? _lister;
        private (long Version, IReadOnlyList<StoryMark> Largest, IReadOnlyList<StoryMark> Latest)? _kept;

        /// <summary>The marks as of the last commit, in the order asked for; the lister is a reader of <paramref name="pool"/>'s file.</summary>
        public IReadOnlyList<StoryMark> Get(StorePool pool, StoryOrder order)
        {
            lock (_gate)
            {
                _lister ??= pool.OpenReader();
                var version = _lister.Store.DataVersion();
                if (_kept is not { } kept || kept.Version != version)
                {
                    var marks = _lister.Store.StoryMarks();
                    IReadOnlyList<StoryMark> largest = [], latest = [];
                    Parallel.Invoke(() => largest = StoryListing.Largest(marks), () => latest = StoryListing.Latest(marks)); // both orders at once
                    kept = (version, largest, latest);
                    _kept = kept;
                }

                return order == StoryOrder.Latest ? kept.Latest : kept.Largest;
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _lister?.Dispose();
                _lister = null;
            }
        }
    }

    /// <summary>One open store and the reader over it, with the searches it answered last.</summary>
    public sealed class Lease(StorePool pool, Khabar.Core.Ports.IStore store, StoryReader reader) : IDisposable
    {
        /// <summary>Searches a reader remembers, the most recent kept; all forgotten at once when full.</summary>
        public const int SearchesKept = 512;

        private readonly Dictionary<(string Query, int Limit), Core.Search.SearchResults> _searches = [];
        private long _searchesVersion = -1;

        public Khabar.Core.Ports.IStore Store => store;

        public StoryReader Reader => reader;

        /// <summary>
        /// What a search finds, as of the last commit: a search asked again before the store changes is answered from
        /// memory (the same words are searched again and again, and ranking a common one costs milliseconds).
        /// </summary>
        public Core.Search.SearchResults Search(Core.Search.SearchQuery query, int limit)
        {
            var version = store.DataVersion();
            if (version != _searchesVersion || _searches.Count >= SearchesKept)
            {
                _searches.Clear();
                _searchesVersion = version;
            }

            if (!_searches.TryGetValue((query.Text, limit), out var results))
            {
                results = reader.Search(query, limit);
                _searches[(query.Text, limit)] = results;
            }

            return results;
        }

        /// <summary>Every story's marks in the order asked for, as of the last commit (<see cref="StorePool.Marks"/>).</summary>
        public IReadOnlyList<StoryMark> Marks(StoryOrder order) => pool.Marks(order);

        public void Dispose() => store.Dispose();
    }
}
