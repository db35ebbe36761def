using System.Text.Json;
using Khabar.Tests;

namespace Khabar.Web.Tests;

/// <summary>The demo corpus served from PostgreSQL (when the tests have a server: KHABAR_TEST_PG).</summary>
public sealed class PostgresServerFixture : ServerFixture
{
    private readonly Lazy<string> _database = new(TestDatabases.NewDatabase);

    public override string Database => _database.Value;

    public override async Task InitializeAsync()
    {
        // Without a server every test of the class is skipped: nothing to start.
        if (TestDatabases.Server is not null)
        {
            await base.InitializeAsync();
        }
    }
}

/// <summary>The API and pages read from PostgreSQL answer as they do from SQLite.</summary>
public class PostgresServerTests(ServerFixture sqlite, PostgresServerFixture postgres) : IClassFixture<ServerFixture>, IClassFixture<PostgresServerFixture>
{
    [PostgresFact]
    public async Task Stories_a_story_an_article_an_entity_and_a_search_read_the_same_from_both_stores()
    {
        var list = await Both("/api/stories?order=largest");
        var story = JsonDocument.Parse(list).RootElement.GetProperty("stories")[0];
        var id = story.GetProperty("id").GetString()!;
        var detail = await Both($"/api/stories/{id}");
        var article = JsonDocument.Parse(detail).RootElement.GetProperty("articles")[0].GetProperty("id").GetString()!;

        await Both($"/api/articles/{Uri.EscapeDataString(article)}");
        await SameHits("العاصفة");
        await SameHits("\"السكة الحديد\"");
        await SameHits("قطار*");
        await Both($"/stories/{id}");
        Assert.Contains(id, await Both("/"), StringComparison.Ordinal);
    }

    /// <summary>The same sentences found by both (ranked by BM25 on SQLite and ts_rank on PostgreSQL, so perhaps in another order).</summary>
    private async Task SameHits(string query)
    {
        static async Task<string[]> Hits(ServerFixture server, string query)
        {
            using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?limit=100&q=" + Uri.EscapeDataString(query)));
            return [.. json.RootElement.GetProperty("stories").EnumerateArray()
                .SelectMany(s => s.GetProperty("hits").EnumerateArray())
                .Select(h => $"{h.GetProperty("article").GetString()}@{h.GetProperty("start").GetInt32()}+{h.GetProperty("length").GetInt32()}")
                .Order(StringComparer.Ordinal)];
        }

        var found = await Hits(sqlite, query);
        Assert.NotEmpty(found);
        Assert.Equal(found, await Hits(postgres, query));
    }

    /// <summary>The body both servers give for <paramref name="path"/>, asserted equal.</summary>
    private async Task<string> Both(string path)
    {
        var fromSqlite = await sqlite.Client.GetStringAsync(path);
        var fromPostgres = await postgres.Client.GetStringAsync(path);
        Assert.Equal(fromSqlite, fromPostgres);
        return fromSqlite;
    }
}
