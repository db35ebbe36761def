using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests;

/// <summary>An in-memory store holding the demo corpus run through the whole pipeline, and that pipeline.</summary>
internal static class DemoStore
{
    public static (Khabar.Core.Ports.IStore Store, KhabarPipeline Pipeline) Open(string kind)
    {
        var store = TestStores.Open(kind);
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        pipeline.Run(new FileSource([SharedData.Samples], IngestOptions.Default));
        return (store, pipeline);
    }
}
