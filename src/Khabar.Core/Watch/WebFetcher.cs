using System.Net;
using System.Net.Http.Headers;

namespace Khabar.Core.Watch;

/// <summary>What one HTTP GET gave: the body, "not modified", or the reason it failed, in one line.</summary>
public sealed record FetchResult(HttpStatusCode? Status, byte[]? Body, string? ETag, string? LastModified, string? Failure)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;

    /// <summary>How long the server says the answer stays fresh (<c>Cache-Control: max-age</c>, else <c>Expires</c> after <c>Date</c>); null when it says nothing.</summary>
    public TimeSpan? FreshFor { get; init; }

    public static FetchResult Failed(string reason, HttpStatusCode? status = null) => new(status, null, null, null, reason);
}

/// <summary>
/// GETs feeds and pages over HTTP(S) with limits: a time limit per request (connect to last byte), a size limit
/// (the declared length checked first, then the bytes counted as they come, so a 50 MB page costs at most the
/// limit), conditional requests from stored validators. Never throws for what a server does: a failure is a
/// <see cref="FetchResult"/> with its reason.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;

    public WebFetcher(TimeSpan timeout, HttpMessageHandler? handler = null)
    {
        _timeout = timeout;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxAutomaticRedirections = 5,
            ConnectTimeout = timeout,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Khabar", "1.0"));
    }

    public async Task<FetchResult> Get(Uri url, long maxBytes, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(response.StatusCode, null, etag, lastModified, null) { FreshFor = FreshFor(response) };
            }

            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", response.StatusCode);
            }

            if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
            {
                return FetchResult.Failed($"{declared:N0} bytes declared, beyond the limit of {maxBytes:N0}", response.StatusCode);
            }

            var body = await ReadAtMost(response.Content, maxBytes, deadline.Token);
            return body is null
                ? FetchResult.Failed($"more than {maxBytes:N0} bytes, beyond the limit", response.StatusCode)
                : new FetchResult(response.StatusCode, body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"), null)
                {
                    FreshFor = FreshFor(response),
                };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"no complete answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failed(e.HttpRequestError == HttpRequestError.Unknown ? e.Message : $"{e.HttpRequestError}: {e.Message}");
        }
        catch (IOException e)
        {
            return FetchResult.Failed($"connection broken: {e.Message}");
        }
    }

    /// <summary>
    /// How long the answer stays fresh by its headers (RFC 9111, for a private cache): <c>max-age</c> of
    /// <c>Cache-Control</c> less the <c>Age</c> a cache in between has kept it, else <c>Expires</c> less <c>Date</c>;
    /// zero for <c>no-cache</c>/<c>no-store</c> (ask every time); null when the headers say nothing.
    /// </summary>
    private static TimeSpan? FreshFor(HttpResponseMessage response)
    {
        if (response.Headers.CacheControl is { } cache)
        {
            if (cache.NoCache || cache.NoStore)
            {
                return TimeSpan.Zero;
            }

            if (cache.MaxAge is { } maxAge)
            {
                var left = maxAge - (response.Headers.Age ?? TimeSpan.Zero);
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }

        return response.Content.Headers.Expires is { } expires && response.Headers.Date is { } date
            ? (expires > date ? expires - date : TimeSpan.Zero)
            : null;
    }

    /// <summary>The body, or null as soon as it passes <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadAtMost(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public void Dispose() => _client.Dispose();
}
