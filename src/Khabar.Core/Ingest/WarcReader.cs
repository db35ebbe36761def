using System.Globalization;
using System.Text;

namespace Khabar.Core.Ingest;

/// <summary>
/// WARC web archives as news crawls publish them: each <c>response</c> record holding an HTML page becomes an
/// article through the HTML reader; other records (requests, metadata, images) are skipped. The crawl date
/// (WARC-Date) is not taken as the publication date: a page is often fetched long after it appeared.
/// </summary>
internal static class WarcReader
{
    public static IEnumerable<IngestItem> Read(byte[] bytes, string id, string origin, IngestOptions options)
    {
        var items = new List<IngestItem>();
        var position = 0;
        var n = 0;
        while (true)
        {
            while (position < bytes.Length && bytes[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }

            if (position >= bytes.Length)
            {
                break;
            }

            var headerEnd = IndexOfBlankLine(bytes, position, out var separator);
            if (headerEnd < 0 || !bytes.AsSpan(position).StartsWith("WARC/"u8))
            {
                items.Add(IngestItem.Reject($"{origin}@{position}", "malformed WARC record header; the rest of the archive is skipped"));
                break;
            }

            var headers = Headers(Encoding.ASCII.GetString(bytes, position, headerEnd - position));
            var blockStart = headerEnd + separator;
            if (!headers.TryGetValue("content-length", out var lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || blockStart + length > bytes.Length)
            {
                items.Add(IngestItem.Reject($"{origin}@{position}", "WARC record with a missing or overlong Content-Length (truncated archive?)"));
                break;
            }

            position = blockStart + (int)length;
            if (headers.GetValueOrDefault("warc-type") != "response"
                || !headers.GetValueOrDefault("content-type", string.Empty).Contains("application/http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            n++;
            var item = Response(bytes.AsSpan(blockStart, (int)length), $"{id}-{n}", $"{origin}#{n}", headers.GetValueOrDefault("warc-target-uri"), options);
            if (item is { } found)
            {
                items.Add(found);
            }
        }

        return items.Count > 0 ? items : [IngestItem.Reject(origin, "WARC archive without HTML responses")];
    }

    /// <summary>An HTTP response holding an HTML page, as an article; null for other content types.</summary>
    private static IngestItem? Response(ReadOnlySpan<byte> http, string id, string origin, string? targetUri, IngestOptions options)
    {
        var headerEnd = IndexOfBlankLine(http, 0, out var separator);
        if (headerEnd < 0)
        {
            return IngestItem.Reject(origin, "HTTP response without headers");
        }

        var headers = Headers(Encoding.ASCII.GetString(http[..headerEnd]));
        var contentType = headers.GetValueOrDefault("content-type", "text/html");
        if (!contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var html = TextDecoder.Decode(http[(headerEnd + separator)..], out var error);
        if (html is null)
        {
            return IngestItem.Reject(origin, error!);
        }

        var item = HtmlArticleReader.Read(html, id, origin, options);
        return item.Article is { Url: null } article && targetUri is not null
            ? IngestItem.Of(article with { Url = targetUri, Source = article.Source ?? HostOf(targetUri) })
            : item;
    }

    private static string? HostOf(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed.Host : null;

    private static Dictionary<string, string> Headers(string block)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in block.Split('\n').Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    /// <summary>Where the header block from <paramref name="start"/> ends (CRLF CRLF or LF LF), or -1.</summary>
    private static int IndexOfBlankLine(ReadOnlySpan<byte> bytes, int start, out int separator)
    {
        var crlf = bytes[start..].IndexOf("\r\n\r\n"u8);
        var lf = bytes[start..].IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf <= lf))
        {
            separator = 4;
            return start + crlf;
        }

        separator = 2;
        return lf >= 0 ? start + lf : -1;
    }
}
