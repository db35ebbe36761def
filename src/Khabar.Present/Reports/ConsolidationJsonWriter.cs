using System.Globalization;
using System.Text.Json;
using Khabar.Core.Consolidate;

namespace Khabar.Present.Reports;

/// <summary>A story's consolidation in JSON: summary, timeline, facts, conflicts (the contract in docs/report.md).</summary>
public static class ConsolidationJsonWriter
{
    public static void WriteSummary(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray(JsonNames.Summary);
        foreach (var sentence in story.Summary)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Text, sentence.Text);
            json.WriteString(JsonNames.Fact, sentence.Fact);
            WriteSources(json, sentence.Sources);
            WriteQuote(json, JsonNames.Quote, sentence.Quote, withText: false);
            json.WriteBoolean(JsonNames.Disputed, sentence.Disputed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteTimeline(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray(JsonNames.Timeline);
        foreach (var item in story.Timeline)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Date, Day(item.Day));
            json.WriteString(JsonNames.Text, item.Text);
            json.WriteString(JsonNames.Fact, item.Fact);
            WriteSources(json, item.Sources);
            WriteQuotes(json, JsonNames.Expressions, item.Expressions);
            WriteQuotes(json, JsonNames.Quotes, item.Quotes);
            json.WriteString(JsonNames.Doubt, item.Doubt);
            json.WriteBoolean(JsonNames.Planned, item.Planned);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteFacts(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray(JsonNames.Facts);
        foreach (var fact in story.Facts)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Id, fact.Id);
            json.WriteString(JsonNames.Text, fact.Text);
            json.WriteString(JsonNames.Status, Status(fact.Status));
            WriteSources(json, fact.Sources);
            json.WriteNumber(JsonNames.Independent, fact.Independent);
            json.WriteStartArray(JsonNames.Outlets);
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
            WriteQuotes(json, JsonNames.Quotes, fact.Quotes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteConflicts(Utf8JsonWriter json, ConsolidatedStory story)
    {
        json.WriteStartArray(JsonNames.Conflicts);
        foreach (var conflict in story.Conflicts)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.About, About(conflict.About));
            if (ClaimKind(conflict.About) is { } claim)
            {
                json.WriteString(JsonNames.Claim, claim);
            }

            json.WriteString(JsonNames.Fact, conflict.Fact);
            json.WriteString(JsonNames.Text, conflict.Text);
            json.WriteStartArray(JsonNames.Sides);
            foreach (var side in conflict.Sides)
            {
                json.WriteStartObject();
                json.WriteString(JsonNames.Value, side.Value);
                WriteSources(json, side.Sources);
                WriteQuotes(json, JsonNames.Quotes, side.Quotes);
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
        json.WriteStartArray(JsonNames.PublishedEvidence);
        foreach (var evidence in day.Evidence)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Text, evidence.Expression.Words);
            json.WriteNumber(JsonNames.Start, evidence.Expression.Start);
            json.WriteNumber(JsonNames.Length, evidence.Expression.Length);
            json.WriteString(JsonNames.Means, Day(evidence.Means));
            json.WriteString(JsonNames.Anchor, evidence.Anchor);
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

    internal static string About(ConflictKind kind) => kind switch
    {
        ConflictKind.Date => "date",
        ConflictKind.Number => "number",
        ConflictKind.Person => "person",
        ConflictKind.Place => "place",
        ConflictKind.Organization => "organization",
        _ => "claim",
    };

    /// <summary>How a claim conflict's two statements differ (null for a value conflict, or one stored by older code).</summary>
    internal static string? ClaimKind(ConflictKind kind) => kind switch
    {
        ConflictKind.Negation => "negation",
        ConflictKind.Denial => "denial",
        ConflictKind.Opposite => "opposite",
        ConflictKind.Roles => "roles",
        ConflictKind.Postponement => "postponement",
        _ => null,
    };

    /// <summary>What a conflict is about, with a claim's kind: "date", "claim: denial".</summary>
    internal static string Describe(ConflictKind kind) => ClaimKind(kind) is { } claim ? $"{About(kind)}: {claim}" : About(kind);

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteSources(Utf8JsonWriter json, IEnumerable<string> sources) => JsonReport.WriteStrings(json, JsonNames.Sources, sources);

    private static void WriteQuotes(Utf8JsonWriter json, JsonEncodedText name, IEnumerable<Quote> quotes)
    {
        json.WriteStartArray(name);
        foreach (var quote in quotes)
        {
            WriteQuote(json, null, quote, withText: true);
        }

        json.WriteEndArray();
    }

    private static void WriteQuote(Utf8JsonWriter json, JsonEncodedText? name, Quote quote, bool withText)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name.Value);
        }

        json.WriteString(JsonNames.Article, quote.Article);
        json.WriteNumber(JsonNames.Start, quote.Start);
        json.WriteNumber(JsonNames.Length, quote.Length);
        if (withText)
        {
            json.WriteString(JsonNames.Text, quote.Words);
        }

        json.WriteEndObject();
    }
}
