using System.Globalization;
using System.Text.Json;
using Khabar.Core.Reuse;

namespace Khabar.Present.Reports;

/// <summary>Writes article reports as text for people or as JSON for programs (the contract in docs/report.md).</summary>
public static class ArticleReportWriter
{
    public static void WriteText(IEnumerable<ArticleReport> reports, TextWriter output)
    {
        foreach (var (article, duplicateOf, removals, analysis, borrowed) in reports)
        {
            var date = Published(article.Published) is { } stated
                ? article.PublishedFrom == Core.Domain.PublishedFrom.Text ? $"{stated[..10]} (from the text)" : stated
                : "date unknown";
            output.WriteLine($"== {article.Id}  [{article.Source ?? "unknown outlet"}]  {date}");
            if (article.Title is not null)
            {
                output.WriteLine($"   {article.Title}");
            }

            output.WriteLine($"   {article.Origin} · {analysis?.Sentences.Count ?? 0} sentences, {analysis?.Words ?? 0} words"
                + (duplicateOf is null ? string.Empty : $" · exact duplicate of {duplicateOf}"));
            foreach (var rule in removals.Where(r => r.Rule != "Whitespace").GroupBy(r => r.Rule))
            {
                var first = rule.First();
                var removed = article.RawText.AsSpan(first.Start, first.Length).ToString().ReplaceLineEndings(" ");
                var times = rule.Count() == 1 ? string.Empty : $" ×{rule.Count()}";
                output.WriteLine($"   removed {rule.Key}{times} at {first.Start}: {Excerpt(removed)}");
            }

            foreach (var passage in borrowed)
            {
                var origin = string.Equals(passage.Origin.Id, passage.From.Id, StringComparison.Ordinal)
                    ? string.Empty
                    : $"; first in {passage.Origin.Id} [{passage.Origin.Outlet ?? "unknown outlet"}] {Published(passage.Origin.Published)}";
                output.WriteLine($"   passage at {passage.Extent.Start}+{passage.Extent.Length} also in {passage.From.Id} " +
                    $"[{passage.From.Outlet ?? "unknown outlet"}] {Published(passage.From.Published)}{origin}: " +
                    Excerpt(article.CleanText.Substring(passage.Extent.Start, passage.Extent.Length).ReplaceLineEndings(" ")));
            }

            if (analysis is not null)
            {
                EntityReportWriter.WriteArticleText(analysis, article.Published, output);
            }

            output.WriteLine();
        }
    }

    /// <summary>One article as the JSON object the whole report lists it as.</summary>
    public static void WriteOne(ArticleReport report, TextWriter output) => JsonReport.Write(output, json => WriteArticle(json, report));

    /// <summary>The whole report: stories, articles, rejected inputs.</summary>
    public static void WriteJson(IEnumerable<StoryReport> stories, IEnumerable<ArticleReport> reports, IReadOnlyList<Core.Ingest.IngestRejection> rejections, TextWriter output) =>
        JsonReport.Write(output, json =>
        {
            json.WriteStartObject();
            ReportOutput.WriteStories(json, stories);
            json.WriteStartArray(JsonNames.Articles);
            foreach (var report in reports)
            {
                WriteArticle(json, report);
                json.Flush();
            }

            json.WriteEndArray();
            json.WriteStartArray(JsonNames.Rejected);
            foreach (var rejection in rejections)
            {
                json.WriteStartObject();
                json.WriteString(JsonNames.Origin, rejection.Origin);
                json.WriteString(JsonNames.Reason, rejection.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteArticle(Utf8JsonWriter json, ArticleReport report)
    {
        var (article, duplicateOf, removals, analysis, borrowed) = report;
        json.WriteStartObject();
        json.WriteString(JsonNames.Id, article.Id);
        json.WriteString(JsonNames.Source, article.Source);
        json.WriteString(JsonNames.Origin, article.Origin);
        json.WriteString(JsonNames.Url, article.Url);
        json.WriteString(JsonNames.Title, article.Title);
        json.WriteString(JsonNames.Published, Published(article.Published));
        json.WriteString(JsonNames.PublishedFrom, article.PublishedFrom switch
        {
            Core.Domain.PublishedFrom.Metadata => "metadata",
            Core.Domain.PublishedFrom.Text => "text",
            _ => null,
        });
        json.WriteBoolean(JsonNames.PublishedInferred, false);
        json.WriteString(JsonNames.DuplicateOf, duplicateOf);
        json.WriteString(JsonNames.Text, article.CleanText);
        json.WriteNumber(JsonNames.Sentences, analysis?.Sentences.Count ?? 0);
        json.WriteNumber(JsonNames.Words, analysis?.Words ?? 0);
        json.WriteStartArray(JsonNames.Removals);
        foreach (var removal in removals)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Rule, removal.Rule);
            json.WriteNumber(JsonNames.Start, removal.Start);
            json.WriteNumber(JsonNames.Length, removal.Length);
            json.WriteString(JsonNames.Text, article.RawText.AsSpan(removal.Start, removal.Length));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(JsonNames.PassagesFromElsewhere);
        foreach (var passage in borrowed)
        {
            json.WriteStartObject();
            json.WriteNumber(JsonNames.Start, passage.Extent.Start);
            json.WriteNumber(JsonNames.Length, passage.Extent.Length);
            if (passage.RawExtent is { } raw)
            {
                json.WriteNumber(JsonNames.RawStart, raw.Start);
                json.WriteNumber(JsonNames.RawLength, raw.Length);
            }
            else
            {
                json.WriteNull(JsonNames.RawStart);
                json.WriteNull(JsonNames.RawLength);
            }

            json.WriteString(JsonNames.Text, article.CleanText.AsSpan(passage.Extent.Start, passage.Extent.Length));
            json.WriteNumber(JsonNames.Similarity, passage.Similarity);
            WriteSource(json, JsonNames.From, passage.From);
            json.WriteNumber(JsonNames.FromStart, passage.FromExtent.Start);
            json.WriteNumber(JsonNames.FromLength, passage.FromExtent.Length);
            WriteSource(json, JsonNames.Origin, passage.Origin);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        EntityReportWriter.WriteArticleFindings(json, analysis, article.Published);
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, JsonEncodedText name, ArticleRef source)
    {
        json.WriteStartObject(name);
        json.WriteString(JsonNames.Article, source.Id);
        json.WriteString(JsonNames.Source, source.Outlet);
        json.WriteString(JsonNames.Published, Published(source.Published));
        json.WriteEndObject();
    }

    private static string? Published(DateTimeOffset? published) => StoryReportWriter.Time(published);

    private static string Excerpt(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
