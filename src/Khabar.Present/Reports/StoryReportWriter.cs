using System.Globalization;
using System.Text.Json;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Text;

namespace Khabar.Present.Reports;

/// <summary>Writes stories as text for people or as JSON for programs (the contract in docs/report.md).</summary>
public static class StoryReportWriter
{
    /// <summary>One line a story: id, size, outlets, span, title.</summary>
    public static void WriteList(IEnumerable<Story> stories, TextWriter output)
    {
        foreach (var story in stories)
        {
            output.WriteLine($"{story.Id}  {story.Articles.Count,3} articles  {story.Sources.Count,2} outlets  {Span(story),-23}  {story.Title}");
        }
    }

    public static void WriteText(StoryReport report, TextWriter output)
    {
        var (story, articles, duplicates, reuse, entities, consolidated, _) = report;
        output.WriteLine($"## story {story.Id} · {articles.Count} articles · {story.Sources.Count} outlets · {Span(story)}");
        output.WriteLine($"   {story.Title}");
        foreach (var article in articles)
        {
            output.WriteLine($"   - {article.Id}  [{article.Source ?? "unknown outlet"}]  {Date(article.Published) ?? "date unknown"}  {article.Title ?? string.Empty}".TrimEnd());
        }

        if (consolidated.Events.Count > 1)
        {
            output.WriteLine($"   {consolidated.Events.Count} events:");
            foreach (var e in consolidated.Events)
            {
                var shared = e.SharedEntities.Count > 0 ? $"  (shares {string.Join(", ", e.SharedEntities)})" : string.Empty;
                output.WriteLine($"   {e.Id}  {EventSpan(e),-23}  {e.Articles.Count,3} articles  {e.Title}{shared}".TrimEnd());
            }
        }

        ConsolidationTextWriter.Write(consolidated, output);
        EntityReportWriter.WriteText(entities, output);
        foreach (var link in duplicates)
        {
            var what = link.Kind == LinkKind.Duplicate ? "exact duplicates" : $"near-duplicates (Jaccard {link.Jaccard:F2})";
            output.WriteLine($"   {link.A} = {link.B}: {what}");
        }

        foreach (var pair in reuse)
        {
            output.WriteLine($"   {pair.A} ~ {pair.B}: share copy, score {pair.Score:F2}, {pair.Passages.Count} passages");
            if (report.Find(pair.A) is { } a && report.Find(pair.B) is { } b)
            {
                foreach (var passage in pair.Passages)
                {
                    output.WriteLine($"      {pair.A}: {Excerpt(Of(a, passage.A))}");
                    output.WriteLine($"      {pair.B}: {Excerpt(Of(b, passage.B))}");
                }
            }
        }

        output.WriteLine();
    }

    public static void WriteJson(Utf8JsonWriter json, StoryReport report)
    {
        var (story, articles, duplicates, reuse, entities, consolidated, _) = report;
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("title", story.Title);
        json.WriteString("titleArticle", story.TitleArticle);
        json.WriteStartObject("span");
        json.WriteString("from", Time(story.From));
        json.WriteString("to", Time(story.To));
        json.WriteEndObject();
        JsonReport.WriteStrings(json, "outlets", story.Sources);
        json.WriteStartArray("articles");
        foreach (var article in articles)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("source", article.Source);
            json.WriteString("origin", article.Origin);
            json.WriteString("title", article.Title);
            var day = consolidated.PublishedOf(article.Id);
            json.WriteString("published", day is { Inferred: true, Day: { } inferred } ? ConsolidationJsonWriter.Day(inferred) : Time(article.Published));
            json.WriteBoolean("publishedInferred", day?.Inferred ?? false);
            if (day is { Inferred: true })
            {
                ConsolidationJsonWriter.WriteEvidence(json, day);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in consolidated.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("from", Time(e.From));
            json.WriteString("to", Time(e.To));
            json.WriteString("title", e.Title);
            JsonReport.WriteStrings(json, "articles", e.Articles);
            JsonReport.WriteStrings(json, "sharedEntities", e.SharedEntities);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ConsolidationJsonWriter.WriteSummary(json, consolidated);
        ConsolidationJsonWriter.WriteTimeline(json, consolidated);
        EntityReportWriter.WriteEntities(json, entities);
        ConsolidationJsonWriter.WriteFacts(json, consolidated);
        ConsolidationJsonWriter.WriteConflicts(json, consolidated);
        json.WriteStartArray("duplicates");
        foreach (var link in duplicates)
        {
            json.WriteStartObject();
            json.WriteString("a", link.A);
            json.WriteString("b", link.B);
            json.WriteString("kind", link.Kind == LinkKind.Duplicate ? "exact" : "near");
            json.WriteNumber("jaccard", link.Jaccard ?? 1);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("reuse");
        foreach (var pair in reuse)
        {
            json.WriteStartObject();
            json.WriteString("a", pair.A);
            json.WriteString("b", pair.B);
            json.WriteNumber("score", pair.Score);
            json.WriteStartArray("passages");
            foreach (var passage in pair.Passages)
            {
                json.WriteStartObject();
                WriteExtent(json, "a", report.Find(pair.A), passage.A);
                WriteExtent(json, "b", report.Find(pair.B), passage.B);
                json.WriteNumber("similarity", passage.Similarity);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExtent(Utf8JsonWriter json, string name, Article? article, TextExtent extent)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", extent.Start);
        json.WriteNumber("length", extent.Length);
        json.WriteString("text", article is null ? null : Of(article, extent));
        json.WriteEndObject();
    }

    private static string Of(Article article, TextExtent extent) =>
        extent.End <= article.CleanText.Length ? article.CleanText.Substring(extent.Start, extent.Length) : string.Empty;

    private static string Span(Story story) =>
        (Date(story.From), Date(story.To)) switch
        {
            (null, _) => "undated",
            (var from, var to) when from == to => from!,
            (var from, var to) => $"{from} → {to}",
        };

    /// <summary>An event's days: one day, or first..last.</summary>
    internal static string EventSpan(Core.Consolidate.StoryEvent e) =>
        e.From is null ? "date unknown" : Date(e.From) == Date(e.To) ? Date(e.From)! : $"{Date(e.From)}..{Date(e.To)}";

    private static string? Date(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string? Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Excerpt(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 100 ? line : string.Concat(line.AsSpan(0, 97), "...");
    }
}
