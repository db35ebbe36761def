using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Khabar.Core.Ingest;

/// <summary>
/// An HTML page to its article: page furniture (navigation, headers, footers, share bars, related links,
/// comments, scripts) is dropped, the container with the most paragraph text is kept, one paragraph a line.
/// Title, publication time, outlet and canonical URL come from the page's metadata.
/// </summary>
internal static class HtmlArticleReader
{
    private const string FurnitureSelector = "script, style, noscript, template, iframe, svg, form, nav, header, footer, aside, button";
    private const string BlockSelector = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

    /// <summary>Class or id words that mark page furniture rather than article text.</summary>
    private static readonly string[] FurnitureWords =
        ["share", "social", "related", "comment", "breadcrumb", "menu", "advert", "newsletter", "subscribe", "sidebar", "promo", "tags", "footer", "navbar"];

    /// <summary>Pages nested deeper than this are read as tag-stripped text (see <see cref="HtmlNesting"/>).</summary>
    private const int MaxParsedDepth = 512;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    public static IngestItem Read(string html, string id, string origin, IngestOptions options)
    {
        if (HtmlNesting.MaxDepth(html) > MaxParsedDepth)
        {
            var stripped = HtmlNesting.StripTags(html);
            return string.IsNullOrWhiteSpace(stripped)
                ? IngestItem.Reject(origin, $"HTML nested deeper than {MaxParsedDepth} elements, with no text")
                : stripped.Length > options.MaxArticleChars
                    ? IngestItem.Reject(origin, $"article text of {stripped.Length:N0} chars exceeds the limit of {options.MaxArticleChars:N0}")
                    : IngestItem.Of(new RawArticle { Id = id, Origin = origin, Format = "html", Text = stripped, Source = options.DefaultSource });
        }

        using var document = Parser.ParseDocument(html);
        var meta = new PageMetadata(document);
        foreach (var furniture in document.QuerySelectorAll(FurnitureSelector).ToArray())
        {
            furniture.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").Where(IsFurniture).ToArray())
        {
            element.Remove();
        }

        var container = document.QuerySelector("article") ?? DensestContainer(document) ?? document.Body;
        var text = container is null ? string.Empty : BlockText(container);
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestItem.Reject(origin, "HTML page without article text");
        }

        if (text.Length > options.MaxArticleChars)
        {
            return IngestItem.Reject(origin, $"article text of {text.Length:N0} chars exceeds the limit of {options.MaxArticleChars:N0}");
        }

        return IngestItem.Of(new RawArticle
        {
            Id = id,
            Origin = origin,
            Format = "html",
            Text = text,
            Title = meta.Title,
            Source = meta.SiteName ?? options.DefaultSource ?? meta.Host,
            Url = meta.Url,
            Published = meta.Published,
        });
    }

    /// <summary>The block text of an HTML fragment (a feed item's content), one paragraph a line.</summary>
    public static string TextOf(string html)
    {
        using var document = Parser.ParseDocument($"<body>{html}</body>");
        foreach (var furniture in document.QuerySelectorAll(FurnitureSelector).ToArray())
        {
            furniture.Remove();
        }

        return document.Body is null ? string.Empty : BlockText(document.Body);
    }

    private static bool IsFurniture(IElement element)
    {
        if (element.LocalName is "html" or "body" or "article" or "main")
        {
            return false;
        }

        var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        foreach (var word in FurnitureWords)
        {
            if (names.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element whose direct paragraphs hold the most text.</summary>
    private static IElement? DensestContainer(IDocument document) =>
        document.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .MaxBy(parent => parent.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length));

    private static string BlockText(IElement container)
    {
        var text = new StringBuilder();
        var blocks = container.QuerySelectorAll(BlockSelector).Where(b => b.QuerySelector(BlockSelector) is null).ToList();
        if (blocks.Count == 0)
        {
            return container.TextContent.Trim();
        }

        foreach (var block in blocks)
        {
            var line = string.Join(' ', block.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length > 0)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>What a page says about itself in meta tags, JSON-LD and time elements.</summary>
    private sealed class PageMetadata
    {
        public PageMetadata(IDocument document)
        {
            SiteName = Meta(document, "og:site_name");
            Title = Meta(document, "og:title") ?? WithoutSiteName(NonEmpty(document.Title), SiteName) ?? NonEmpty(document.QuerySelector("h1")?.TextContent);
            Url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
            Host = Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Host : null;
            Published = JsonArticleReader.ParseDate(
                Meta(document, "article:published_time") ?? Meta(document, "og:published_time")
                ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
                ?? JsonLdDate(document)
                ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        }

        public string? Title { get; }
        public string? SiteName { get; }
        public string? Url { get; }
        public string? Host { get; }
        public DateTimeOffset? Published { get; }

        private static string? Meta(IDocument document, string property) =>
            NonEmpty(document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content"));

        /// <summary>A page title less a trailing "| Site", "- Site" or "– Site" naming the outlet.</summary>
        private static string? WithoutSiteName(string? title, string? siteName)
        {
            if (title is null || siteName is null || !title.EndsWith(siteName, StringComparison.Ordinal))
            {
                return title;
            }

            var rest = title[..^siteName.Length].TrimEnd();
            return rest.Length > 1 && rest[^1] is '|' or '-' or '–' or '—' or ':' ? rest[..^1].TrimEnd() : title;
        }

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        private static string? JsonLdDate(IDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32 });
                    if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("datePublished", out var date)
                        && date.ValueKind == JsonValueKind.String)
                    {
                        return date.GetString();
                    }
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block says nothing; other metadata may.
                }
            }

            return null;
        }
    }
}
