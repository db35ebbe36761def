using System.Globalization;
using Khabar.Core.Consolidate;

namespace Khabar.Present.Reports;

/// <summary>A story's consolidation as text lines: summary, inferred dates, timeline, conflicts, corroborated facts.</summary>
public static class ConsolidationTextWriter
{
    /// <summary>Single-source facts are many; the text report counts them and lists the rest.</summary>
    public static void Write(ConsolidatedStory story, TextWriter output)
    {
        output.WriteLine("   summary:");
        foreach (var sentence in story.Summary)
        {
            output.WriteLine($"      {OneLine(sentence.Text)}  [{string.Join(", ", sentence.Sources)}]{(sentence.Disputed ? " (disputed)" : string.Empty)}");
        }

        foreach (var day in story.Published.Where(p => p.Inferred))
        {
            output.WriteLine($"   {day.Article}: published {Day(day.Day!.Value)} (inferred: {string.Join("; ", day.Evidence.Select(Evidence))})");
        }

        output.WriteLine("   timeline:");
        foreach (var item in story.Timeline.Where(e => e.Doubt is null))
        {
            output.WriteLine($"      {Day(item.Day)}{(item.Planned ? " (planned)" : "")}  {OneLine(item.Text)}  [{string.Join(", ", item.Sources)}]");
        }

        foreach (var item in story.Timeline.Where(e => e.Doubt is not null))
        {
            output.WriteLine($"      doubtful: {Day(item.Day)}  {OneLine(item.Text)}  [{string.Join(", ", item.Sources)}]: {item.Doubt}");
        }

        foreach (var conflict in story.Conflicts)
        {
            output.WriteLine($"   conflict ({ConsolidationJsonWriter.Describe(conflict.About)}, {conflict.Fact}): {OneLine(conflict.Text)}");
            foreach (var side in conflict.Sides)
            {
                output.WriteLine($"      {side.Value}: {string.Join(", ", side.Sources)}");
                foreach (var quote in side.Quotes)
                {
                    output.WriteLine($"         {quote.Article}: {OneLine(quote.Text)}");
                }
            }
        }

        var single = story.Facts.Count(f => f.Status == FactStatus.Single);
        output.WriteLine($"   facts: {story.Facts.Count(f => f.Status == FactStatus.Corroborated)} corroborated, {story.Conflicts.Count} in conflict, {single} single-source");
        foreach (var fact in story.Facts.Where(f => f.Status != FactStatus.Single))
        {
            var copies = fact.Outlets.Where(g => g.Count > 1).Select(g => $"({string.Join(" = ", g)})");
            output.WriteLine($"      {fact.Id} {fact.Status.ToString().ToLowerInvariant()} by {fact.Independent}: {OneLine(fact.Text)}  [{string.Join(", ", fact.Sources)}]"
                + (copies.Any() ? $" same copy: {string.Join(" ", copies)}" : string.Empty));
        }
    }

    private static string Evidence(DateEvidence evidence) => evidence.Anchor is null
        ? $"«{evidence.Expression.Text}» names the weekday of writing"
        : $"«{evidence.Expression.Text}» = {Day(evidence.Means)} as {evidence.Anchor} dates it";

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture);

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
