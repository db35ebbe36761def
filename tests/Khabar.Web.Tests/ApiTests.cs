using System.Net;
using System.Text;
using System.Text.Json;
using Khabar.Core.Pipeline;
using Khabar.Present.Reports;
using Khabar.Storage.Sqlite;

namespace Khabar.Web.Tests;

/// <summary>The JSON API against a real Kestrel on 127.0.0.1, over the demo corpus.</summary>
public class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private IReadOnlyList<Core.Domain.Story> StoredStories()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        return store.Stories();
    }

    [Fact]
    public async Task The_story_list_gives_the_latest_stories_first_with_their_coverage()
    {
        var response = await server.Client.GetAsync("/api/stories");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());
        var stories = page.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(StoredStories().Count, page.GetProperty("total").GetInt32());
        Assert.Equal(StoredStories().Count, stories.Count);
        var ends = stories.Select(s => s.GetProperty("to").GetDateTimeOffset()).ToList();
        Assert.Equal(ends.OrderDescending(), ends);
        Assert.All(stories, s =>
        {
            Assert.True(s.GetProperty("articles").GetInt32() >= 1);
            Assert.True(s.GetProperty("corroborated").GetInt32() + s.GetProperty("single").GetInt32() >= 1);
            Assert.NotEmpty(s.GetProperty("title").GetString()!);
        });
    }

    [Fact]
    public async Task A_page_of_one_story_in_the_largest_first_order_is_the_largest_story()
    {
        var largest = StoredStories()[0];

        var page = Parse(await server.Client.GetStringAsync("/api/stories?size=1&order=largest"));

        Assert.Equal(largest.Id, Assert.Single(page.GetProperty("stories").EnumerateArray().ToList()).GetProperty("id").GetString());
        Assert.Equal(StoredStories().Count, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Stories_are_filtered_by_days_and_outlet()
    {
        var stories = StoredStories();
        var outlet = stories.SelectMany(s => s.Sources).First();
        var dated = stories.First(s => s.From is not null);
        var day = DateOnly.FromDateTime(dated.From!.Value.UtcDateTime);

        var byOutlet = Parse(await server.Client.GetStringAsync($"/api/stories?outlet={Uri.EscapeDataString(outlet)}"));
        var byDay = Parse(await server.Client.GetStringAsync($"/api/stories?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"));
        var none = Parse(await server.Client.GetStringAsync("/api/stories?from=1990-01-01&to=1990-01-02"));

        Assert.Equal(stories.Count(s => s.Sources.Contains(outlet)), byOutlet.GetProperty("total").GetInt32());
        Assert.Contains(byDay.GetProperty("stories").EnumerateArray(), s => s.GetProperty("id").GetString() == dated.Id);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/stories?size=0", "size")]
    [InlineData("/api/stories?size=1000", "size")]
    [InlineData("/api/stories?page=0", "page")]
    [InlineData("/api/stories?from=2025-10-20&to=2025-10-01", "from")]
    [InlineData("/api/stories?order=random", "order")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%22", "q")]
    [InlineData("/api/search?q=x&limit=0", "limit")]
    public async Task A_request_asked_for_wrongly_is_refused_naming_the_parameter(string url, string parameter)
    {
        var response = await server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(Parse(await response.Content.ReadAsStringAsync()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused()
    {
        var response = await server.Client.GetAsync("/api/stories?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_story_is_the_object_the_cli_writes_for_it()
    {
        var id = StoredStories()[0].Id;
        string expected;
        using (var store = SqliteArticleStore.Open(server.Database))
        {
            var record = new KhabarPipeline(store, PipelineParts.BuiltIn()).Reader.Story(id, withRemovals: false)!;
            using var output = new StringWriter();
            ReportOutput.WriteOne("json", StoryReport.Of(record), output);
            expected = output.ToString();
        }

        var response = await server.Client.GetAsync($"/api/stories/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(expected, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task An_old_id_of_a_merged_story_redirects_to_the_story()
    {
        var id = StoredStories()[0].Id;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={server.Database};Pooling=False"))
        {
            connection.Open();
            using var alias = connection.CreateCommand();
            alias.CommandText = "INSERT OR REPLACE INTO story_aliases (old_id, story_id) VALUES ('s-merged-away', $id)";
            alias.Parameters.AddWithValue("$id", id);
            alias.ExecuteNonQuery();
        }

        var response = await server.Client.GetAsync("/api/stories/s-merged-away");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/api/stories/{id}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/api/stories/no-such-story", "no-such-story")]
    [InlineData("/api/articles/no-such-article", "no-such-article")]
    [InlineData("/api/stories/%3Cscript%3E", "<script>")]
    public async Task What_the_store_does_not_have_is_404_naming_it(string url, string named)
    {
        var response = await server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(named, Parse(await response.Content.ReadAsStringAsync()).GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_comes_with_its_clean_text_and_what_cleaning_removed()
    {
        Core.Domain.Article article;
        using (var store = SqliteArticleStore.Open(server.Database))
        {
            article = store.Articles().First(a => a.Format == "html");
        }

        var json = Parse(await server.Client.GetStringAsync($"/api/articles/{Uri.EscapeDataString(article.Id)}"));

        Assert.Equal(article.Id, json.GetProperty("id").GetString());
        Assert.Equal(article.CleanText, json.GetProperty("text").GetString());
        Assert.All(json.GetProperty("removals").EnumerateArray(), r =>
            Assert.Equal(article.RawText.Substring(r.GetProperty("start").GetInt32(), r.GetProperty("length").GetInt32()), r.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_api_is_described_by_an_openapi_document()
    {
        var document = Parse(await server.Client.GetStringAsync("/openapi/v1.json"));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/stories", paths);
        Assert.Contains("/api/stories/{id}", paths);
        Assert.Contains("/api/articles/{id}", paths);
        Assert.DoesNotContain("/", paths);
    }

    [Fact]
    public async Task Every_response_allows_no_script_but_the_servers_own_files_and_forbids_framing_and_sniffing()
    {
        foreach (var url in new[] { "/", "/api/stories", "/api/stories/no-such-story" })
        {
            var response = await server.Client.GetAsync(url);

            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-inline'", policy.Replace("style-src 'unsafe-inline'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        }
    }
}
