using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Storage;

namespace Khabar.Web;

/// <summary>
/// The one writer of the server: articles posted to the API (and read by the watcher, when it runs) go through the whole pipeline (stored, assigned,
/// consolidated), one request at a time, on a store connection of their own. Readers keep reading meanwhile
/// (SQLite's write-ahead log); what they see changes when a run's transactions commit.
/// </summary>
public sealed class StoreWriter(string path, PipelineParts parts) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Lazy<Khabar.Core.Ports.IStore> _store = new(() => StoreLocation.Open(path));

    public async Task<PipelineTally> Ingest(byte[] body, string name, string origin, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            return new KhabarPipeline(_store.Value, parts).Run(new BytesSource(body, name, origin, IngestOptions.Default), cancellationToken: cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Runs the pipeline over <paramref name="source"/> (the watcher's round), waiting for any run in progress.</summary>
    public PipelineTally Run(IArticleSource source, CancellationToken cancellationToken)
    {
        _one.Wait(cancellationToken);
        try
        {
            return new KhabarPipeline(_store.Value, parts).Run(source, cancellationToken: cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose()
    {
        if (_store.IsValueCreated)
        {
            _store.Value.Dispose();
        }

        _one.Dispose();
    }
}
