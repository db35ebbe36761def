using System.Text.Json;

namespace Khabar.Cli.Tests.Commands;

public sealed class StoriesCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("khabar-stories-");

    private string Db => Path.Combine(_folder.FullName, "k.db");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Analyze_reports_the_demo_stories_with_reuse_passages_that_quote_the_articles()
    {
        var run = CliRun.Of("analyze", SharedData.Samples, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var texts = report.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
        var stories = report.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal([5, 4, 1], stories.Select(s => s.GetProperty("articles").GetArrayLength()));
        var rail = stories[0];
        Assert.StartsWith("s-", rail.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-10-14T00:00:00+00:00", rail.GetProperty("span").GetProperty("from").GetString());
        var reuse = rail.GetProperty("reuse").EnumerateArray().ToList();
        Assert.Equal(2, reuse.Count);
        foreach (var pair in reuse)
        {
            foreach (var passage in pair.GetProperty("passages").EnumerateArray())
            {
                foreach (var side in new[] { "a", "b" })
                {
                    var extent = passage.GetProperty(side);
                    var text = texts[pair.GetProperty(side).GetString()!];
                    Assert.Equal(
                        text.Substring(extent.GetProperty("start").GetInt32(), extent.GetProperty("length").GetInt32()),
                        extent.GetProperty("text").GetString());
                }
            }
        }
    }

    [Fact]
    public void Stories_lists_and_story_shows_one_in_text_and_json()
    {
        Assert.Equal(0, CliRun.Of("ingest", SharedData.Samples, "--db", Db).ExitCode);

        var list = CliRun.Of("stories", "--db", Db);
        Assert.Equal(0, list.ExitCode);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var id = lines[0].Split(' ')[0];
        Assert.Contains("5 articles", lines[0], StringComparison.Ordinal);

        var text = CliRun.Of("story", id, "--db", Db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("rail-alofoq-2025-10-14 ~ rail-sada-2025-10-14: share copy", text.Output, StringComparison.Ordinal);

        var json = CliRun.Of("story", id, "--db", Db, "--format", "json");
        using var story = JsonDocument.Parse(json.Output);
        Assert.Equal(id, story.RootElement.GetProperty("id").GetString());
        Assert.Equal(5, story.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void An_unknown_story_or_a_missing_database_is_a_clear_error()
    {
        var missing = CliRun.Of("stories", "--db", Path.Combine(_folder.FullName, "none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.db: no such database", missing.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "none.db")));

        Assert.Equal(0, CliRun.Of("ingest", SharedData.Samples, "--db", Db).ExitCode);
        var unknown = CliRun.Of("story", "s-000000000000", "--db", Db);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no story 's-000000000000'", unknown.Error, StringComparison.Ordinal);
    }
}
