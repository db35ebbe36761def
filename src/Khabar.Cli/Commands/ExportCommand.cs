using System.CommandLine;
using Khabar.Core.Pipeline;
using Khabar.Storage;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar export --db FROM --to TO</c>: copies a whole store into a new one, SQLite into PostgreSQL or back, and
/// checks every table's count and hash; then indexes the copy for search.
/// </summary>
internal static class ExportCommand
{
    public static Command Build()
    {
        var db = StoreOptions.Database();
        var to = new Option<string>("--to")
        {
            Description = "The store to copy into, empty or new: a SQLite file or a PostgreSQL database (postgres://… or a connection string).",
            Required = true,
        };
        var command = new Command("export", "Copy a whole store into a new one (SQLite or PostgreSQL, either way), checked table by table.") { db, to };
        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var (fromName, toName) = (parse.GetValue(db)!, parse.GetValue(to)!);
            if (StoreOptions.OpenExisting(fromName, error) is not { } from)
            {
                return ExitCodes.BadInput;
            }

            using (from)
            {
                if (!StoreLocation.IsPostgres(toName) && File.Exists(toName) && new FileInfo(toName).Length > 0)
                {
                    error.WriteLine($"{toName}: already exists (export copies into a new store only)");
                    return ExitCodes.BadInput;
                }

                using var into = StoreLocation.Open(toName);
                try
                {
                    var tables = StoreCopy.Copy(from, into);
                    foreach (var table in tables)
                    {
                        output.WriteLine($"{table.Table,-16} {table.Rows,12:N0} rows  sha256 {table.Hash[..16]}…  same in both");
                    }

                    var indexed = new KhabarPipeline(into, PipelineParts.BuiltIn()).CatchUp();
                    output.WriteLine($"copied {StoreLocation.Describe(fromName)} into {StoreLocation.Describe(toName)}; {indexed.Indexed:N0} articles indexed for search");
                    return ExitCodes.Ok;
                }
                catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
                {
                    // Nothing is half copied: the copy is one transaction on the destination.
                    error.WriteLine(e is InvalidOperationException ? e.Message : $"{StoreLocation.Describe(toName)}: the copy failed and was undone ({e.Message})");
                    return ExitCodes.BadInput;
                }
            }
        }));
        return command;
    }
}
