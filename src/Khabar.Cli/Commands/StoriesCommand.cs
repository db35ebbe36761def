using System.CommandLine;
using Khabar.Cli.Reports;
using Khabar.Storage.Sqlite;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar stories [--db FILE] [--format text|json]</c>: list the stories of a store, largest first.</summary>
internal static class StoriesCommand
{
    public static Command Build()
    {
        var db = StoreOptions.Database();
        var format = StoreOptions.Format();
        var command = new Command("stories", "List the stories in the store, the largest first.") { db, format };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (StoreOptions.OpenExisting(parse.GetValue(db)!, parse.InvocationConfiguration.Error) is not { } store)
            {
                return ExitCodes.BadInput;
            }

            using (store)
            {
                if (parse.GetValue(format) == "json")
                {
                    JsonReport.Write(output, json =>
                    {
                        json.WriteStartObject();
                        json.WriteStartArray("stories");
                        foreach (var story in StoryReport.All(store))
                        {
                            StoryReportWriter.WriteJson(json, story);
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    });
                }
                else
                {
                    StoryReportWriter.WriteList(store.Stories(), output);
                }

                return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
