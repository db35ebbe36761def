using System.CommandLine;
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
                    ReportOutput.Write(parse.GetValue(format)!, StoryReport.All(reader, parse.GetValue(format)!, parse.GetValue(words)), output);
                }

                return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
