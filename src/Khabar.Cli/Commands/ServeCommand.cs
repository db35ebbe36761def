using System.CommandLine;
using Khabar.Storage;
using Khabar.Web;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar serve [--db FILE] [--urls URL] [--watch FOLDER]... [--feed URL]...</c>: the stored stories over HTTP
/// until stopped (Ctrl+C), with folders and feeds watched in the same process when named: the JSON API
/// under <c>/api</c> (described at <c>/openapi/v1.json</c>) and the right-to-left pages at <c>/</c>. Writes
/// (<c>POST /api/articles</c>) need the key set in the <c>KHABAR_API_KEY</c> environment variable.
/// </summary>
internal static class ServeCommand
{
    public static Command Build()
    {
        var db = StoreOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5000).", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var folders = new Option<string[]>("--watch") { Description = "A folder whose new files are read while serving (repeatable)." };
        var watch = new WatchArguments();
        var command = new Command("serve", "Serve the stored stories: a JSON API at /api and right-to-left pages at /.") { db, urls, folders };
        foreach (var option in watch.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => StoreErrors.Report(parse.InvocationConfiguration.Error, () =>
        {
            var path = parse.GetValue(db)!;
            if (!StoreLocation.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"{path}: no such database (create it with `khabar ingest PATH --db {path}`)");
                return ExitCodes.BadInput;
            }

            // The key is configuration, not an argument: a command line is visible to every user of the machine.
            var watching = watch.Read(parse, parse.GetValue(folders) ?? [], Core.Ingest.IngestOptions.Default);
            using var app = KhabarServer.Build(new ServerOptions(path, parse.GetValue(urls)!, Environment.GetEnvironmentVariable("KHABAR_API_KEY"), watching));
            parse.InvocationConfiguration.Output.WriteLine($"serving {StoreLocation.Describe(path)} at {parse.GetValue(urls)} (Ctrl+C stops)");
            parse.InvocationConfiguration.Output.Flush();
            app.Run();
            return ExitCodes.Ok;
        }));
        return command;
    }
}
