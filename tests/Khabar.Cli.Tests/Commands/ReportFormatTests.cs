using System.Text.Json;
using Khabar.Tests;

namespace Khabar.Cli.Tests.Commands;

/// <summary>The consolidated story in each format: JSON contract fields, Markdown and HTML escaping, the options.</summary>
public class ReportFormatTests
{
    private static readonly Lazy<CliRun> SamplesJson = new(() => CliRun.Of("analyze", SharedData.Samples, "--format", "json"));

    private static JsonElement StoryWith(string article)
    {
        using var report = JsonDocument.Parse(SamplesJson.Value.Output);
        return report.RootElement.GetProperty("stories").EnumerateArray()
            .Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetProperty("id").GetString() == article)).Clone();
    }

    [Fact]
    public void The_json_story_carries_summary_timeline_facts_and_conflicts()
    {
        var storm = StoryWith("storm-sada-2025-10-17");

        var summary = storm.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        Assert.All(summary, s => Assert.NotEmpty(s.GetProperty("sources").EnumerateArray()));

        var conflicts = storm.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Equal(["date", "number"], conflicts.Select(c => c.GetProperty("about").GetString()).Order());
        var toll = conflicts.Single(c => c.GetProperty("about").GetString() == "number");
        Assert.Equal(["12", "15"], toll.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("value").GetString()));

        var statuses = storm.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("status").GetString()).Distinct().ToList();
        Assert.Contains("conflict", statuses);
        Assert.All(statuses, s => Assert.Contains(s, (string[])["corroborated", "single", "conflict"]));

        var timeline = storm.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Contains(timeline, t => t.GetProperty("date").GetString() == "2025-10-16" && t.GetProperty("doubt").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void A_claim_conflict_states_how_the_two_statements_differ_in_every_format()
    {
        var folder = Directory.CreateTempSubdirectory("khabar-claim-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "denial.jsonl"),
            [
                """{"title":"الاتحاد السعودي يصدر كتيبا خاصا بمباراة السوبر","text":"الاتحاد السعودي يصدر كتيبا خاصا بمباراة السوبر في لندن.","date":"2025-03-10T09:00:00+03:00","source":"صدى"}""",
                """{"title":"الاتحاد السعودي ينفي إصدار كتيب السوبر","text":"الاتحاد السعودي ينفي إصدار أي كتيب خاص بمباراة السوبر في لندن.","date":"2025-03-10T11:00:00+03:00","source":"الأفق"}""",
            ]);

            using var report = JsonDocument.Parse(CliRun.Of("analyze", folder, "--format", "json").Output);
            var conflict = Assert.Single(Assert.Single(report.RootElement.GetProperty("stories").EnumerateArray()).GetProperty("conflicts").EnumerateArray());
            Assert.Equal(("claim", "denial"), (conflict.GetProperty("about").GetString(), conflict.GetProperty("claim").GetString()));
            Assert.Contains("conflict (claim: denial, ", CliRun.Of("analyze", folder).Output, StringComparison.Ordinal);
            Assert.Contains("**claim: denial**", CliRun.Of("analyze", folder, "--format", "md").Output, StringComparison.Ordinal);
            Assert.Contains("<span class=\"badge conflict\">الرواية: تكذيب</span>", CliRun.Of("analyze", folder, "--format", "html").Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_place_conflict_names_each_sides_place_in_every_format()
    {
        var folder = Directory.CreateTempSubdirectory("khabar-place-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "place.jsonl"),
            [
                """{"title":"استشهاد رقيب في حرس الحدود","text":"استشهاد رقيب في حرس الحدود أصيب بمقذوف عسكري في نجران.","date":"2025-03-10T09:00:00+03:00","source":"صدى"}""",
                """{"title":"استشهاد رقيب أصيب بمقذوف","text":"استشهاد رقيب في حرس الحدود أصيب بمقذوف عسكري في جازان.","date":"2025-03-10T11:00:00+03:00","source":"الأفق"}""",
            ]);

            using var report = JsonDocument.Parse(CliRun.Of("analyze", folder, "--format", "json").Output);
            var conflict = Assert.Single(Assert.Single(report.RootElement.GetProperty("stories").EnumerateArray()).GetProperty("conflicts").EnumerateArray());
            Assert.Equal("place", conflict.GetProperty("about").GetString());
            Assert.Equal(["جازان", "نجران"], conflict.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("value").GetString()).Order(StringComparer.Ordinal));
            Assert.Contains("conflict (place, ", CliRun.Of("analyze", folder).Output, StringComparison.Ordinal);
            Assert.Contains("**place**", CliRun.Of("analyze", folder, "--format", "md").Output, StringComparison.Ordinal);
            var html = CliRun.Of("analyze", folder, "--format", "html").Output;
            Assert.Contains("<span class=\"badge conflict\">المكان</span>", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"value\">نجران</p>", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Inferred_publication_days_are_marked_with_their_evidence()
    {
        var storm = StoryWith("storm-alofoq-dhofar");
        var articles = storm.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);

        var inferred = articles["storm-alofoq-dhofar"];
        Assert.True(inferred.GetProperty("publishedInferred").GetBoolean());
        Assert.Equal("2025-10-17", inferred.GetProperty("published").GetString());
        Assert.Contains(inferred.GetProperty("publishedEvidence").EnumerateArray(), e => e.GetProperty("text").GetString() == "اليوم الجمعة");

        var given = articles["storm-sada-2025-10-17"];
        Assert.False(given.GetProperty("publishedInferred").GetBoolean());
        Assert.False(given.TryGetProperty("publishedEvidence", out _));
    }

    [Fact]
    public void Summary_words_bounds_the_summary()
    {
        var run = CliRun.Of("analyze", SharedData.Samples, "--format", "json", "--summary-words", "15");

        using var report = JsonDocument.Parse(run.Output);
        foreach (var story in report.RootElement.GetProperty("stories").EnumerateArray())
        {
            var sentences = story.GetProperty("summary").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
            Assert.Single(sentences);
        }

        Assert.NotEqual(0, CliRun.Of("analyze", SharedData.Samples, "--summary-words", "0").ExitCode);
    }

    [Fact]
    public void Markdown_has_every_section_and_no_markup_from_articles()
    {
        var run = CliRun.Of("analyze", SharedData.Samples, "--format", "md");

        Assert.Equal(0, run.ExitCode);
        foreach (var heading in (string[])["## Summary", "## Timeline", "## Conflicts", "## Facts", "## Entities", "## Shared copy", "## Articles"])
        {
            Assert.Contains(heading, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("**2025-10-16 Thu**", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_one_right_to_left_page_with_every_section()
    {
        var run = CliRun.Of("analyze", SharedData.Samples, "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", run.Output, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", run.Output, StringComparison.Ordinal);
        foreach (var section in (string[])["summary", "timeline", "conflicts", "facts", "entities", "reuse", "articles"])
        {
            Assert.Contains($"<section class=\"{section}\"", run.Output, StringComparison.Ordinal);
        }

        // The demo corpus's «تعليق الدراسة … حتى يوم الأحد» was written of before it came: planned, and shown so.
        Assert.Contains("<li class=\"planned\"><time", run.Output, StringComparison.Ordinal);
        Assert.Contains("<span class=\"planned\">مقرر</span>", run.Output, StringComparison.Ordinal);

        // Self-contained: nothing fetched, nothing run.
        Assert.DoesNotContain("<script", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", run.Output, StringComparison.Ordinal);

        // The removed residue is there, on demand.
        Assert.Contains("<details class=\"residue\">", run.Output, StringComparison.Ordinal);
        Assert.Contains("pic.twitter.com", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_an_article_is_escaped_in_html_and_markdown()
    {
        var folder = Directory.CreateTempSubdirectory("khabar-escape-");
        try
        {
            const string Hostile = "قال المتحدث إن <script>alert('x')</script> و<img src=x onerror=alert(1)> و**عريض** | [رابط](javascript:x) لن يمر.";
            File.WriteAllText(Path.Combine(folder.FullName, "hostile.txt"), $"عنوان «خطير» & <b>عريض</b>\n\n{Hostile}\nوأعلنت الوزارة اليوم الأحد نتائج التحقيق في الحادث.\n");

            var html = CliRun.Of("analyze", folder.FullName, "--format", "html").Output;
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.Contains("<del>&lt;script&gt;</del>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);

            var markdown = CliRun.Of("analyze", folder.FullName, "--format", "md").Output;
            Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("**عريض**", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("[رابط](", markdown, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;", markdown, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Story_shows_one_story_in_each_format()
    {
        var folder = Directory.CreateTempSubdirectory("khabar-story-");
        try
        {
            var db = Path.Combine(folder.FullName, "k.db");
            Assert.Equal(0, CliRun.Of("ingest", SharedData.Samples, "--db", db).ExitCode);
            using var list = JsonDocument.Parse(CliRun.Of("stories", "--db", db, "--format", "json").Output);
            var id = list.RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;

            using var json = JsonDocument.Parse(CliRun.Of("story", id, "--db", db, "--format", "json").Output);
            Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
            Assert.Contains("<section class=\"timeline\"", CliRun.Of("story", id, "--db", db, "--format", "html").Output, StringComparison.Ordinal);
            Assert.Contains("## Timeline", CliRun.Of("story", id, "--db", db, "--format", "md").Output, StringComparison.Ordinal);
            Assert.Contains("timeline:", CliRun.Of("story", id, "--db", db).Output, StringComparison.Ordinal);
            Assert.NotEqual(0, CliRun.Of("story", id, "--db", db, "--format", "pdf").ExitCode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
