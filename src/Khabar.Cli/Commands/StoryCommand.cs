using System.CommandLine;
using Khabar.Present.Reports;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar story ID [--db FILE] [--format text|md|json|html] [--summary-words N]</c>: one story in full.</summary>
internal static class StoryCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "The story id, as `khabar stories` lists it (s-…)." };
        var db = StoreOptions.Database();
        var format = StoreOptions.ReportFormat();
        var words = StoreOptions.SummaryWords();
        var command = new Command("story", "Show one story: summary, timeline, facts and conflicts, entities, shared copy, articles.") { id, db, format, words };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var config = parse.InvocationConfiguration;
            if (StoreOptions.OpenExisting(parse.GetValue(db)!, config.Error) is not { } store)
            {
                return ExitCodes.BadInput;
            }

            using (store)
            {
                if (StoreOptions.CaughtUp(store).Story(parse.GetValue(id)!, withRemovals: parse.GetValue(format) == "html") is not { } story)
                {
                    config.Error.WriteLine($"{parse.GetValue(db)}: no story '{parse.GetValue(id)}' (see `khabar stories`)");
                    return ExitCodes.BadInput;
                }

                ReportOutput.WriteOne(parse.GetValue(format)!, StoryReport.Of(story, parse.GetValue(words)), config.Output);
                return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
