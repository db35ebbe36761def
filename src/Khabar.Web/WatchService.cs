using Khabar.Core.Watch;
using Khabar.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Khabar.Web;

/// <summary>
/// <c>khabar serve --watch/--feed</c>: the watcher in the server's process. Its rounds' articles go through the
/// server's one writer (so they never run beside a posted article's pipeline); what it has read is kept on a store
/// connection of its own, and fetching never holds the writer.
/// </summary>
public sealed class WatchService(WatchOptions options, string database, StoreWriter writer, ILogger<WatchService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the server listens while the first round reads.
        await Task.Yield();
        using var ledger = StoreLocation.Open(database);
        using var fetcher = new WebFetcher(options.RequestTimeout);
        var watcher = new Watcher(ledger, fetcher, options, TimeProvider.System);
        log.LogInformation("watching {Folders} folders and {Feeds} feeds every {Every}", options.Folders.Count, options.Feeds.Count, options.Every);
        // A failed round (the store busy beyond its timeout, a full disk) is logged and tried again: the server stays up.
        await watcher.Run(source => writer.Run(source, stoppingToken), Report, stoppingToken, e => log.LogError(e, "a watch round failed; trying again in {Every}", options.Every));
    }

    private void Report(WatchRound round)
    {
        if (!round.Eventful)
        {
            return;
        }

        var lines = round.Lines().ToList();
        log.LogInformation("{Round}", lines[0]);
        foreach (var line in lines.Skip(1))
        {
            log.LogWarning("{Failure}", line.Trim());
        }
    }
}
