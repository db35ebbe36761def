using System.Text.Encodings.Web;
using System.Text.Unicode;
using Khabar.Core.Pipeline;
using Khabar.Core.Watch;
using Khabar.Storage;
using Khabar.Web.Api;
using Khabar.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Khabar.Web;

/// <summary>What <c>khabar serve</c> is given.</summary>
/// <param name="Database">The SQLite store.</param>
/// <param name="Urls">Where to listen.</param>
/// <param name="ApiKey">The key writes must carry (<c>X-Api-Key</c>); none: the server takes no writes.</param>
/// <param name="Watch">Folders and feeds to watch in the same process; none: nothing is watched.</param>
public sealed record ServerOptions(string Database, string Urls = "http://127.0.0.1:5000", string? ApiKey = null, WatchOptions? Watch = null);

/// <summary>
/// The web app over one store: the JSON API (<c>/api</c>, described at <c>/openapi/v1.json</c>) and the
/// server-rendered right-to-left pages, both reading stored stories through Present. Nothing is analysed here:
/// the store is brought up to date once at start, as the CLI's read commands do.
/// </summary>
public static class KhabarServer
{
    /// <summary>Largest request body taken: an article posted, or a small batch of them.</summary>
    public const long MaxRequestBytes = 8 << 20;

    /// <exception cref="Storage.StoreUnavailableException">The database cannot be opened.</exception>
    public static WebApplication Build(ServerOptions options, Action<ILoggingBuilder>? logging = null)
    {
        if (!StoreLocation.Exists(options.Database))
        {
            var name = StoreLocation.Describe(options.Database);
            throw new FileNotFoundException($"{name}: no such database (create it with `khabar ingest PATH --db {name}`)", options.Database);
        }

        var parts = PipelineParts.BuiltIn();
        using (var store = StoreLocation.Open(options.Database))
        {
            new KhabarPipeline(store, parts).CatchUp();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 << 10;
        });
        // A line per request is noise on a console; warnings and the lifetime messages (where it listens) stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (logging is not null)
        {
            logging(builder.Logging);
        }

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(_ => new StorePool(options.Database, parts, StorePool.DefaultReaders));
        builder.Services.AddSingleton(new StoreWriter(options.Database, parts));
        builder.Services.AddSingleton<StoryChanges>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StoryChanges>());
        if (options.Watch is { } watch && (watch.Folders.Count > 0 || watch.Feeds.Count > 0))
        {
            builder.Services.AddHostedService(services => new WatchService(
                watch, options.Database, services.GetRequiredService<StoreWriter>(), services.GetRequiredService<ILogger<WatchService>>()));
        }

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.MapOpenApi();
        app.MapStoryApi();
        app.MapIngestApi(string.IsNullOrEmpty(options.ApiKey) ? null : options.ApiKey);
        app.MapPages();
        return app;
    }

    /// <summary>
    /// Every response: scripts only from this server's own files, never inline (pages work without JavaScript;
    /// article text is escaped, and even a fragment that slipped through could not run), styles only from the page
    /// itself, not framed, not sniffed.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return next();
    }
}
