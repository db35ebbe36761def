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
    private readonly ArticlePreparation _preparation;

    public KhabarPipeline(IStore store, PipelineParts parts)
    {
        _store = store;
        _parts = parts;
        _preparation = new ArticlePreparation(parts.Analyzer);
        Consolidation = new StoryConsolidation(store, parts.Consolidator);
        Reader = new StoryReader(store, Consolidation);
    }

    /// <summary>The stored stories and articles, read back as typed records.</summary>
    public StoryReader Reader { get; }

    /// <summary>The Consolidate stage over the store (also used to consolidate a stale story when it is read).</summary>
    public StoryConsolidation Consolidation { get; }

    /// <summary>The per-article stages (Clean, Analyze), for callers that prepare without storing.</summary>
    public ArticlePreparation Preparation => _preparation;

    /// <summary>
    /// Reads <paramref name="source"/> into the store, then brings the whole store up to date (<see cref="CatchUp"/>).
    /// Rejected inputs are counted and named, never thrown.
    /// </summary>
    public PipelineTally Run(IArticleSource source, IProgress<IngestTally>? progress = null, CancellationToken cancellationToken = default)
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

        var stored = new IngestJob(_store, _preparation).Run(Articles(), progress, cancellationToken);
        var rest = CatchUp(cancellationToken);
        return rest with { Stored = stored, Rejections = rejections, Elapsed = _parts.Clock.GetElapsedTime(started) };
    }

    /// <summary>
    /// Brings what is derived up to date: analyses and clean text of older versions redone, new articles assigned
    /// to stories, changed or out-of-date stories consolidated. Cheap when nothing is stale.
    /// </summary>
    public PipelineTally CatchUp(CancellationToken cancellationToken = default)
    {
        var started = _parts.Clock.GetTimestamp();
        var refreshed = new DerivedRefresh(_store, _preparation).Run(cancellationToken);
        var assigned = new StoryAssignment(_store, _parts.Weights).Run(cancellationToken);
        var consolidated = Consolidation.Run(cancellationToken);
        return new PipelineTally
        {
            Refreshed = refreshed,
            Assigned = assigned,
            Consolidated = consolidated,
            Elapsed = _parts.Clock.GetElapsedTime(started),
        };
    }
}

/// <summary>What a pipeline run did, stage by stage.</summary>
public sealed record PipelineTally
{
    public IngestTally Stored { get; init; } = new();

    public IReadOnlyList<IngestRejection> Rejections { get; init; } = [];

    public RefreshTally Refreshed { get; init; } = new(0, 0, 0);

    public AssignTally Assigned { get; init; } = AssignTally.None;

    public ConsolidateTally Consolidated { get; init; } = new(0);

    public TimeSpan Elapsed { get; init; }
}
