using System.Text;
using Khabar.Core.Consolidate;
using Khabar.Core.Entities;

namespace Khabar.Present.Reports;

/// <summary>
/// Stories as Markdown: summary, timeline, conflicts, corroborated facts, entities, reuse and articles. Text from
/// articles is escaped, so that a renderer shows it as written (no markup, no HTML from an article gets through).
/// </summary>
public static class MarkdownReportWriter
{
    public static void Write(IEnumerable<StoryReport> stories, TextWriter output)
    {
        foreach (var report in stories)
        {
            WriteStory(report, output);
        }
    }

    private static void WriteStory(StoryReport report, TextWriter output)
    {
        var (story, articles, _, reuse, entities, consolidated, _) = report;
        output.WriteLine($"# {M(story.Title)}");
        output.WriteLine();
        output.WriteLine($"`{story.Id}` · {articles.Count} articles · {story.Sources.Count} outlets");
        output.WriteLine();
        output.WriteLine("## Summary");
        output.WriteLine();
        foreach (var sentence in consolidated.Summary)
        {
            output.WriteLine($"- {M(sentence.Text)} — {Sources(sentence.Sources)}{(sentence.Disputed ? " **(disputed)**" : string.Empty)}");
        }

        output.WriteLine();
        output.WriteLine("## Timeline");
        output.WriteLine();
        foreach (var item in consolidated.Timeline.Where(e => e.Doubt is null))
        {
            output.WriteLine($"- **{ConsolidationTextWriter.Day(item.Day)}**{(item.Planned ? " *planned*" : "")} {M(item.Text)} — {Sources(item.Sources)}");
        }

        foreach (var item in consolidated.Timeline.Where(e => e.Doubt is not null))
        {
            output.WriteLine($"- *doubtful* **{ConsolidationTextWriter.Day(item.Day)}** {M(item.Text)} — {Sources(item.Sources)}: {M(item.Doubt!)}");
        }

        if (consolidated.Conflicts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Conflicts");
            foreach (var conflict in consolidated.Conflicts)
            {
                output.WriteLine();
                output.WriteLine($"**{ConsolidationJsonWriter.Describe(conflict.About)}** ({conflict.Fact}): {M(conflict.Text)}");
                output.WriteLine();
                output.WriteLine("| value | outlets | they write |");
                output.WriteLine("|---|---|---|");
                foreach (var side in conflict.Sides)
                {
                    output.WriteLine($"| {M(side.Value)} | {Sources(side.Sources)} | {string.Join("<br>", side.Quotes.Select(q => M(q.Text)))} |");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("## Facts");
        output.WriteLine();
        var single = consolidated.Facts.Count(f => f.Status == FactStatus.Single);
        foreach (var fact in consolidated.Facts.Where(f => f.Status != FactStatus.Single))
        {
            output.WriteLine($"- {ConsolidationJsonWriter.Status(fact.Status)} ({fact.Independent}): {M(fact.Text)} — {Sources(fact.Sources)}");
        }

        output.WriteLine($"- and {single} single-source facts (see `--format json`)");
        output.WriteLine();
        output.WriteLine("## Entities");
        output.WriteLine();
        output.WriteLine("| type | name | latin | role | variants | mentions |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var entity in entities)
        {
            output.WriteLine($"| {entity.Type.Code()} | {M(entity.Name)} | {M(entity.Latin is null ? string.Empty : entity.LatinGuessed ? entity.Latin + "?" : entity.Latin)} | {M(entity.Role ?? string.Empty)} | {M(string.Join(" / ", entity.Variants.Where(v => v != entity.Name)))} | {entity.Mentions.Count} in {entity.Sources.Count} |");
        }

        if (reuse.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Shared copy");
            foreach (var pair in reuse)
            {
                output.WriteLine();
                output.WriteLine($"`{pair.A}` and `{pair.B}` (score {pair.Score:0.00}):");
                output.WriteLine();
                foreach (var passage in pair.Passages)
                {
                    output.WriteLine($"- {M(Of(report, pair.A, passage.A))} ⟷ {M(Of(report, pair.B, passage.B))}");
                }
            }
        }

        if (consolidated.Events.Count > 1)
        {
            output.WriteLine();
            output.WriteLine("## Events");
            output.WriteLine();
            foreach (var e in consolidated.Events)
            {
                var shared = e.SharedEntities.Count > 0 ? $" · shares {M(string.Join("، ", e.SharedEntities))}" : string.Empty;
                output.WriteLine($"- {e.Id} · {StoryReportWriter.EventSpan(e)} · {e.Articles.Count} articles · {M(e.Title)}{shared}");
            }
        }

        output.WriteLine();
        output.WriteLine("## Articles");
        output.WriteLine();
        foreach (var article in articles)
        {
            var day = consolidated.PublishedOf(article.Id);
            var date = day?.Day is { } d ? ConsolidationTextWriter.Day(d) + (day.Inferred ? " (inferred)" : string.Empty) : "date unknown";
            output.WriteLine($"- `{article.Id}` {M(article.Source ?? "unknown outlet")} · {date} · {M(article.Title ?? string.Empty)}");
        }

        output.WriteLine();
    }

    private static string Of(StoryReport report, string id, Khabar.Text.TextExtent extent) =>
        report.Find(id) is { } article && extent.End <= article.CleanText.Length ? article.CleanText.Substring(extent.Start, extent.Length) : string.Empty;

    private static string Sources(IEnumerable<string> sources) => string.Join(", ", sources.Select(s => $"`{s.Replace("`", string.Empty, StringComparison.Ordinal)}`"));

    /// <summary>Article text made inert in Markdown: HTML characters as entities, markup characters escaped, one line.</summary>
    internal static string M(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
