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
        var (entries, error) = Entries(() => XmlReader.Create(new StringReader(xml), Settings));
        if (error is not null)
        {
            return [IngestItem.Reject(origin, error)];
        }

        var items = new List<IngestItem>();
        var n = 0;
        foreach (var entry in entries)
        {
            n++;
            var itemOrigin = $"{origin}#{n}";
            var text = entry.Html is null ? null : HtmlArticleReader.TextOf(entry.Html);
            if (string.IsNullOrWhiteSpace(text))
            {
                items.Add(IngestItem.Reject(itemOrigin, "feed item without content or description"));
                continue;
            }

            items.Add(IngestItem.Of(new RawArticle
            {
                Id = $"{id}-{n}",
                Origin = itemOrigin,
                Format = entry.Format,
                Text = text,
                Title = entry.Title,
                Source = entry.FeedTitle ?? options.DefaultSource,
                Url = entry.Link,
                Published = entry.Published,
            }));
        }

        return items.Count > 0 ? items : [IngestItem.Reject(origin, "feed without items")];
    }

    /// <summary>
    /// The entries of a feed fetched as bytes (its XML declaration names the encoding), for the watcher; or the
    /// reason it is not a feed.
    /// </summary>
    public static (IReadOnlyList<Watch.FeedEntry> Entries, string? Error, TimeSpan? Ttl) Entries(byte[] xml)
    {
        TimeSpan? ttl = null;
        var (entries, error) = Entries(() => XmlReader.Create(new MemoryStream(xml), Settings), root => ttl = Ttl(root));
        return (entries.Select(e => new Watch.FeedEntry(e.Key, e.Link, e.Title, e.Published, e.Html, e.FeedTitle)).ToList(), error, ttl);
    }

    /// <summary>
    /// How long the feed says it may be cached: RSS 2.0's <c>&lt;ttl&gt;</c> (minutes); null when it says none. The
    /// syndication module's <c>sy:updatePeriod</c> is not read: WordPress writes «hourly» into every feed it makes,
    /// whatever the site publishes, and a news site read hourly would be read too late.
    /// </summary>
    private static TimeSpan? Ttl(XElement root) =>
        int.TryParse(Text((root.Element("channel") ?? root).Element("ttl")), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(minutes)
            : null;

    static FeedReader() =>
        // Older Arabic sites declare windows-1256; .NET reads it only once the code pages are registered.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, MaxCharactersFromEntities = 1024, XmlResolver = null };

    private sealed record Entry(string Key, string? Title, string? Link, DateTimeOffset? Published, string? Html, string? FeedTitle, string Format);

    private static (IReadOnlyList<Entry> Entries, string? Error) Entries(Func<XmlReader> open, Action<XElement>? root = null)
    {
        XDocument document;
        try
        {
            using var reader = open();
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return ([], $"malformed feed XML at line {e.LineNumber}, position {e.LinePosition}");
        }

        var top = document.Root!;
        root?.Invoke(top);
        return Entries(top);
    }

    private static (IReadOnlyList<Entry> Entries, string? Error) Entries(XElement root)
    {
        if (root.Name == Atom + "feed")
        {
            var title = Text(root.Element(Atom + "title"));
            return (root.Elements(Atom + "entry").Select(e => AtomEntry(e, title)).ToList(), null);
        }

        return root.Elements("channel").Any()
            ? (root.Elements("channel").SelectMany(c => c.Elements("item").Select(i => RssItem(i, Text(c.Element("title"))))).ToList(), null)
            : ([], $"not an RSS or Atom feed (its root is <{root.Name.LocalName}>)");
    }

    private static Entry RssItem(XElement item, string? feedTitle)
    {
        var (title, link, date) = (Text(item.Element("title")), Text(item.Element("link")), Text(item.Element("pubDate")));
        return new Entry(
            Text(item.Element("guid")) ?? link ?? $"{title}|{date}", title, link, ParseDate(date),
            Text(item.Element(Content + "encoded")) ?? Text(item.Element("description")), feedTitle, "rss");
    }

    private static Entry AtomEntry(XElement entry, string? feedTitle)
    {
        var link = (string?)entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href");
        var (title, date) = (Text(entry.Element(Atom + "title")), Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")));
        return new Entry(
            Text(entry.Element(Atom + "id")) ?? link ?? $"{title}|{date}", title, link, ParseDate(date),
            Text(entry.Element(Atom + "content")) ?? Text(entry.Element(Atom + "summary")), feedTitle, "atom");
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
