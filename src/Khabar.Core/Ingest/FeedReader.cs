using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Khabar.Core.Ingest;

/// <summary>
/// RSS 2.0 items and Atom entries: the full content (content:encoded, Atom content) when present, else the
/// description or summary; HTML inside is reduced to its text. The outlet is the channel's or feed's title.
/// </summary>
internal static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static IEnumerable<IngestItem> Read(string xml, string id, string origin, IngestOptions options)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, MaxCharactersFromEntities = 1024 });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [IngestItem.Reject(origin, $"malformed feed XML at line {e.LineNumber}, position {e.LinePosition}")];
        }

        var root = document.Root!;
        var entries = root.Name == Atom + "feed"
            ? root.Elements(Atom + "entry").Select(e => AtomEntry(e, Text(root.Element(Atom + "title"))))
            : root.Elements("channel").SelectMany(c => c.Elements("item").Select(i => RssItem(i, Text(c.Element("title")))));
        var items = new List<IngestItem>();
        var n = 0;
        foreach (var (title, link, date, html, feedTitle) in entries)
        {
            n++;
            var itemOrigin = $"{origin}#{n}";
            var text = html is null ? null : HtmlArticleReader.TextOf(html);
            if (string.IsNullOrWhiteSpace(text))
            {
                items.Add(IngestItem.Reject(itemOrigin, "feed item without content or description"));
                continue;
            }

            items.Add(IngestItem.Of(new RawArticle
            {
                Id = $"{id}-{n}",
                Origin = itemOrigin,
                Format = root.Name == Atom + "feed" ? "atom" : "rss",
                Text = text,
                Title = title,
                Source = feedTitle ?? options.DefaultSource,
                Url = link,
                Published = ParseDate(date),
            }));
        }

        return items.Count > 0 ? items : [IngestItem.Reject(origin, "feed without items")];
    }

    private static (string? Title, string? Link, string? Date, string? Html, string? FeedTitle) RssItem(XElement item, string? feedTitle) =>
        (Text(item.Element("title")), Text(item.Element("link")), Text(item.Element("pubDate")),
            Text(item.Element(Content + "encoded")) ?? Text(item.Element("description")), feedTitle);

    private static (string? Title, string? Link, string? Date, string? Html, string? FeedTitle) AtomEntry(XElement entry, string? feedTitle)
    {
        var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return (Text(entry.Element(Atom + "title")), (string?)link?.Attribute("href"),
            Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")),
            Text(entry.Element(Atom + "content")) ?? Text(entry.Element(Atom + "summary")), feedTitle);
    }

    private static string? Text(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    /// <summary>ISO 8601 (Atom) or RFC 822 (RSS: "Tue, 14 Oct 2025 09:00:00 +0300" or "... GMT").</summary>
    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var normalized = NumericZone().Replace(value.Trim(), "$1:$2");
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    [GeneratedRegex(@"([+-]\d\d)(\d\d)$")]
    private static partial Regex NumericZone();
}
