using Khabar.Core.Assign;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Store;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Pipeline;

/// <summary>In-memory stores filled as a stream would fill them.</summary>
internal static class AssignedStore
{
    /// <summary>Ingests and assigns <paramref name="batches"/> one after the other, as a stream would arrive.</summary>
    public static Khabar.Core.Ports.IStore Stream(string kind, params IEnumerable<RawArticle>[] batches) => Stream(kind, null, batches);

    /// <summary>The same, linking by <paramref name="rules"/> (the shipped ones when null).</summary>
    public static Khabar.Core.Ports.IStore Stream(string kind, LinkRules? rules, params IEnumerable<RawArticle>[] batches)
    {
        var store = TestStores.Open(kind);
        foreach (var batch in batches)
        {
            new IngestJob(store, new ArticlePreparation(PipelineParts.BuiltIn().Analyzer)).Run(batch);
            new StoryAssignment(store, () => PipelineParts.BuiltIn().Weights, rules).Run();
        }

        return store;
    }
}
