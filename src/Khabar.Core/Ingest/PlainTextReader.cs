using Khabar.Text.Unicode;

namespace Khabar.Core.Ingest;

/// <summary>A plain text file is one article; its first line is the title when it reads as a headline.</summary>
internal static class PlainTextReader
{
    /// <summary>A headline is short, ends neither as prose nor mid-sentence (no comma), and has body text after it.</summary>
    private const int MaxHeadlineWords = 20;

    public static RawArticle Read(string text, string id, string origin, string? source) => new()
    {
        Id = id,
        Origin = origin,
        Format = "text",
        Text = text,
        Title = Headline(text),
        Source = source,
    };

    internal static string? Headline(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        var newline = trimmed.IndexOfAny('\n', '\r');
        if (newline <= 0 || trimmed[newline..].Trim().IsEmpty)
        {
            return null;
        }

        var line = trimmed[..newline].Trim();
        var words = 1 + line.Count(' ');
        var last = line.IsEmpty ? '.' : line[^1];
        return words <= MaxHeadlineWords && !Punctuation.EndsProse(last) && !Punctuation.IsClauseBreak(last)
            ? line.ToString()
            : null;
    }
}
