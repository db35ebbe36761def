using System.CommandLine;
using Khabar.Core.Consolidate;
using Khabar.Core.Pipeline;
using Khabar.Core.Ports;
using Khabar.Storage;

namespace Khabar.Cli.Commands;

/// <summary>The options shared by the commands that read a store.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() =>
        new("--db") { Description = "The store: a SQLite database file, or a PostgreSQL database as postgres://user:password@host:port/database or a connection string.", DefaultValueFactory = _ => "khabar.db" };

    public static Option<string> Format() => Format("text", "json");

    /// <summary>A <c>--format</c> option taking one of <paramref name="formats"/>, the first by default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var format = new Option<string>("--format") { Description = string.Join(", ", formats[..^1]) + " or " + formats[^1] + ".", DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    /// <summary>The formats a story report comes in.</summary>
    public static Option<string> ReportFormat() => Format("text", "md", "json", "html");

    /// <summary><c>--summary-words N</c>: the length of each story's summary; without it, the length its articles call for.</summary>
    public static Option<int?> SummaryWords()
    {
        var words = new Option<int?>("--summary-words")
        {
            Description = $"Words in each story's summary (default: a third of its median article, {SummaryLength.Shortest} to {SummaryLength.Longest}).",
        };
        words.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--summary-words must be at least 1");
            }
        });
        return words;
    }

    /// <summary>Opens a store that must exist already (reading commands never create an empty one); null after
    /// saying why on <paramref name="error"/>.</summary>
    public static Khabar.Core.Ports.IStore? OpenExisting(string path, TextWriter error)
    {
        if (!StoreLocation.Exists(path))
        {
            error.WriteLine($"{path}: no such database (create it with `khabar ingest PATH --db {path}`)");
            return null;
        }

        return StoreLocation.OpenForReading(path);
    }

    /// <summary>
    /// The reader of a store brought up to date first: a store written by an older Khabar has its analyses, stories
    /// and consolidations redone once (cheap when nothing is out of date).
    /// </summary>
    public static StoryReader CaughtUp(IStore store)
    {
        var pipeline = new KhabarPipeline(store, PipelineParts.BuiltIn());
        pipeline.CatchUp();
        return pipeline.Reader;
    }
}
