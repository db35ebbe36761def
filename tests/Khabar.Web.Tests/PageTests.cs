using System.Net;
using Khabar.Storage.Sqlite;

namespace Khabar.Web.Tests;

/// <summary>The demo corpus plus an article whose title and text carry markup, as a hostile page would.</summary>
public class HostileServerFixture : ServerFixture
{
    public const string Script = "<script>alert('khabar')</script>";

    protected override void AddArticles()
    {
        File.WriteAllText(Path.Combine(ExtraFolder, "hostile.html"), $"""
            <html><head><title>&lt;script&gt;alert('khabar')&lt;/script&gt; مجلس الأمن يناقش الهدنة</title></head>
            <body><article><p>ناقش مجلس الأمن الدولي اليوم مشروع قرار بشأن الهدنة. &lt;img src=x onerror=alert(1)&gt; وقال المندوب إن التصويت سيجري الأسبوع المقبل بعد مشاورات مع الأعضاء الدائمين.</p>
            <script>alert('inline')</script></article></body></html>
            """);

        // Two outlets' headlines of one decision, one the opposite of the other: a claim conflict.
        File.WriteAllLines(Path.Combine(ExtraFolder, "port-fees.jsonl"),
        [
            """{"title":"هيئة الموانئ ترفع رسوم التخزين في ميناء الدقم","text":"هيئة الموانئ ترفع رسوم التخزين في ميناء الدقم ابتداء من الشهر المقبل.","date":"2025-10-20T09:00:00+04:00","source":"الساحل"}""",
            """{"title":"هيئة الموانئ تخفض رسوم التخزين في ميناء الدقم","text":"هيئة الموانئ تخفض رسوم التخزين في ميناء الدقم ابتداء من الشهر المقبل.","date":"2025-10-20T11:00:00+04:00","source":"المرفأ"}""",
        ]);
    }
}

/// <summary>The server-rendered pages against a real Kestrel on 127.0.0.1.</summary>
public class PageTests(HostileServerFixture server) : IClassFixture<HostileServerFixture>
{
    [Fact]
    public async Task The_home_page_lists_the_stories_right_to_left_with_their_coverage()
    {
        var response = await server.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        using var store = SqliteArticleStore.Open(server.Database);
        Assert.All(store.Stories(), s => Assert.Contains($"href=\"/stories/{s.Id}\"", html, StringComparison.Ordinal));
        Assert.Equal(store.Stories().Count, html.Split("class=\"coverage\"").Length - 1);
    }

    [Fact]
    public async Task Markup_in_an_article_is_shown_as_text_on_every_page()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        var hostile = store.Stories().Single(s => s.Title.Contains("مجلس الأمن", StringComparison.Ordinal) || s.Title.Contains("script", StringComparison.Ordinal));

        foreach (var url in new[] { "/", $"/stories/{hostile.Id}" })
        {
            // The one script a page may carry is the server's own file; nothing from the article becomes a tag.
            var html = (await server.Client.GetStringAsync(url)).Replace("<script src=\"/live.js\" defer></script>", string.Empty, StringComparison.Ordinal);

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_outlets_saying_opposite_things_show_as_a_claim_conflict_with_each_side_quoted()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        var story = store.Stories().Single(s => s.Title.Contains("رسوم التخزين", StringComparison.Ordinal));

        var page = await server.Client.GetStringAsync($"/stories/{story.Id}");

        Assert.Equal(2, story.Articles.Count);
        Assert.Contains("<span class=\"badge conflict\">الرواية: عكسها</span>", page, StringComparison.Ordinal);
        Assert.Contains("<blockquote>هيئة الموانئ ترفع رسوم التخزين", page, StringComparison.Ordinal);
        Assert.Contains("<blockquote>هيئة الموانئ تخفض رسوم التخزين", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_page_shows_the_story_and_an_unknown_one_is_a_404_page()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        var story = store.Stories()[0];

        var page = await server.Client.GetStringAsync($"/stories/{story.Id}");
        var missing = await server.Client.GetAsync("/stories/no-such-story");

        Assert.Contains($"id=\"{story.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search\">", page, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no-such-story", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
