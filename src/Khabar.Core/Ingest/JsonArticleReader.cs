using System.Globalization;
using System.Text.Json;

namespace Khabar.Core.Ingest;

/// <summary>
/// JSON arrays of article objects and JSON Lines, with the field names news datasets use. One bad item is
/// rejected alone; a file that breaks off keeps the items before the break and says where it broke.
/// </summary>
internal static class JsonArticleReader
{
    private static readonly string[] TextFields = ["text", "content", "maintext", "body", "article"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] DateFields = ["date", "published", "date_publish", "datePublished", "pubDate", "date_extracted"];
    private static readonly string[] SourceFields = ["source", "source_domain", "site", "outlet", "publisher"];
    private static readonly string[] UrlFields = ["url", "link"];

    public static IEnumerable<IngestItem> ReadArray(byte[] bytes, string id, string origin, IngestOptions options)
    {
        var items = new List<IngestItem>();
        var json = bytes.AsSpan();
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        var n = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return [IngestItem.Reject(origin, "not a JSON array of articles")];
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                n++;
                using var element = JsonDocument.ParseValue(ref reader);
                items.Add(FromElement(element.RootElement, $"{id}-{n}", $"{origin}#{n}", "json", options));
            }
        }
        catch (JsonException e)
        {
            // Every item read so far added one entry; the break is in the next one.
            items.Add(IngestItem.Reject($"{origin}#{items.Count + 1}", $"malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine}: the rest of the file is skipped"));
        }

        return items;
    }

    public static IEnumerable<IngestItem> ReadLines(string text, string id, string origin, IngestOptions options)
    {
        var n = 0;
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            n++;
            IngestItem item;
            try
            {
                using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
                item = FromElement(document.RootElement, $"{id}-{n}", $"{origin}#{n}", "jsonl", options);
            }
            catch (JsonException e)
            {
                item = IngestItem.Reject($"{origin}#{n}", $"malformed JSON line: {e.Message.Split('.')[0]}");
            }

            yield return item;
        }
    }

    private static IngestItem FromElement(JsonElement element, string id, string origin, string format, IngestOptions options)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return IngestItem.Reject(origin, $"expected an article object, found a JSON {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = Field(element, TextFields);
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestItem.Reject(origin, $"no article text (looked for {string.Join(", ", TextFields)})");
        }

        if (text.Length > options.MaxArticleChars)
        {
            return IngestItem.Reject(origin, $"article text of {text.Length:N0} chars exceeds the limit of {options.MaxArticleChars:N0}");
        }

        return IngestItem.Of(new RawArticle
        {
            Id = id,
            Origin = origin,
            Format = format,
            Text = text,
            Title = Field(element, TitleFields),
            Source = Field(element, SourceFields) ?? options.DefaultSource,
            Url = Field(element, UrlFields),
            Published = ParseDate(Field(element, DateFields)),
        });
    }

    private static string? Field(JsonElement element, string[] names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>ISO 8601 and the common "yyyy-MM-dd HH:mm:ss" (taken as UTC); null when unparseable.</summary>
    internal static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
