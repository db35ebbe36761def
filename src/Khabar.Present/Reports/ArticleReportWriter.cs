using System.Globalization;
using System.Text.Json;

namespace Khabar.Present.Reports;

/// <summary>Writes article reports as text for people or as JSON for programs (the contract in docs/report.md).</summary>
public static class ArticleReportWriter
{
    public static void WriteText(IEnumerable<ArticleReport> reports, TextWriter output)
    {
        foreach (var (article, duplicateOf, removals, analysis) in reports)
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

            if (analysis is not null)
            {
                EntityReportWriter.WriteArticleText(analysis, article.Published, output);
            }

            output.WriteLine();
        }
    }

    /// <summary>The whole report: stories, articles, rejected inputs.</summary>
    public static void WriteJson(IEnumerable<StoryReport> stories, IEnumerable<ArticleReport> reports, IReadOnlyList<Core.Ingest.IngestRejection> rejections, TextWriter output) =>
        JsonReport.Write(output, json =>
        {
            json.WriteStartObject();
            ReportOutput.WriteStories(json, stories);
            json.WriteStartArray("articles");
            foreach (var report in reports)
            {
                WriteArticle(json, report);
                json.Flush();
            }

            json.WriteEndArray();
            json.WriteStartArray("rejected");
            foreach (var rejection in rejections)
            {
                json.WriteStartObject();
                json.WriteString("origin", rejection.Origin);
                json.WriteString("reason", rejection.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteArticle(Utf8JsonWriter json, ArticleReport report)
    {
        var (article, duplicateOf, removals, analysis) = report;
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("source", article.Source);
        json.WriteString("origin", article.Origin);
        json.WriteString("url", article.Url);
        json.WriteString("title", article.Title);
        json.WriteString("published", Published(article.Published));
        json.WriteString("publishedFrom", article.PublishedFrom switch
        {
            Core.Domain.PublishedFrom.Metadata => "metadata",
            Core.Domain.PublishedFrom.Text => "text",
            _ => null,
        });
        json.WriteBoolean("publishedInferred", false);
        json.WriteString("duplicateOf", duplicateOf);
        json.WriteString("text", article.CleanText);
        json.WriteNumber("sentences", analysis?.Sentences.Count ?? 0);
        json.WriteNumber("words", analysis?.Words ?? 0);
        json.WriteStartArray("removals");
        foreach (var removal in removals)
        {
            json.WriteStartObject();
            json.WriteString("rule", removal.Rule);
            json.WriteNumber("start", removal.Start);
            json.WriteNumber("length", removal.Length);
            json.WriteString("text", article.RawText.AsSpan(removal.Start, removal.Length));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        EntityReportWriter.WriteArticleFindings(json, analysis, article.Published);
        json.WriteEndObject();
    }

    private static string? Published(DateTimeOffset? published) => StoryReportWriter.Time(published);

    private static string Excerpt(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
