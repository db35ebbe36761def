using System.Net;
using System.Text.Json;
using Khabar.Core.Consolidate;
using Khabar.Core.Entities;
using Khabar.Storage.Sqlite;

namespace Khabar.Web.Tests;

/// <summary>Entities and outlets across stories, and story lists filtered by entity and by the status of their facts.</summary>
public class EntityOutletTests(HostileServerFixture server) : IClassFixture<HostileServerFixture>
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private async Task<List<JsonElement>> Stories(string query) =>
        [.. Parse(await server.Client.GetStringAsync("/api/stories?size=100" + query)).GetProperty("stories").EnumerateArray()];

    [Fact]
    public async Task Status_filters_keep_exactly_the_stories_with_a_conflict_or_a_corroborated_fact()
    {
        var all = await Stories("");
        var conflicts = await Stories("&status=conflict");
        var corroborated = await Stories("&status=corroborated");
        var bad = await server.Client.GetAsync("/api/stories?status=disputed");

        Assert.Equal(all.Where(s => s.GetProperty("conflicts").GetInt32() > 0).Select(Id), conflicts.Select(Id));
        Assert.Equal(all.Where(s => s.GetProperty("corroborated").GetInt32() > 0).Select(Id), corroborated.Select(Id));
        Assert.NotEmpty(conflicts);
        Assert.True(conflicts.Count < all.Count);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("status is conflict or corroborated", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_key_from_a_story_finds_its_stories_and_names_and_filters_the_list()
    {
        var story = (await Stories("&order=largest"))[0];
        var report = Parse(await server.Client.GetStringAsync($"/api/stories/{Id(story)}"));
        var person = report.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("type").GetString() == "PERS");
        var key = person.GetProperty("key").GetString()!;

        var entity = Parse(await server.Client.GetStringAsync($"/api/entities/{key}"));
        var filtered = await Stories($"&entity={key}");

        Assert.Equal("PERS", entity.GetProperty("type").GetString());
        Assert.Contains(entity.GetProperty("names").EnumerateArray(), n => n.GetProperty("name").GetString() == person.GetProperty("name").GetString());
        Assert.Contains(entity.GetProperty("stories").GetProperty("stories").EnumerateArray(), s => Id(s) == Id(story));
        Assert.Contains(filtered, s => Id(s) == Id(story));
        Assert.Equal(entity.GetProperty("stories").GetProperty("total").GetInt32(), filtered.Count);
    }

    [Fact]
    public async Task An_entity_is_found_by_any_spelling_or_script_of_its_name()
    {
        // The key is the name's sound skeleton: the page for one spelling is the page for all.
        var key = EntityKeys.Of(EntityType.Person, "غريغوري بافلنكو")!;
        Assert.Equal(key, EntityKeys.Of(EntityType.Person, "جريجوري بافلينكو"));
        Assert.Equal(key, EntityKeys.Of(EntityType.Person, "Grigory Pavlenko"));

        var entity = await server.Client.GetAsync($"/api/entities/{key}");

        Assert.Equal(HttpStatusCode.OK, entity.StatusCode);
    }

    [Fact]
    public async Task An_unknown_entity_or_outlet_is_a_404_naming_it()
    {
        var entity = await server.Client.GetAsync("/api/entities/person-zzqq");
        var outlet = await server.Client.GetAsync("/api/outlets/" + Uri.EscapeDataString("لا أحد"));
        var page = await server.Client.GetAsync("/outlets/" + Uri.EscapeDataString("<b>لا أحد</b>"));

        Assert.Equal(HttpStatusCode.NotFound, entity.StatusCode);
        Assert.Contains("person-zzqq", await entity.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outlet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outlet_counts_its_stored_articles_and_lists_only_stories_it_reported()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        var outlet = store.Articles().GroupBy(a => a.Source).Where(g => g.Key is not null).MaxBy(g => g.Count())!;

        var page = Parse(await server.Client.GetStringAsync($"/api/outlets/{Uri.EscapeDataString(outlet.Key!)}"));

        Assert.Equal(outlet.Count(), page.GetProperty("articles").GetInt64());
        var stories = page.GetProperty("stories").GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(stories);
        Assert.All(stories, s => Assert.Contains(outlet.Key, s.GetProperty("outlets").EnumerateArray().Select(o => o.GetString())));
    }

    [Fact]
    public async Task Story_pages_link_names_to_entity_pages_and_outlets_to_outlet_pages_which_link_back()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        var story = store.Stories()[0];
        var html = await server.Client.GetStringAsync($"/stories/{story.Id}");
        var entityLink = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/entities/[^\"]+)\"").Groups[1].Value;
        var outletLink = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/outlets/[^\"]+)\"").Groups[1].Value;

        var entityPage = await server.Client.GetStringAsync(entityLink);
        var outletPage = await server.Client.GetStringAsync(outletLink);

        Assert.Contains($"href=\"/stories/{story.Id}\"", entityPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stories/{story.Id}\"", outletPage, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", entityPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_filters_by_status_and_says_which_filter_is_on()
    {
        var conflicts = await Stories("&status=conflict");

        var html = await server.Client.GetStringAsync("/?status=conflict");

        Assert.Contains("<strong>فيها تعارض</strong>", html, StringComparison.Ordinal);
        Assert.Equal(conflicts.Count, html.Split("class=\"coverage\"").Length - 1);
    }

    private static string Id(JsonElement story) => story.GetProperty("id").GetString()!;
}
