using System.Security.Cryptography;
using System.Text;

namespace Khabar.Core.Watch;

/// <summary>
/// The article id of a page read from a feed: its host and the last segment of its path (what most sites put an
/// article's number or slug in), with a hash of the whole address when that segment alone would not tell pages
/// apart (none, a query string, a generic name); stable, so reading a page again finds it stored.
/// </summary>
public static class PageIds
{
    private const int MaxSlug = 80;

    public static string Of(Uri url)
    {
        var host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        var segment = Uri.UnescapeDataString(url.AbsolutePath.TrimEnd('/').Split('/')[^1]);
        var dot = segment.LastIndexOf('.');
        if (dot > 0)
        {
            segment = segment[..dot];
        }

        var slug = new StringBuilder(Math.Min(segment.Length, MaxSlug));
        foreach (var c in segment)
        {
            if (slug.Length == MaxSlug)
            {
                break;
            }

            slug.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var name = slug.ToString().Trim('-');
        var generic = name.Length < 3 || name is "index" or "article" or "news" or "story" or "default" or "item";
        return generic || url.Query.Length > 1 ? $"{host}-{name}-{Hash(url.PathAndQuery)}".Replace("--", "-", StringComparison.Ordinal) : $"{host}-{name}";
    }

    /// <summary>The id of an item read from its feed's own text (it has no page): the feed's host and a hash of the item's key.</summary>
    public static string OfItem(Uri feed, string key) => $"{feed.Host}-{Hash(key)}";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
