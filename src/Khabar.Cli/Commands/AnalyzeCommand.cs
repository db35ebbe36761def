using System.CommandLine;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Present.Reports;
using Khabar.Storage;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar analyze PATH... [--db FILE] [--format text|md|json|html] [--summary-words N]</c>: ingest, then report everything known.</summary>
internal static class AnalyzeCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories (read recursively) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string?>("--db") { Description = "Keep the articles in this SQLite file (default: a temporary database)." };
        var format = StoreOptions.ReportFormat();
        var words = StoreOptions.SummaryWords();
        var source = new Option<string?>("--source") { Description = "The outlet of articles whose input names none." };
        var command = new Command("analyze", "Ingest the inputs and print the report of everything in the store: stories, then articles.") { paths, db, format, words, source };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var config = parse.InvocationConfiguration;
            var dbPath = parse.GetValue(db);
            var temporary = dbPath is null ? Directory.CreateTempSubdirectory("khabar-") : null;
            try
            {
                using var store = StoreLocation.Open(dbPath ?? Path.Combine(temporary!.FullName, "khabar.db"));
                var options = IngestOptions.Default with { DefaultSource = parse.GetValue(source) };
                var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
                var result = IngestRun.Run(pipeline, parse.GetValue(paths)!, options, showProgress: false);
                var summaryWords = parse.GetValue(words);
                if (parse.GetValue(format) == "json")
                {
                    ArticleReportWriter.WriteJson(StoryReport.All(pipeline.Reader, "json", summaryWords), ArticleReport.All(pipeline.Reader), result.Rejections, config.Output);
                }
                else if (parse.GetValue(format) is "md" or "html")
                {
                    ReportOutput.Write(parse.GetValue(format)!, StoryReport.All(pipeline.Reader, parse.GetValue(format)!, summaryWords), config.Output);
                    foreach (var rejection in result.Rejections)
                    {
                        config.Error.WriteLine($"rejected {rejection}");
                    }
                }
                else
                {
                    foreach (var story in StoryReport.All(pipeline.Reader, "text", summaryWords))
                    {
                        StoryReportWriter.WriteText(story, config.Output);
                    }

                    ArticleReportWriter.WriteText(ArticleReport.All(pipeline.Reader), config.Output);
                    IngestRun.WriteSummary(result, config.Output);
                }

                return store.Count() == 0 ? ExitCodes.BadInput : result.Rejections.Count > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
            }
            finally
            {
                temporary?.Delete(recursive: true);
            }
        }));
        return command;
    }
}
