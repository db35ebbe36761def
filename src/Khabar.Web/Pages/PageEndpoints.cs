using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Khabar.Present.Reports;
using Khabar.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Khabar.Web.Pages;

/// <summary>
/// The server-rendered pages, right to left, readable without JavaScript: the latest stories with a coverage bar
/// each, and a story page (the HTML report of that story). Everything taken from articles is HTML-encoded.
/// </summary>
internal static class PageEndpoints
{
    private const int PageSize = 50;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Home).ExcludeFromDescription();
        app.MapGet("/stories/{id}", StoryPage).ExcludeFromDescription();
        app.MapGet("/search", SearchPage).ExcludeFromDescription();
        app.MapGet("/entities/{key}", EntityPage).ExcludeFromDescription();
        app.MapGet("/outlets/{name}", OutletPage).ExcludeFromDescription();
        app.MapGet("/favicon.ico", () => TypedResults.NoContent()).ExcludeFromDescription(); // no icon, and no 404 for every page
        app.MapGet("/live.js", () => TypedResults.Text(LiveScript, "text/javascript; charset=utf-8")).ExcludeFromDescription();
    }

    private static IResult Home(StorePool pool, int? page, string? status)
    {
        StoryListing.TryStatus(status, out var wanted);
        var listing = new StoryListing(Math.Max(page ?? 1, 1), PageSize, Status: wanted);
        var (stories, total) = pool.Read(listing.Read);

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        WriteHome(stories, listing.Page, total, output, live: true, wanted);
        return TypedResults.Content(output.ToString(), "text/html; charset=utf-8");
    }

    private static IResult EntityPage(StorePool pool, string key, int? page)
    {
        var listing = new StoryListing(Math.Max(page ?? 1, 1), PageSize, Entity: key);
        if (pool.Read(lease => Api.EntityPage.Read(lease, listing)) is not { } found)
        {
            return NotFoundPage($"<p>لا توجد قصة تذكر <code dir=\"ltr\">{Html.Encode(key)}</code>.</p>");
        }

        var body = new StringWriter(CultureInfo.InvariantCulture);
        body.WriteLine($"<h2>{Html.Encode(found.Names[0].Name)} <span class=\"meta\">{TypeName(found.Type)}</span></h2>");
        body.WriteLine($"<p class=\"meta\">يُكتب أيضا: {string.Join("، ", found.Names.Skip(1).Take(12).Select(n => $"<bdi>{Html.Encode(n.Name)}</bdi> ({n.Stories})"))}</p>");
        WriteStoryList(found.Stories.Stories, listing.Page, found.Stories.Total, $"/entities/{Html.Encode(Uri.EscapeDataString(key))}?", body);
        return TypedResults.Content(Page($"خبر: {found.Names[0].Name}", body.ToString(), live: true), "text/html; charset=utf-8");
    }

    private static IResult OutletPage(StorePool pool, string name, int? page)
    {
        var listing = new StoryListing(Math.Max(page ?? 1, 1), PageSize, Outlet: name);
        if (pool.Read(lease => Api.OutletPage.Read(lease, listing)) is not { } found)
        {
            return NotFoundPage($"<p>لا مقالات من <bdi>{Html.Encode(name)}</bdi>.</p>");
        }

        var body = new StringWriter(CultureInfo.InvariantCulture);
        body.WriteLine($"<h2><bdi>{Html.Encode(found.Name)}</bdi></h2>");
        body.WriteLine($"<p class=\"meta\">{found.Articles.ToString(CultureInfo.InvariantCulture)} مقال مخزّن</p>");
        WriteStoryList(found.Stories.Stories, listing.Page, found.Stories.Total, $"/outlets/{Html.Encode(Uri.EscapeDataString(name))}?", body);
        return TypedResults.Content(Page($"خبر: {found.Name}", body.ToString(), live: true), "text/html; charset=utf-8");
    }

    private static IResult NotFoundPage(string message) =>
        TypedResults.Content(Page("غير موجود", message + "<p><a href=\"/\">القصص</a></p>"), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static string TypeName(string code) => code switch
    {
        "PERS" => "شخص",
        "LOC" => "مكان",
        "ORG" => "منظمة",
        _ => "اسم",
    };

    private static IResult StoryPage(StorePool pool, string id)
    {
        var lease = pool.Rent();
        try
        {
            if (lease.Reader.Story(id) is not { } record)
            {
                return NotFoundPage($"<p>لا توجد قصة بالمعرّف <code dir=\"ltr\">{Html.Encode(id)}</code>.</p>");
            }

            if (!string.Equals(record.Story.Id, id, StringComparison.Ordinal))
            {
                return TypedResults.Redirect($"/stories/{Uri.EscapeDataString(record.Story.Id)}", permanent: true);
            }

            using var output = new StringWriter(CultureInfo.InvariantCulture);
            HtmlReportWriter.Write([StoryReport.Of(record)], output, served: true);
            // The report is a self-contained page (the CLI writes the same); served, it also follows the story live and
            // leads back to the list and to search.
            var html = output.ToString();
            var body = html.IndexOf("<body>", StringComparison.Ordinal);
            html = body < 0 ? html : html.Insert(body + "<body>".Length, "\n" + SiteLinks);
            var head = html.IndexOf("</head>", StringComparison.Ordinal);
            return TypedResults.Content(head < 0 ? html : html.Insert(head, LiveTag), "text/html; charset=utf-8");
        }
        finally
        {
            pool.Return(lease);
        }
    }

    private static IResult SearchPage(StorePool pool, string? q)
    {
        var query = q is { Length: <= 500 } ? Core.Search.SearchQuery.Parse(q) : null;
        var body = new StringWriter(CultureInfo.InvariantCulture);
        body.WriteLine(SearchForm(q));
        if (query is null)
        {
            body.WriteLine(q is null ? string.Empty : "<p class=\"meta\">اكتب كلمة واحدة على الأقل.</p>");
        }
        else
        {
            var lease = pool.Rent();
            Core.Search.SearchResults results;
            try
            {
                results = lease.Search(query, 50);
            }
            finally
            {
                pool.Return(lease);
            }

            if (results.Windowed)
            {
                body.WriteLine("<p class=\"meta\">لم تُرتَّب كل الجمل المطابقة: هذه أفضلها بين الأحدث. أضف كلمة لتضييق البحث.</p>");
            }

            body.WriteLine(results.Stories.Count == 0 ? "<p class=\"meta\">لا نتائج.</p>" : "<ol class=\"results\">");
            foreach (var story in results.Stories)
            {
                var heading = story.StoryId is null
                    ? "<h2>مقالات لم تُضمّ إلى قصة بعد</h2>"
                    : $"<h2><a href=\"/stories/{Html.Encode(Uri.EscapeDataString(story.StoryId))}\">{Html.Encode(story.Title ?? story.StoryId)}</a></h2>";
                body.WriteLine($"<li>{heading}<ul>");
                foreach (var snippet in story.Snippets)
                {
                    body.WriteLine($"<li><p>{SearchWriter.SnippetHtml(snippet)}</p><p class=\"meta\"><code dir=\"ltr\">{Html.Encode(snippet.ArticleId)}</code></p></li>");
                }

                body.WriteLine("</ul></li>");
            }

            if (results.Stories.Count > 0)
            {
                body.WriteLine("</ol>");
            }
        }

        return TypedResults.Content(Page(q is null ? "خبر: بحث" : $"خبر: {q}", body.ToString()), "text/html; charset=utf-8");
    }

    private static string SearchForm(string? q) =>
        $"<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\"{Html.Encode(q ?? string.Empty)}\" aria-label=\"بحث\" placeholder=\"ابحث في الأخبار\"> <button type=\"submit\">بحث</button></form>";

    /// <summary>The latest stories (all, or those with conflicts, or with corroborated facts), with a search box above.</summary>
    internal static void WriteHome(IReadOnlyList<StorySummary> stories, int page, int total, TextWriter output, bool live, Core.Ports.StoryStatus? status = null)
    {
        var body = new StringWriter(CultureInfo.InvariantCulture);
        body.WriteLine(SearchForm(null));
        var filter = status switch { Core.Ports.StoryStatus.Conflict => "conflict", Core.Ports.StoryStatus.Corroborated => "corroborated", _ => null };
        body.WriteLine("<nav class=\"filters\">" + string.Join(" · ", new[] { (null, "كل القصص"), ("conflict", "فيها تعارض"), ("corroborated", "فيها وقائع مؤكدة") }
            .Select(f => f.Item1 == filter ? $"<strong>{f.Item2}</strong>" : $"<a href=\"/{(f.Item1 is null ? "" : "?status=" + f.Item1)}\">{f.Item2}</a>")) + "</nav>");
        WriteStoryList(stories, page, total, filter is null ? "/?" : $"/?status={filter}&", body);
        output.Write(Page("خبر: أحدث القصص", body.ToString(), live));
    }

    /// <summary>A page of stories: title, days, articles and outlets, and a bar of corroborated / single-source / conflicting facts; links to the pages before and after.</summary>
    private static void WriteStoryList(IReadOnlyList<StorySummary> stories, int page, int total, string pageLink, TextWriter body)
    {
        body.WriteLine($"<p class=\"meta\">{total.ToString(CultureInfo.InvariantCulture)} قصة · الصفحة {page.ToString(CultureInfo.InvariantCulture)}</p>");
        body.WriteLine("<ol class=\"stories\">");
        foreach (var story in stories)
        {
            var facts = Math.Max(story.Corroborated + story.Single + story.Conflicts, 1);
            var outlets = string.Join(" · ", story.Outlets.Take(6).Select(o => $"<a href=\"/outlets/{Html.Encode(Uri.EscapeDataString(o))}\"><bdi>{Html.Encode(o)}</bdi></a>"));
            body.WriteLine($"""
                <li class="story">
                <a href="/stories/{Html.Encode(Uri.EscapeDataString(story.Id))}">{Html.Encode(story.Title)}</a>
                <p class="meta">{Days(story)} · {story.Articles} مقال · {story.Outlets.Count} منفذ · {story.Events} حدث</p>
                <p class="meta outlets">{outlets}</p>
                <div class="coverage" title="مؤكد {story.Corroborated} · مصدر واحد {story.Single} · تعارض {story.Conflicts}">
                <span class="corroborated" style="width:{Percent(story.Corroborated, facts)}%"></span><span class="single" style="width:{Percent(story.Single, facts)}%"></span><span class="conflict" style="width:{Percent(story.Conflicts, facts)}%"></span>
                </div>
                <p class="counts">مؤكد {story.Corroborated} · مصدر واحد {story.Single} · تعارض {story.Conflicts}</p>
                </li>
                """);
        }

        body.WriteLine("</ol>");
        var pages = (total + PageSize - 1) / PageSize;
        body.WriteLine("<nav class=\"pages\">");
        if (page > 1)
        {
            body.WriteLine($"<a rel=\"prev\" href=\"{pageLink}page={page - 1}\">السابق</a>");
        }

        if (page < pages)
        {
            body.WriteLine($"<a rel=\"next\" href=\"{pageLink}page={page + 1}\">التالي</a>");
        }

        body.WriteLine("</nav>");
    }

    private static string Page(string title, string body, bool live = false) => $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)}</title>
        <style>{Style}</style>
        {(live ? LiveTag : string.Empty)}</head>
        <body>
        <header class="site"><h1><a href="/">خبر</a></h1></header>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;

    private static string Days(StorySummary story) =>
        story.From is not { } from ? "بلا تاريخ"
        : story.To is { } to && to.Date != from.Date ? $"{Day(from)} – {Day(to)}"
        : Day(from);

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture);

    private const string SiteLinks = "<nav class=\"site-links\" style=\"padding:.4rem 1rem\"><a href=\"/\">أحدث القصص</a> · <a href=\"/search\">بحث</a></nav>";

    private const string LiveTag = "<script src=\"/live.js\" defer></script>\n";

    /// <summary>
    /// Follows the page's story (or, on the list, any story) over server-sent events and reloads when it changes;
    /// a merged story's reload lands on the story it went into. The only script the pages use, served as a file:
    /// the Content-Security-Policy runs no inline script.
    /// </summary>
    private const string LiveScript = """
        // Khabar: reload when the stories on this page change (server-sent events from /api/events).
        (() => {
          const story = document.querySelector("article.story")?.id;
          const events = new EventSource("/api/events");
          let pending = null;
          events.addEventListener("stories", (e) => {
            const change = JSON.parse(e.data);
            if (story && !change.changed.includes(story) && !change.removed.includes(story)) return;
            clearTimeout(pending);
            pending = setTimeout(() => location.reload(), story ? 200 : 2000);
          });
        })();
        """;

    private const string Style = """
        body{font-family:"Noto Naskh Arabic","Amiri",serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.7;color:#1b1b1b;background:#fcfcfa}
        header.site h1 a{color:inherit;text-decoration:none}
        ol.stories{list-style:none;padding:0}
        li.story{border-bottom:1px solid #ddd;padding:.6rem 0}
        li.story>a{font-size:1.15rem;font-weight:bold;color:#0b3d91;text-decoration:none}
        .meta,.counts{color:#555;font-size:.9rem;margin:.2rem 0}
        .coverage{display:flex;height:.5rem;background:#eee;border-radius:.25rem;overflow:hidden;max-width:24rem}
        .coverage .corroborated{background:#2e7d32}.coverage .single{background:#9e9e9e}.coverage .conflict{background:#c62828}
        nav.pages a,nav.filters a{margin-inline-end:1rem}
        .outlets a{color:#555}
        form.search input{font:inherit;padding:.3rem .5rem;width:min(30rem,70%)}
        mark{background:#fff3a0;padding:0 .1rem}
        ol.results{list-style:none;padding:0}ol.results h2{font-size:1.1rem;margin:.8rem 0 .2rem}
        """;
}
