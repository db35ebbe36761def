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
            var latin = entity.Latin is null ? string.Empty : entity.LatinGuessed ? $" ({entity.Latin}?)" : $" ({entity.Latin})";
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

    /// <summary>The story's <c>entities</c> array (DESIGN.md contract: id, type, name, latin, variants, sources; plus key, role and mentions).</summary>
    public static void WriteEntities(Utf8JsonWriter json, IReadOnlyList<Entity> entities)
    {
        json.WriteStartArray(JsonNames.Entities);
        foreach (var entity in entities)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Id, entity.Id);
            json.WriteString(JsonNames.Type, entity.Type.Code());
            json.WriteString(JsonNames.Name, entity.Name);
            json.WriteString(JsonNames.Latin, entity.Latin);
            json.WriteBoolean(JsonNames.LatinGuessed, entity.LatinGuessed);
            json.WriteString(JsonNames.Key, entity.Key);
            json.WriteString(JsonNames.Role, entity.Role);
            JsonReport.WriteStrings(json, JsonNames.Variants, entity.Variants);
            JsonReport.WriteStrings(json, JsonNames.Sources, entity.Sources);
            json.WriteStartArray(JsonNames.Mentions);
            foreach (var mention in entity.Mentions)
            {
                json.WriteStartObject();
                json.WriteString(JsonNames.Article, mention.Article);
                json.WriteNumber(JsonNames.Start, mention.Start);
                json.WriteNumber(JsonNames.Length, mention.Length);
                json.WriteString(JsonNames.Text, mention.Text);
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
        json.WriteStartArray(JsonNames.Mentions);
        foreach (var mention in analysis?.Mentions ?? [])
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Type, mention.Type.Code());
            json.WriteNumber(JsonNames.Start, mention.Start);
            json.WriteNumber(JsonNames.Length, mention.Length);
            json.WriteString(JsonNames.Text, mention.Text);
            json.WriteString(JsonNames.Role, mention.Role);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var day = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        json.WriteStartArray(JsonNames.Dates);
        foreach (var date in analysis?.Dates ?? [])
        {
            WriteDate(json, date, date.Resolve(day));
        }

        json.WriteEndArray();
        json.WriteStartArray(JsonNames.Quantities);
        foreach (var quantity in analysis?.Quantities ?? [])
        {
            WriteQuantity(json, quantity);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, TemporalExpression date, DateRange? resolved)
    {
        json.WriteStartObject();
        json.WriteString(JsonNames.Kind, JsonNamingPolicy.CamelCase.ConvertName(date.Kind.ToString()));
        json.WriteNumber(JsonNames.Start, date.Start);
        json.WriteNumber(JsonNames.Length, date.Length);
        json.WriteString(JsonNames.Text, date.Text);
        json.WriteString(JsonNames.From, resolved?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString(JsonNames.To, resolved?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString(JsonNames.Weekday, date.Weekday?.ToString());
        json.WriteNumber(JsonNames.Offset, date.Offset);
        json.WriteBoolean(JsonNames.Upcoming, date.Upcoming);
        json.WriteString(JsonNames.Time, date.Time?.ToString("HH:mm", CultureInfo.InvariantCulture));
        json.WriteString(JsonNames.PartOfDay, date.Part == PartOfDay.None ? null : JsonNamingPolicy.CamelCase.ConvertName(date.Part.ToString()));
        json.WriteBoolean(JsonNames.Hijri, date.Hijri);
        json.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter json, Quantity quantity)
    {
        json.WriteStartObject();
        json.WriteNumber(JsonNames.Start, quantity.Start);
        json.WriteNumber(JsonNames.Length, quantity.Length);
        json.WriteString(JsonNames.Text, quantity.Text);
        json.WriteNumber(JsonNames.Value, quantity.Value);
        json.WriteString(JsonNames.Unit, quantity.Unit.Length == 0 ? null : quantity.Unit);
        json.WriteString(JsonNames.Dimension, JsonNamingPolicy.CamelCase.ConvertName(quantity.Dimension.ToString()));
        json.WriteNumber(JsonNames.Normalized, quantity.Normalized);
        json.WriteString(JsonNames.Converted, quantity.Converted);
        json.WriteString(JsonNames.Approximation, JsonNamingPolicy.CamelCase.ConvertName(quantity.Approximation.ToString()));
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
