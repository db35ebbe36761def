using System.Net;
using Khabar.Storage.Sqlite;
using Microsoft.Playwright;

namespace Khabar.Web.Tests;

/// <summary>
/// The pages in headless Chromium (Debian's, driven by Playwright) against a real Kestrel on 127.0.0.1: the home
/// page, a search in Arabic that finds another spelling, a story page, and that page updating itself when an article
/// joins its story through the API. Screenshots are kept under the test output folder (browser/).
/// </summary>
public class BrowserTests(KeyedServerFixture server) : IClassFixture<KeyedServerFixture>
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "browser");

    [BrowserFact]
    public async Task A_reader_searches_opens_a_story_and_sees_it_update_when_an_article_joins()
    {
        Directory.CreateDirectory(Shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = server.Client.BaseAddress!.ToString(), ViewportSize = new() { Width = 1200, Height = 1600 } });
        var scriptErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                scriptErrors.Add(message.Text);
            }
        };

        await page.GotoAsync("/");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.True(await page.Locator("li.story").CountAsync() >= 3);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "home.png"), FullPage = true });

        // بافلنكو is not how any article spells him (بافلينكو, Pavlenko): the name key finds them.
        await page.FillAsync("input[name=q]", "بافلنكو");
        // Waiting for the URL to be committed, then for the results, rather than for the load event: in one CI run out of
        // many, the load event of the results page was never reported and the wait timed out.
        await Task.WhenAll(
            page.WaitForURLAsync("**/search?q=*", new() { WaitUntil = WaitUntilState.Commit }),
            page.PressAsync("input[name=q]", "Enter"));
        await page.Locator("ol.results mark").First.WaitForAsync();
        var marked = await page.Locator("mark").AllInnerTextsAsync();
        Assert.Contains("بافلينكو", marked);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "search.png"), FullPage = true });

        await page.Locator("ol.results h2 a").First.ClickAsync();
        await page.WaitForSelectorAsync("article.story");
        var story = await page.GetAttributeAsync("article.story", "id");
        Assert.NotNull(story);

        // Another outlet reprints one of the story's articles: posted through the API, it joins the open story.
        using var store = SqliteArticleStore.Open(server.Database);
        var member = store.MembersOf([story!])[0];
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles?name=reprint-by-browser-test.txt")
        {
            Content = new StringContent((member.Title ?? string.Empty) + "\n" + member.CleanText),
            Headers = { { "X-Api-Key", server.ApiKey } },
        };
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(post)).StatusCode);

        await page.WaitForSelectorAsync($"details.article[id='{story}-reprint-by-browser-test']", new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "story-updated.png"), FullPage = true });
        Assert.Empty(scriptErrors);
    }
}
