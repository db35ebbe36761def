using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Ingest;
using Khabar.Core.Ports;
using Khabar.Core.Store;

namespace Khabar.Core.Pipeline;

/// <summary>
/// The one place the stages are assembled: Ingest → Clean → Analyze → Store → Assign → Consolidate, over one
/// store and with the given parts. The CLI, the tests and the benches all run this.
/// </summary>
public sealed class KhabarPipeline
{
    private readonly IStore _store;
    private readonly PipelineParts _parts;
    private readonly Lazy<ArticlePreparation> _preparation;

    public KhabarPipeline(IStore store, PipelineParts parts)
    {
        _store = store;
        _parts = parts;
        _preparation = new(() => new ArticlePreparation(parts.Analyzer));
        Consolidation = new StoryConsolidation(store, () => parts.Consolidator);
        Reader = new StoryReader(store, Consolidation);
    }

    /// <summary>The stored stories and articles, read back as typed records.</summary>
    public StoryReader Reader { get; }

    /// <summary>The Consolidate stage over the store (also used to consolidate a stale story when it is read).</summary>
    public StoryConsolidation Consolidation { get; }

    /// <summary>The per-article stages (Clean, Analyze), for callers that prepare without storing.</summary>
    public ArticlePreparation Preparation => _preparation.Value;

    /// <summary>
    /// Reads <paramref name="source"/> into the store, then brings the whole store up to date (<see cref="CatchUp"/>).
    /// Rejected inputs are counted and named, never thrown.
    /// </summary>
    public PipelineTally Run(IArticleSource source, IProgress<IngestTally>? progress = null, CancellationToken cancellationToken = default)
    {
        var stored = Store(source, progress, cancellationToken);
        LetGoOfAnalysis();
        var rest = CatchUp(stored.Stored.Stored, cancellationToken);
        return rest with
        {
            Stored = stored.Stored,
            Indexed = stored.Stored.Stored + rest.Indexed,
            Rejections = stored.Rejections,
            Times = rest.Times with { Store = stored.Times.Store },
        };
    }

    /// <summary>
    /// What analysing left on the heap is garbage now, and what the analyzer keeps per distinct word is not needed
    /// again this run: both given back before Assign, so that a run peaks near its largest stage rather than at the
    /// sum of two (docs/pipeline.md).
    /// </summary>
    private void LetGoOfAnalysis()
    {
        if (_preparation.IsValueCreated)
        {
            _parts.Analyzer.ForgetTokens();
        }

        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Ingest, Clean, Analyze and Store alone: the source's articles written, nothing assigned yet.</summary>
    public PipelineTally Store(IArticleSource source, IProgress<IngestTally>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = _parts.Clock.GetTimestamp();
        var rejections = new List<IngestRejection>();
        IEnumerable<RawArticle> Articles()
        {
            foreach (var item in source.Read(cancellationToken))
            {
                if (item.Rejection is { } rejection)
                {
                    rejections.Add(rejection);
                }
                else
                {
                    yield return item.Article!;
                }
            }
        }

        var stored = new IngestJob(_store, _preparation.Value).Run(Articles(), progress, cancellationToken);
        return new PipelineTally { Stored = stored, Rejections = rejections, Times = new StageTimes { Store = _parts.Clock.GetElapsedTime(started) } };
    }

    /// <summary>
    /// Brings what is derived up to date: analyses and clean text of older versions redone, new articles assigned
    /// to stories, changed or out-of-date stories consolidated. Cheap when nothing is stale. Over a store shared by
    /// several workers, one at a time refreshes and assigns (<see cref="StoreRole.Assigner"/>: the others wait, then
    /// find little left to do), and each changed story is consolidated by whichever worker claims it first.
    /// </summary>
    public PipelineTally CatchUp(CancellationToken cancellationToken = default) => CatchUp(0, cancellationToken);

    private PipelineTally CatchUp(int indexedAtStore, CancellationToken cancellationToken)
    {
        var clock = _parts.Clock;
        var started = clock.GetTimestamp();
        RefreshTally refreshed;
        int indexed;
        long refreshedAt;
        AssignTally assigned;
        using (_store.Exclusive(StoreRole.Assigner))
        {
            refreshed = new DerivedRefresh(_store, () => _preparation.Value).Run(cancellationToken);
            if (refreshed.Total > 0)
            {
                LetGoOfAnalysis(); // a refresh analyses as ingest does, and leaves as much behind
            }

            indexed = new Search.SearchIndexRefresh(_store).Run(indexedAtStore, cancellationToken);
            refreshedAt = clock.GetTimestamp();
            assigned = new StoryAssignment(_store, () => _parts.Weights).Run(cancellationToken);
        }

        if (assigned.Articles > 0)
        {
            // As between Store and Assign: what Assign held (a week of profiles, its windows) is garbage now. Its
            // time is counted in Assign's.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        var assignedAt = clock.GetTimestamp();
        var consolidated = Consolidation.Run(cancellationToken);
        return new PipelineTally
        {
            Refreshed = refreshed,
            Indexed = indexed,
            Assigned = assigned,
            Consolidated = consolidated,
            Times = new StageTimes
            {
                Refresh = clock.GetElapsedTime(started, refreshedAt),
                Assign = clock.GetElapsedTime(refreshedAt, assignedAt),
                Consolidate = clock.GetElapsedTime(assignedAt),
            },
        };
    }
}

/// <summary>What a pipeline run did, stage by stage.</summary>
public sealed record PipelineTally
{
    public IngestTally Stored { get; init; } = new();

    public IReadOnlyList<IngestRejection> Rejections { get; init; } = [];

    public RefreshTally Refreshed { get; init; } = new(0, 0, 0);

    /// <summary>Articles added to the search index (new ones, as they were stored, and those whose clean text changed).</summary>
    public int Indexed { get; init; }

    public AssignTally Assigned { get; init; } = AssignTally.None;

    public ConsolidateTally Consolidated { get; init; } = new(0);

    public StageTimes Times { get; init; } = new();

    public TimeSpan Elapsed => Times.Total;
}

/// <summary>Where a pipeline run's time went.</summary>
public sealed record StageTimes
{
    /// <summary>Reading, cleaning, analysing and writing the articles.</summary>
    public TimeSpan Store { get; init; }

    /// <summary>Redoing what older versions derived.</summary>
    public TimeSpan Refresh { get; init; }

    public TimeSpan Assign { get; init; }

    public TimeSpan Consolidate { get; init; }

    public TimeSpan Total => Store + Refresh + Assign + Consolidate;

    public override string ToString() =>
        $"store {Store.TotalSeconds:F1} s, refresh {Refresh.TotalSeconds:F1} s, assign {Assign.TotalSeconds:F1} s, consolidate {Consolidate.TotalSeconds:F1} s";
}
