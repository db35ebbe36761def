using System.Globalization;
using System.Text.Json;
using Khabar.Core.Analyze;
using Khabar.Core.Entities;
using Khabar.Text.Dates;
using Khabar.Text.Numbers;

namespace Khabar.Present.Reports;

/// <summary>Writes entities, dates and quantities: per article (mentions) and per story (resolved entities).</summary>
public static class EntityReportWriter
{
    /// <summary>Mentions shown per entity in text output before "…".</summary>
    private const int VariantsShown = 6;

    public static void WriteText(IReadOnlyList<Entity> entities, TextWriter output)
    {
        foreach (var entity in entities)
        {
            var latin = entity.Latin is null ? string.Empty : $" ({entity.Latin})";
            var role = entity.Role is null ? string.Empty : $" · {entity.Role}";
            var others = entity.Variants.Where(v => v != entity.Name).Take(VariantsShown).ToList();
            var variants = others.Count == 0 ? string.Empty : $" · also {string.Join(" / ", others)}";
            output.WriteLine($"   {entity.Type.Code(),-4} {entity.Name}{latin}{role}{variants} · {entity.Mentions.Count}× in {entity.Sources.Count} articles");
        }
    }

    public static void WriteArticleText(ArticleAnalysis analysis, DateTimeOffset? published, TextWriter output)
    {
        if (analysis.Mentions.Count > 0)
        {
            var names = analysis.Mentions.GroupBy(m => (m.Type, m.Text)).Select(g => $"{g.Key.Text} ({g.Key.Type.Code()})");
            output.WriteLine($"   names: {string.Join(", ", names)}");
        }

        if (analysis.Dates.Count > 0)
        {
            var day = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
            output.WriteLine($"   dates: {string.Join(", ", analysis.Dates.Select(d => $"{d.Text} → {d.Resolve(day)?.ToString() ?? Symbolic(d)}"))}");
        }

        if (analysis.Quantities.Count > 0)
        {
            output.WriteLine($"   quantities: {string.Join(", ", analysis.Quantities.Select(q => q.Converted is { } c ? $"{q.Text} ≈ {c}" : q.Text))}");
        }
    }

    /// <summary>The story's <c>entities</c> array (DESIGN.md contract: id, type, name, latin, variants, sources; plus role and mentions).</summary>
    public static void WriteEntities(Utf8JsonWriter json, IReadOnlyList<Entity> entities)
    {
        json.WriteStartArray("entities");
        foreach (var entity in entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("type", entity.Type.Code());
            json.WriteString("name", entity.Name);
            json.WriteString("latin", entity.Latin);
            json.WriteString("role", entity.Role);
            JsonReport.WriteStrings(json, "variants", entity.Variants);
            JsonReport.WriteStrings(json, "sources", entity.Sources);
            json.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                json.WriteStartObject();
                json.WriteString("article", mention.Article);
                json.WriteNumber("start", mention.Start);
                json.WriteNumber("length", mention.Length);
                json.WriteString("text", mention.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An article's <c>mentions</c>, <c>dates</c> and <c>quantities</c> arrays; offsets into its clean text.</summary>
    public static void WriteArticleFindings(Utf8JsonWriter json, ArticleAnalysis? analysis, DateTimeOffset? published)
    {
        json.WriteStartArray("mentions");
        foreach (var mention in analysis?.Mentions ?? [])
        {
            json.WriteStartObject();
            json.WriteString("type", mention.Type.Code());
            json.WriteNumber("start", mention.Start);
            json.WriteNumber("length", mention.Length);
            json.WriteString("text", mention.Text);
            json.WriteString("role", mention.Role);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var day = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        json.WriteStartArray("dates");
        foreach (var date in analysis?.Dates ?? [])
        {
            WriteDate(json, date, date.Resolve(day));
        }

        json.WriteEndArray();
        json.WriteStartArray("quantities");
        foreach (var quantity in analysis?.Quantities ?? [])
        {
            WriteQuantity(json, quantity);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, TemporalExpression date, DateRange? resolved)
    {
        json.WriteStartObject();
        json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(date.Kind.ToString()));
        json.WriteNumber("start", date.Start);
        json.WriteNumber("length", date.Length);
        json.WriteString("text", date.Text);
        json.WriteString("from", resolved?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("to", resolved?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("weekday", date.Weekday?.ToString());
        json.WriteNumber("offset", date.Offset);
        json.WriteBoolean("upcoming", date.Upcoming);
        json.WriteString("time", date.Time?.ToString("HH:mm", CultureInfo.InvariantCulture));
        json.WriteString("partOfDay", date.Part == PartOfDay.None ? null : JsonNamingPolicy.CamelCase.ConvertName(date.Part.ToString()));
        json.WriteBoolean("hijri", date.Hijri);
        json.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter json, Quantity quantity)
    {
        json.WriteStartObject();
        json.WriteNumber("start", quantity.Start);
        json.WriteNumber("length", quantity.Length);
        json.WriteString("text", quantity.Text);
        json.WriteNumber("value", quantity.Value);
        json.WriteString("unit", quantity.Unit.Length == 0 ? null : quantity.Unit);
        json.WriteString("dimension", JsonNamingPolicy.CamelCase.ConvertName(quantity.Dimension.ToString()));
        json.WriteNumber("normalized", quantity.Normalized);
        json.WriteString("converted", quantity.Converted);
        json.WriteString("approximation", JsonNamingPolicy.CamelCase.ConvertName(quantity.Approximation.ToString()));
        json.WriteEndObject();
    }

    /// <summary>A date that could not be placed, said as what it is: "Saturday, last", "day −1".</summary>
    private static string Symbolic(TemporalExpression date) => date.Kind switch
    {
        TemporalKind.Weekday => $"{date.Weekday}{(date.Offset < 0 ? ", last" : date.Offset > 0 ? ", next" : string.Empty)}",
        TemporalKind.Time => date.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "time",
        _ => $"{date.Kind} {date.Offset:+0;-0;0}",
    };
}
