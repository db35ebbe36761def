using System.CommandLine;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Storage;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar ingest PATH... [--db FILE] [--source NAME]</c>: read inputs into the store.</summary>
internal static class IngestCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories (read recursively) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Database();
        var source = new Option<string?>("--source") { Description = "The outlet of articles whose input names none." };
        var command = new Command("ingest", "Read articles into the store; re-reading the same input is a no-op.") { paths, db, source };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var config = parse.InvocationConfiguration;
            using var store = StoreLocation.Open(parse.GetValue(db)!);
            var options = IngestOptions.Default with { DefaultSource = parse.GetValue(source) };
            var result = IngestRun.Run(new KhabarPipeline(store, PipelineParts.BuiltIn()), parse.GetValue(paths)!, options, showProgress: true);
            IngestRun.WriteSummary(result, config.Output);
            return result.Stored.Read == 0 && result.Rejections.Count > 0 ? ExitCodes.BadInput
                : result.Rejections.Count > 0 ? ExitCodes.SomeRejected
                : ExitCodes.Ok;
        }));
        return command;
    }
}
