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
        json.WriteString(JsonNames.Id, story.Id);
        json.WriteString(JsonNames.Title, story.Title);
        json.WriteString(JsonNames.TitleArticle, story.TitleArticle);
        json.WriteStartObject(JsonNames.Span);
        json.WriteString(JsonNames.From, Time(story.From));
        json.WriteString(JsonNames.To, Time(story.To));
        json.WriteEndObject();
        JsonReport.WriteStrings(json, JsonNames.Outlets, story.Sources);
        json.WriteStartArray(JsonNames.Articles);
        foreach (var article in articles)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Id, article.Id);
            json.WriteString(JsonNames.Source, article.Source);
            json.WriteString(JsonNames.Origin, article.Origin);
            json.WriteString(JsonNames.Title, article.Title);
            var day = consolidated.PublishedOf(article.Id);
            json.WriteString(JsonNames.Published, day is { Inferred: true, Day: { } inferred } ? ConsolidationJsonWriter.Day(inferred) : Time(article.Published));
            json.WriteBoolean(JsonNames.PublishedInferred, day?.Inferred ?? false);
            if (day is { Inferred: true })
            {
                ConsolidationJsonWriter.WriteEvidence(json, day);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(JsonNames.Events);
        foreach (var e in consolidated.Events)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Id, e.Id);
            json.WriteString(JsonNames.From, Time(e.From));
            json.WriteString(JsonNames.To, Time(e.To));
            json.WriteString(JsonNames.Title, e.Title);
            JsonReport.WriteStrings(json, JsonNames.Articles, e.Articles);
            JsonReport.WriteStrings(json, JsonNames.SharedEntities, e.SharedEntities);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ConsolidationJsonWriter.WriteSummary(json, consolidated);
        ConsolidationJsonWriter.WriteTimeline(json, consolidated);
        EntityReportWriter.WriteEntities(json, entities);
        ConsolidationJsonWriter.WriteFacts(json, consolidated);
        ConsolidationJsonWriter.WriteConflicts(json, consolidated);
        json.WriteStartArray(JsonNames.Duplicates);
        foreach (var link in duplicates)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.A, link.A);
            json.WriteString(JsonNames.B, link.B);
            json.WriteString(JsonNames.Kind, link.Kind == LinkKind.Duplicate ? "exact" : "near");
            json.WriteNumber(JsonNames.Jaccard, link.Jaccard ?? 1);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(JsonNames.Reuse);
        foreach (var pair in reuse)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.A, pair.A);
            json.WriteString(JsonNames.B, pair.B);
            json.WriteNumber(JsonNames.Score, pair.Score);
            json.WriteStartArray(JsonNames.Passages);
            foreach (var passage in pair.Passages)
            {
                json.WriteStartObject();
                WriteExtent(json, JsonNames.A, report.Find(pair.A), passage.A);
                WriteExtent(json, JsonNames.B, report.Find(pair.B), passage.B);
                json.WriteNumber(JsonNames.Similarity, passage.Similarity);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExtent(Utf8JsonWriter json, JsonEncodedText name, Article? article, TextExtent extent)
    {
        json.WriteStartObject(name);
        json.WriteNumber(JsonNames.Start, extent.Start);
        json.WriteNumber(JsonNames.Length, extent.Length);
        if (article is null)
        {
            json.WriteNull(JsonNames.Text);
        }
        else
        {
            json.WriteString(JsonNames.Text, extent.End <= article.CleanText.Length ? extent.Of(article.CleanText) : []);
        }
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
