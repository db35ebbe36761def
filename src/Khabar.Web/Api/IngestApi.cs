using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Khabar.Web.Api;

/// <summary>What a write did: articles read, stored, already there, and each input or item refused, with why.</summary>
public sealed record IngestResult(int Read, int Stored, int AlreadyStored, int ExactDuplicates, IReadOnlyList<IngestRefusal> Rejected);

/// <summary>An input, or an item of it, that was not stored: where (request and item) and why.</summary>
public sealed record IngestRefusal(string Origin, string Reason);

/// <summary>
/// <c>POST /api/articles</c>: articles in any format <c>khabar ingest</c> reads (text, HTML, JSON, JSONL, RSS/Atom,
/// WARC, zip, gzip), as the request body, brought through the whole pipeline. Needs the API key set in
/// configuration, in the <c>X-Api-Key</c> header; without a key configured, the server takes no writes.
/// </summary>
internal static class IngestApi
{
    public const string KeyHeader = "X-Api-Key";

    public static void MapIngestApi(this IEndpointRouteBuilder app, string? apiKey)
    {
        app.MapPost("/api/articles", (HttpRequest request, StoreWriter writer, string? name, CancellationToken cancellationToken) => Post(request, writer, name, apiKey, cancellationToken))
            .WithName("PostArticles")
            .WithSummary($"Store articles given as the body in any ingest format, whatever its Content-Type: the format is read from the bytes (?name=FILE names the input; its extension is a hint). Needs the {KeyHeader} header.")
            .Produces<IngestResult>(StatusCodes.Status201Created)
            .Produces<IngestResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> Post(HttpRequest request, StoreWriter writer, string? name, string? apiKey, CancellationToken cancellationToken)
    {
        if (!Authorized(request, apiKey))
        {
            return TypedResults.Problem(
                apiKey is null ? "this server takes no writes: no API key is set in its configuration" : $"a valid {KeyHeader} header is needed to write",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized");
        }

        if (name is not null && (name.Length > 200 || name.IndexOfAny(['/', '\\', '\0']) >= 0 || name is "." or ".."))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["name is a file name (no folders), at most 200 characters"] });
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem($"the body exceeds {KhabarServer.MaxRequestBytes:N0} bytes", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");
        }

        var input = name ?? $"request-{Convert.ToHexStringLower(SHA256.HashData(body))[..16]}";
        var tally = await writer.Ingest(body, input, "api", cancellationToken);
        var result = new IngestResult(
            tally.Stored.Read,
            tally.Stored.Stored,
            tally.Stored.AlreadyStored,
            tally.Stored.ExactDuplicates,
            [.. tally.Rejections.Select(r => new IngestRefusal(r.Origin, r.Reason))]);
        if (result.Read == 0)
        {
            return TypedResults.Problem(
                string.Join("; ", result.Rejected.Select(r => $"{r.Origin}: {r.Reason}")),
                statusCode: StatusCodes.Status400BadRequest,
                title: "No article could be read");
        }

        return result.Stored > 0 ? TypedResults.Created((string?)null, result) : TypedResults.Ok(result);
    }

    /// <summary>The key, compared in constant time; never true when none is configured.</summary>
    private static bool Authorized(HttpRequest request, string? apiKey)
    {
        if (apiKey is null || request.Headers[KeyHeader] is not [{ } given])
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(apiKey));
    }
}
