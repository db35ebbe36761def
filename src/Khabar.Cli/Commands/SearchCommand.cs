using System.CommandLine;
using Khabar.Core.Search;
using Khabar.Present.Reports;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar search QUERY [--db FILE] [--limit N] [--format text|json]</c>: the sentences that match, grouped by
/// story. Words match by key, stem or name key (شويجو finds شويغو and Shoigu); <c>"…"</c> is a phrase, <c>word*</c> a prefix.
/// </summary>
internal static class SearchCommand
{
    public static Command Build()
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find; \"a phrase\"; a prefix*." };
        var db = StoreOptions.Database();
        var format = StoreOptions.Format();
        var limit = new Option<int>("--limit") { Description = "Sentences to show at most (default 20).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--limit is 1 to 1000");
            }
        });
        var command = new Command("search", "Find sentences in the stored articles, grouped by story (BM25 ranking).") { query, db, format, limit };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var config = parse.InvocationConfiguration;
            if (SearchQuery.Parse(parse.GetValue(query)!) is not { } parsed)
            {
                config.Error.WriteLine($"nothing to search for in «{parse.GetValue(query)}»: give at least one word");
                return ExitCodes.BadInput;
            }

            if (StoreOptions.OpenExisting(parse.GetValue(db)!, config.Error) is not { } store)
            {
                return ExitCodes.BadInput;
            }

            using (store)
            {
                var results = StoreOptions.CaughtUp(store).Search(parsed, parse.GetValue(limit));
                if (parse.GetValue(format) == "json")
                {
                    SearchWriter.WriteJson(results, config.Output);
                }
                else
                {
                    SearchWriter.WriteText(results, config.Output);
                }

                return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
