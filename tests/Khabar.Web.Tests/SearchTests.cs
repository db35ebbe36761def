using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Khabar.Storage.Sqlite;

namespace Khabar.Web.Tests;

/// <summary>Search through the API and the page, against a real Kestrel on 127.0.0.1.</summary>
public class SearchTests(HostileServerFixture server) : IClassFixture<HostileServerFixture>
{
    [Fact]
    public async Task A_latin_name_finds_its_arabic_spelling_with_marks_at_clean_text_offsets()
    {
        var results = await server.Client.GetFromJsonAsync<JsonElement>("/api/search?q=Pavlenko");

        var hits = results.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("hits").EnumerateArray()).ToList();
        Assert.NotEmpty(hits);
        using var store = SqliteArticleStore.Open(server.Database);
        var marked = hits.SelectMany(h => h.GetProperty("marks").EnumerateArray().Select(m =>
            store.Find(h.GetProperty("article").GetString()!)!.CleanText.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32()))).ToList();
        Assert.Contains("بافلينكو", marked);
        Assert.Contains("Pavlenko", marked);
    }

    [Fact]
    public async Task The_search_page_marks_the_words_found_and_escapes_the_query_and_the_text()
    {
        var page = await server.Client.GetStringAsync($"/search?q={Uri.EscapeDataString("مجلس <script>alert(1)</script>")}");
        var found = await server.Client.GetStringAsync($"/search?q={Uri.EscapeDataString("الهدنة")}");

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<mark>الهدنة</mark>", found, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", found, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dir=\"rtl\"", found, StringComparison.Ordinal);
    }
}
