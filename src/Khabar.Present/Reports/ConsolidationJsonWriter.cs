using System.Globalization;
using System.Text.Json;
using Khabar.Core.Consolidate;

namespace Khabar.Present.Reports;

/// <summary>A story's consolidation in JSON: summary, timeline, facts, conflicts (the contract in docs/report.md).</summary>
public static class ConsolidationJsonWriter
{
    public static void WriteSummary(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray("summary");
        foreach (var sentence in story.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Text);
            json.WriteString("fact", sentence.Fact);
            WriteSources(json, sentence.Sources);
            WriteQuote(json, "quote", sentence.Quote, withText: false);
            json.WriteBoolean("disputed", sentence.Disputed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteTimeline(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray("timeline");
        foreach (var item in story.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", Day(item.Day));
            json.WriteString("text", item.Text);
            json.WriteString("fact", item.Fact);
            WriteSources(json, item.Sources);
            WriteQuotes(json, "expressions", item.Expressions);
            WriteQuotes(json, "quotes", item.Quotes);
            json.WriteString("doubt", item.Doubt);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteFacts(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray("facts");
        foreach (var fact in story.Facts)
        {
            json.WriteStartObject();
            json.WriteString("id", fact.Id);
            json.WriteString("text", fact.Text);
            json.WriteString("status", Status(fact.Status));
            WriteSources(json, fact.Sources);
            json.WriteNumber("independent", fact.Independent);
            json.WriteStartArray("outlets");
            foreach (var group in fact.Outlets)
            {
                json.WriteStartArray();
                foreach (var article in group)
                {
                    json.WriteStringValue(article);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            WriteQuotes(json, "quotes", fact.Quotes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteConflicts(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray("conflicts");
        foreach (var conflict in story.Conflicts)
        {
            json.WriteStartObject();
            json.WriteString("about", About(conflict.About));
            json.WriteString("fact", conflict.Fact);
            json.WriteString("text", conflict.Text);
            json.WriteStartArray("sides");
            foreach (var side in conflict.Sides)
            {
                json.WriteStartObject();
                json.WriteString("value", side.Value);
                WriteSources(json, side.Sources);
                WriteQuotes(json, "quotes", side.Quotes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The evidence for an inferred publication day.</summary>
    public static void WriteEvidence(Utf8JsonWriter json, PublicationDay day)
    {
        json.WriteStartArray("publishedEvidence");
        foreach (var evidence in day.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("text", evidence.Expression.Text);
            json.WriteNumber("start", evidence.Expression.Start);
            json.WriteNumber("length", evidence.Expression.Length);
            json.WriteString("means", Day(evidence.Means));
            json.WriteString("anchor", evidence.Anchor);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static string Status(FactStatus status) => status switch
    {
        FactStatus.Corroborated => "corroborated",
        FactStatus.Single => "single",
        _ => "conflict",
    };

    internal static string About(ConflictKind kind) => kind == ConflictKind.Date ? "date" : "number";

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteSources(Utf8JsonWriter json, IEnumerable<string> sources) => JsonReport.WriteStrings(json, "sources", sources);

    private static void WriteQuotes(Utf8JsonWriter json, string name, IEnumerable<Quote> quotes)
    {
        json.WriteStartArray(name);
        foreach (var quote in quotes)
        {
            WriteQuote(json, null, quote, withText: true);
        }

        json.WriteEndArray();
    }

    private static void WriteQuote(Utf8JsonWriter json, string? name, Quote quote, bool withText)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("article", quote.Article);
        json.WriteNumber("start", quote.Start);
        json.WriteNumber("length", quote.Length);
        if (withText)
        {
            json.WriteString("text", quote.Text);
        }

        json.WriteEndObject();
    }
}
