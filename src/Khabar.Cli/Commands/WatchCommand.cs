using System.CommandLine;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Watch;
using Khabar.Storage;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar watch [FOLDER...] [--feed URL]... [--every 5m] [--once]</c>: reads what is new in folders and feeds into
/// the store, round after round until stopped (Ctrl+C), or one round with <c>--once</c>. What was read is recorded in
/// the store, so a restart goes on where it stopped.
/// </summary>
internal static class WatchCommand
{
    public static Command Build()
    {
        var folders = new Argument<string[]>("folders") { Description = "Folders whose new and changed files are read (recursively).", Arity = ArgumentArity.ZeroOrMore };
        var db = StoreOptions.Database();
        var source = new Option<string?>("--source") { Description = "The outlet of articles whose input names none." };
        var once = new Option<bool>("--once") { Description = "One round, then exit." };
        var watch = new WatchArguments();
        var command = new Command("watch", "Read new files from folders and new items from feeds into the store, again and again.") { folders, db, source, once };
        foreach (var option in watch.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if ((result.GetValue(folders) ?? []).Length == 0 && (result.GetValue(watch.Feeds) ?? []).Length == 0)
            {
                result.AddError("nothing to watch: name a folder or a --feed");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                var options = watch.Read(parse, parse.GetValue(folders) ?? [], IngestOptions.Default with { DefaultSource = parse.GetValue(source) });
                using var store = StoreLocation.Open(parse.GetValue(db)!);
                using var fetcher = new WebFetcher(options.RequestTimeout);
                var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
                var watcher = new Watcher(store, fetcher, options, TimeProvider.System);
                void Report(WatchRound round)
                {
                    if (round.Eventful)
                    {
                        foreach (var line in round.Lines())
                        {
                            output.WriteLine(line);
                        }

                        output.Flush();
                    }
                }

                if (parse.GetValue(once))
                {
                    var round = await watcher.Round(s => pipeline.Run(s), cancellationToken);
                    foreach (var line in round.Lines())
                    {
                        output.WriteLine(line);
                    }

                    var failed = round.Problems.Count > 0 || round.Feeds.Any(f => f.Outcome == FeedOutcome.Failed)
                        || round.Items.Any(i => i.State == ItemState.GaveUp) || round.Tally?.Rejections.Count > 0;
                    return failed ? ExitCodes.SomeRejected : ExitCodes.Ok;
                }

                output.WriteLine($"watching {options.Folders.Count} folders and {options.Feeds.Count} feeds every {options.Every} into {parse.GetValue(db)} (Ctrl+C stops)");
                output.Flush();
                await watcher.Run(s => pipeline.Run(s), Report, cancellationToken);
                return ExitCodes.Ok;
            }
            catch (Storage.StoreUnavailableException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
