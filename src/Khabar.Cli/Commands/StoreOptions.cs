using System.CommandLine;
using Khabar.Storage.Sqlite;

namespace Khabar.Cli.Commands;

/// <summary>The options shared by the commands that read a store.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() =>
        new("--db") { Description = "The SQLite database file.", DefaultValueFactory = _ => "khabar.db" };

    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    /// <summary>Opens a store that must exist already (reading commands never create an empty one); null after
    /// saying why on <paramref name="error"/>.</summary>
    public static SqliteArticleStore? OpenExisting(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: no such database (create it with `khabar ingest PATH --db {path}`)");
            return null;
        }

        return SqliteArticleStore.Open(path);
    }
}
