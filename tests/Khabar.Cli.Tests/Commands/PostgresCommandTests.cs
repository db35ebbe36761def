using Khabar.Tests;

namespace Khabar.Cli.Tests.Commands;

/// <summary>The CLI on a PostgreSQL store: the same commands give the same answers as on SQLite, and export moves a store either way.</summary>
public sealed class PostgresCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-pg-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [PostgresFact]
    public void Ingest_stories_story_and_search_answer_on_postgres_as_on_sqlite()
    {
        var sqlite = Path.Combine(_folder, "khabar.db");
        var postgres = TestDatabases.NewDatabase();

        Assert.Equal(0, CliRun.Of("ingest", SharedData.Samples, "--db", sqlite).ExitCode);
        Assert.Equal(0, CliRun.Of("ingest", SharedData.Samples, "--db", postgres).ExitCode);

        var stories = CliRun.Of("stories", "--db", sqlite, "--format", "json");
        Assert.Equal(stories.Output, CliRun.Of("stories", "--db", postgres, "--format", "json").Output);
        var first = System.Text.Json.JsonDocument.Parse(stories.Output).RootElement.GetProperty("stories").EnumerateArray().First().GetProperty("id").GetString()!;
        Assert.Equal(CliRun.Of("story", first, "--db", sqlite, "--format", "json").Output, CliRun.Of("story", first, "--db", postgres, "--format", "json").Output);
        var search = CliRun.Of("search", "العاصفة", "--db", postgres);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("العاصفة", search.Output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Export_moves_a_store_into_postgres_and_back_without_losing_a_row()
    {
        var sqlite = Path.Combine(_folder, "khabar.db");
        var back = Path.Combine(_folder, "back.db");
        var postgres = TestDatabases.NewDatabase();
        Assert.Equal(0, CliRun.Of("ingest", SharedData.Samples, "--db", sqlite).ExitCode);

        var there = CliRun.Of("export", "--db", sqlite, "--to", postgres);
        var home = CliRun.Of("export", "--db", postgres, "--to", back);

        Assert.Equal(0, there.ExitCode);
        Assert.Equal(0, home.ExitCode);
        // The same counts and hashes table by table, both ways; the copies answer as the original does.
        Assert.Equal(Tables(there.Output), Tables(home.Output));
        Assert.Contains(Tables(there.Output), t => t.StartsWith("articles ", StringComparison.Ordinal) && !t.Contains(" 0 rows", StringComparison.Ordinal));
        // SQLite keeps an article's passage prints in one row and shows them a row each (a view): they go and come back whole.
        Assert.Contains(Tables(there.Output), t => t.StartsWith("passage_prints ", StringComparison.Ordinal) && !t.Contains(" 0 rows", StringComparison.Ordinal));
        var original = CliRun.Of("stories", "--db", sqlite, "--format", "json").Output;
        Assert.Equal(original, CliRun.Of("stories", "--db", postgres, "--format", "json").Output);
        Assert.Equal(original, CliRun.Of("stories", "--db", back, "--format", "json").Output);
    }

    [PostgresFact]
    public void Export_refuses_a_destination_that_holds_a_store_already_and_leaves_it_as_it_was()
    {
        var sqlite = Path.Combine(_folder, "khabar.db");
        var postgres = TestDatabases.NewDatabase();
        Assert.Equal(0, CliRun.Of("ingest", SharedData.Samples, "--db", sqlite).ExitCode);
        Assert.Equal(0, CliRun.Of("export", "--db", sqlite, "--to", postgres).ExitCode);
        var before = CliRun.Of("stories", "--db", postgres, "--format", "json").Output;

        var again = CliRun.Of("export", "--db", sqlite, "--to", postgres);
        var ontoFile = CliRun.Of("export", "--db", postgres, "--to", sqlite);

        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("not empty", again.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, ontoFile.ExitCode);
        Assert.Contains("already exists", ontoFile.Error, StringComparison.Ordinal);
        Assert.Equal(before, CliRun.Of("stories", "--db", postgres, "--format", "json").Output);
    }

    private static string[] Tables(string output) =>
        [.. output.Split('\n').Where(l => l.Contains("sha256", StringComparison.Ordinal)).Select(l => l.Trim())];
}
