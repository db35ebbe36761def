using System.CommandLine;
using Khabar.Cli.Reports;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar story ID [--db FILE] [--format text|json]</c>: one story in full.</summary>
internal static class StoryCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "The story id, as `khabar stories` lists it (s-…)." };
        var db = StoreOptions.Database();
        var format = StoreOptions.Format();
        var command = new Command("story", "Show one story: its articles, duplicates and the copy they share.") { id, db, format };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var config = parse.InvocationConfiguration;
            if (StoreOptions.OpenExisting(parse.GetValue(db)!, config.Error) is not { } store)
            {
                return ExitCodes.BadInput;
            }

            using (store)
            {
                if (store.FindStory(parse.GetValue(id)!) is not { } story)
                {
                    config.Error.WriteLine($"{parse.GetValue(db)}: no story '{parse.GetValue(id)}' (see `khabar stories`)");
                    return ExitCodes.BadInput;
                }

                var report = StoryReport.Of(store, story);
                if (parse.GetValue(format) == "json")
                {
                    JsonReport.Write(config.Output, json => StoryReportWriter.WriteJson(json, report));
                }
                else
                {
                    StoryReportWriter.WriteText(report, config.Output);
                }

                return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
