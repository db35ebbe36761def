using System.Text;
using Khabar.Present.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Khabar.Web.Api;

/// <summary>
/// The JSON API over stored stories: a page of stories, one story (the same object as
/// <c>khabar story ID --format json</c>), one article. Every answer is read from the store through Present.
/// </summary>
internal static class StoryApi
{
    public static void MapStoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stories", ListStories)
            .WithName("ListStories")
            .WithSummary("A page of stories, the latest first (or the largest), filtered by days, outlet, entity (a key, as /api/entities/{key}) and status (conflict: has a conflict between outlets; corroborated: has a fact independent outlets agree on).");
        api.MapGet("/entities/{key}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("An entity across stories, by its key (type and name key, e.g. person-srk-cg: the same for every spelling and script): the names stories show for it and its stories, the latest first.");
        api.MapGet("/outlets/{name}", GetOutlet)
            .WithName("GetOutlet")
            .WithSummary("An outlet: how many of its articles are stored, and its stories, the latest first.");
        api.MapGet("/stories/{id}", GetStory)
            .WithName("GetStory")
            .WithSummary("One story in full, as `khabar story ID --format json` writes it; an old id of a merged story redirects to it.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Sentences matching q, grouped by story, best first (BM25): words match by key, stem or name key in either script; \"a phrase\"; prefix*. Marks are offsets into the article's clean text.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        api.MapGet("/events", Events)
            .WithName("StoryEvents")
            .WithSummary("Server-sent events: `ready` once subscribed, then `stories` with {changed: [ids], removed: [ids]} whenever the store's stories change (this server's writes or another process's).")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        api.MapGet("/articles/{id}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("One article: metadata, clean text, what cleaning removed (raw-text offsets), passages found in earlier articles, mentions, dates, quantities.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    internal static Results<Ok<StoryPage>, ValidationProblem> ListStories(
        StorePool pool, int? page, int? size, DateOnly? from, DateOnly? to, string? outlet, string? order, string? entity, string? status)
    {
        var validStatus = StoryListing.TryStatus(status, out var wanted);
        var listing = new StoryListing(page ?? 1, size ?? StoryListing.DefaultSize, from, to, outlet, order == "largest" ? StoryOrder.Largest : StoryOrder.Latest, entity, wanted);
        var problems = listing.Problems();
        if (order is not (null or "latest" or "largest"))
        {
            problems["order"] = ["order is latest or largest"];
        }

        if (!validStatus)
        {
            problems["status"] = ["status is conflict or corroborated"];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var (summaries, total) = pool.Read(listing.Read);
        return TypedResults.Ok(new StoryPage(listing.Page, listing.Size, total, summaries));
    }

    internal static Results<Ok<EntityPage>, NotFound<ProblemDetails>, ValidationProblem> GetEntity(StorePool pool, string key, int? page, int? size)
    {
        var listing = new StoryListing(page ?? 1, size ?? StoryListing.DefaultSize, Entity: key);
        if (listing.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        return pool.Read(lease => EntityPage.Read(lease, listing)) is { } found ? TypedResults.Ok(found) : NotFound($"no story names an entity '{key}'");
    }

    internal static Results<Ok<OutletPage>, NotFound<ProblemDetails>, ValidationProblem> GetOutlet(StorePool pool, string name, int? page, int? size)
    {
        var listing = new StoryListing(page ?? 1, size ?? StoryListing.DefaultSize, Outlet: name);
        if (listing.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        return pool.Read(lease => OutletPage.Read(lease, listing)) is { } found ? TypedResults.Ok(found) : NotFound($"no article from an outlet '{name}'");
    }

    internal static Results<FileContentHttpResult, RedirectHttpResult, NotFound<ProblemDetails>> GetStory(StorePool pool, string id)
    {
        var lease = pool.Rent();
        try
        {
            if (lease.Reader.Story(id, withRemovals: false) is not { } record)
            {
                return NotFound($"no story '{id}'");
            }

            if (!string.Equals(record.Story.Id, id, StringComparison.Ordinal))
            {
                return TypedResults.Redirect($"/api/stories/{Uri.EscapeDataString(record.Story.Id)}", permanent: true);
            }

            return Json(output => ReportOutput.WriteOne("json", StoryReport.Of(record), output));
        }
        finally
        {
            pool.Return(lease);
        }
    }

    internal static Results<FileContentHttpResult, NotFound<ProblemDetails>> GetArticle(StorePool pool, string id)
    {
        var lease = pool.Rent();
        try
        {
            return lease.Reader.Article(id) is { } record
                ? Json(output => ArticleReportWriter.WriteOne(ArticleReport.Of(record), output))
                : NotFound($"no article '{id}'");
        }
        finally
        {
            pool.Return(lease);
        }
    }

    public const int MaxSearchLimit = 200;

    internal static Results<FileContentHttpResult, ValidationProblem> Search(StorePool pool, string? q, int? limit)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = q is { Length: <= 500 } ? Core.Search.SearchQuery.Parse(q) : null;
        if (query is null)
        {
            problems["q"] = ["q holds at least one word, at most 500 characters"];
        }

        if (limit is < 1 or > MaxSearchLimit)
        {
            problems["limit"] = [$"limit is 1 to {MaxSearchLimit}"];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var lease = pool.Rent();
        try
        {
            var results = lease.Search(query!, limit ?? 20);
            return Json(output => SearchWriter.WriteJson(results, output));
        }
        finally
        {
            pool.Return(lease);
        }
    }

    internal static ServerSentEventsResult<string> Events(StoryChanges changes, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(Stream(changes, cancellationToken));

    private static async IAsyncEnumerable<System.Net.ServerSentEvents.SseItem<string>> Stream(
        StoryChanges changes, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = changes.Subscribe();
        yield return new("{}", "ready");
        await foreach (var change in subscription.Changes.ReadAllAsync(cancellationToken))
        {
            yield return new(StoryChanges.Data(change), "stories");
        }
    }

    internal static NotFound<ProblemDetails> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = detail });

    /// <summary>A JSON document Present writes, made in memory and sent with its length.</summary>
    private static FileContentHttpResult Json(Action<TextWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var output = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            write(output);
        }

        return TypedResults.File(buffer.ToArray(), "application/json; charset=utf-8");
    }
}
