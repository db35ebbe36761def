using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khabar.Web.Tests.Watch;

/// <summary>
/// A real HTTP server on 127.0.0.1 that plays the outlets a watcher polls: a good RSS feed (with an ETag, answering
/// 304 to it), an Atom feed, and feeds and pages that fail in the ways real ones do: 404, malformed XML, an answer
/// that never comes, a page of 50 MB. It counts every request by path, and the conditional headers it was sent.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentDictionary<string, int> Requests { get; } = new();

    public ConcurrentQueue<(string Path, string? IfNoneMatch, DateTimeOffset At)> Log { get; } = new();

    /// <summary>The items the RSS feed lists; a test adds one to see it read.</summary>
    public List<(string Slug, string Title, string Body)> Items { get; } =
    [
        ("port-expansion-2026", "توسعة ميناء الدمام تبدأ الشهر المقبل", FeedTexts.Port),
        ("rain-forecast-riyadh", "الأرصاد تتوقع أمطارا رعدية على الرياض", FeedTexts.Rain),
    ];

    public Uri Base { get; private set; } = null!;

    /// <summary>What <c>/robots.txt</c> says; null answers 404 (no file), "503" answers 503.</summary>
    public string? Robots { get; set; }

    /// <summary>While true, <c>/feeds/flaky.xml</c> answers 503; then it serves the RSS feed.</summary>
    public bool FlakyDown { get; set; }

    private FeedServer(WebApplication app) => _app = app;

    public static async Task<FeedServer> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value!;
            server.Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
            server.Log.Enqueue((path, context.Request.Headers.IfNoneMatch.FirstOrDefault(), DateTimeOffset.UtcNow));
            await next();
        });
        app.MapGet("/feeds/news.xml", (HttpContext context) => server.Rss(context));
        app.MapGet("/feeds/atom.xml", () => Results.Text(server.Atom(), "application/atom+xml", Encoding.UTF8));
        app.MapGet("/feeds/missing.xml", () => Results.NotFound());
        app.MapGet("/feeds/flaky.xml", (HttpContext context) => server.FlakyDown ? Results.StatusCode(503) : server.Rss(context));
        app.MapGet("/feeds/cp1256.xml", () =>
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var xml = server.RssOf([("port-expansion-2026", "توسعة ميناء الدمام تبدأ الشهر المقبل", FeedTexts.Port)], "/news/")
                .Replace("encoding=\"utf-8\"", "encoding=\"windows-1256\"", StringComparison.Ordinal);
            return Results.Bytes(Encoding.GetEncoding(1256).GetBytes(xml), "application/rss+xml");
        });
        app.MapGet("/feeds/hourly.xml", () => Results.Text(
            server.RssOf([("port-expansion-2026", "توسعة ميناء الدمام تبدأ الشهر المقبل", FeedTexts.Port)], "/news/").Replace("<channel>", "<channel><ttl>60</ttl>", StringComparison.Ordinal),
            "application/rss+xml",
            Encoding.UTF8));
        app.MapGet("/feeds/weekly.xml", () => Results.Text(
            server.RssOf([("port-expansion-2026", "توسعة ميناء الدمام تبدأ الشهر المقبل", FeedTexts.Port)], "/news/").Replace("<channel>", "<channel><ttl>10080</ttl>", StringComparison.Ordinal),
            "application/rss+xml",
            Encoding.UTF8));
        app.MapGet("/feeds/wordpress.xml", () => Results.Text(
            server.RssOf([("port-expansion-2026", "توسعة ميناء الدمام تبدأ الشهر المقبل", FeedTexts.Port)], "/news/").Replace(
                "<rss version=\"2.0\"><channel>",
                "<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>",
                StringComparison.Ordinal),
            "application/rss+xml",
            Encoding.UTF8));
        app.MapGet("/feeds/cached.xml", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=600";
            return Results.Text(server.RssOf([("port-expansion-2026", "توسعة ميناء الدمام تبدأ الشهر المقبل", FeedTexts.Port)], "/news/"), "application/rss+xml", Encoding.UTF8);
        });
        app.MapGet("/feeds/broken.xml", () => Results.Text("<rss><channel><title>مكسور</title><item><title>بلا نهاية", "application/rss+xml"));
        app.MapGet("/feeds/not-a-feed.xml", () => Results.Text("<html><body>صفحة</body></html>", "text/html"));
        app.MapGet("/feeds/slow.xml", async (CancellationToken token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return Results.Text(server.RssXml(), "application/rss+xml");
        });
        app.MapGet("/feeds/huge-items.xml", () => Results.Text(server.RssOf([("huge-page", "صفحة ضخمة", FeedTexts.Rain)], "/huge/"), "application/rss+xml", Encoding.UTF8));
        app.MapGet("/feeds/gone-items.xml", () => Results.Text(server.RssOf([("gone-page", "خبر حذف من الموقع", FeedTexts.Gone)], "/gone/"), "application/rss+xml", Encoding.UTF8));
        app.MapGet("/news/{slug}", (string slug) =>
            server.Items.FirstOrDefault(i => i.Slug == slug) is { Slug: not null } item
                ? Results.Content(Page(item.Title, item.Body), "text/html; charset=utf-8")
                : Results.NotFound());
        app.MapGet("/huge/{slug}", async (HttpContext context) =>
        {
            // 50 MB, streamed without a declared length: the reader has to count.
            context.Response.ContentType = "text/html; charset=utf-8";
            var chunk = Encoding.UTF8.GetBytes("<p>" + new string('ن', 4000) + "</p>");
            for (long sent = 0; sent < 50L << 20 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        app.MapGet("/gone/{slug}", () => Results.NotFound());
        app.MapGet("/robots.txt", () => server.Robots switch
        {
            null => Results.NotFound(),
            "503" => Results.StatusCode(503),
            var text => Results.Text(text, "text/plain", Encoding.UTF8),
        });
        app.MapGet("/feeds/private-items.xml", () => Results.Text(server.RssOf([("council-meeting", "اجتماع المجلس البلدي", FeedTexts.Gone)], "/private/"), "application/rss+xml", Encoding.UTF8));
        app.MapGet("/private/{slug}", () => Results.Content(Page("اجتماع المجلس البلدي", FeedTexts.Gone), "text/html; charset=utf-8"));
        await app.StartAsync();
        server.Base = new Uri(app.Urls.First());
        return server;
    }

    public Uri At(string path) => new(Base, path);

    public int Count(string path) => Requests.GetValueOrDefault(path);

    private IResult Rss(HttpContext context)
    {
        var xml = RssXml();
        var etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(xml)))[..16]}\"";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode((int)HttpStatusCode.NotModified);
        }

        context.Response.Headers.ETag = etag;
        return Results.Text(xml, "application/rss+xml", Encoding.UTF8);
    }

    private string RssXml() => RssOf(Items, "/news/");

    private string RssOf(IEnumerable<(string Slug, string Title, string Body)> items, string under)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>صحيفة الساحل</title>""");
        var day = 1;
        foreach (var (slug, title, body) in items)
        {
            var link = new Uri(Base, under + slug);
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>{WebUtility.HtmlEncode(title)}</title><link>{link}</link><guid>{link}</guid>")
               .Append(CultureInfo.InvariantCulture, $"<pubDate>Tue, {day++:00} Dec 2026 08:00:00 +0300</pubDate>")
               .Append(CultureInfo.InvariantCulture, $"<description>{WebUtility.HtmlEncode("<p>" + body.Split('\n')[0] + "</p>")}</description></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }

    private string Atom() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة الواحة</title><id>urn:oasis</id>
        <entry><id>urn:oasis:1</id><title>افتتاح معرض الكتاب في جدة</title><updated>2026-12-02T09:00:00Z</updated>
        <link rel="alternate" href="{new Uri(Base, "/news/book-fair-jeddah")}"/>
        <summary type="html">{WebUtility.HtmlEncode("<p>" + FeedTexts.BookFair + "</p>")}</summary></entry>
        </feed>
        """;

    private static string Page(string title, string body) => $"""
        <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title>
        <meta property="og:site_name" content="صحيفة الساحل"></head>
        <body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
        <article><h1>{WebUtility.HtmlEncode(title)}</h1>{string.Concat(body.Split('\n').Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}</article>
        <footer>جميع الحقوق محفوظة</footer></body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Article texts written for these tests.</summary>
public static class FeedTexts
{
    public const string Port = """
        أعلنت الهيئة العامة للموانئ أن أعمال توسعة ميناء الملك عبدالعزيز في الدمام تبدأ مطلع الشهر المقبل، وتشمل إنشاء رصيفين جديدين للحاويات.
        وقال رئيس الهيئة في مؤتمر صحفي إن المشروع يرفع الطاقة الاستيعابية للميناء بنحو أربعين في المئة، وإن العمل سيستمر ثمانية عشر شهرا.
        وأضاف أن التوسعة تأتي ضمن خطة لتطوير الموانئ على الساحل الشرقي وربطها بشبكة السكك الحديدية.
        """;

    public const string Rain = """
        توقع المركز الوطني للأرصاد هطول أمطار رعدية متوسطة إلى غزيرة على منطقة الرياض ابتداء من مساء الخميس وحتى صباح السبت.
        ودعا المركز السكان إلى الابتعاد عن مجاري السيول والأودية، وحذر من انخفاض مدى الرؤية بسبب الغبار المصاحب للرياح.
        """;

    public const string Gone = """
        قررت أمانة المنطقة الشرقية إغلاق سوق السمك المركزي في الخبر أسبوعين لأعمال الصيانة، ونقل الباعة مؤقتا إلى ساحة مجاورة.
        """;

    public const string BookFair = """
        افتتح أمير منطقة مكة المكرمة معرض جدة الدولي للكتاب بمشاركة أكثر من ألف دار نشر من ثلاثين دولة، ويستمر المعرض عشرة أيام.
        """;
}
