using System.CommandLine;
using System.Runtime;
using Khabar.Core.Pipeline;
using Khabar.Present.Reports;
using Khabar.Storage.Sqlite;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar stories [--db FILE] [--format text|json]</c>: list the stories of a store, largest first.</summary>
internal static class StoriesCommand
{
    public static Command Build()
    {
        var db = StoreOptions.Database();
        var format = StoreOptions.ReportFormat();
        var words = StoreOptions.SummaryWords();
        var command = new Command("stories", "List the stories in the store, the largest first (in full with --format md, json or html).") { db, format, words };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (StoreOptions.OpenExisting(parse.GetValue(db)!, parse.InvocationConfiguration.Error) is not { } store)
            {
                return ExitCodes.BadInput;
            }

            using (store)
            {
                var reader = StoreOptions.CaughtUp(store);
                if (parse.GetValue(format) == "text")
                {
                    StoryReportWriter.WriteList(reader.Stories(), output);
                }
                else
                {
                    // Every story in full is a few seconds of allocating on both cores: background GC would only
                    // add gen-1 collections and pauses (1.3 s against 0.3 s for all SaudiNewsNet, docs/pipeline.md).
                    GCSettings.LatencyMode = GCLatencyMode.Batch;
                    ReportOutput.Write(parse.GetValue(format)!, StoryReport.All(reader, parse.GetValue(format)!, parse.GetValue(words)), output);
                }

                return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
