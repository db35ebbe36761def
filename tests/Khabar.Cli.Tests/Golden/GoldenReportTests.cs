using System.Text.Json;
using System.Text.Json.Nodes;
using Khabar.Tests;

namespace Khabar.Cli.Tests.Golden;

/// <summary>
/// The whole JSON report of the demo corpus and of the seeds, compared with the reviewed files beside this one.
/// A change to any story, fact, date, entity or passage shows as a diff of those files: review it, then accept it
/// with <c>KHABAR_UPDATE_GOLDEN=1 dotnet test --filter Golden</c>. The seeds' file keeps no article text (the seeds
/// are not ours to copy): quotes and passages are kept as article ids and offsets.
/// </summary>
public class GoldenReportTests
{
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(SharedData.Samples)!, "tests", "Khabar.Cli.Tests", "Golden");

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void The_demo_corpus_report_is_the_reviewed_one() =>
        Check("samples.json", SharedData.Samples, "samples", withoutText: false);

    [SeedFact]
    public void The_seed_report_is_the_reviewed_one() =>
        Check("seeds.json", SharedData.Seeds!, "seeds", withoutText: true);

    private static void Check(string file, string input, string shownAs, bool withoutText)
    {
        var run = CliRun.Of("analyze", input, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var report = JsonNode.Parse(run.Output)!;
        Normalize(report, input, shownAs, withoutText);
        var actual = report.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(Folder, file);
        if (Environment.GetEnvironmentVariable("KHABAR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with KHABAR_UPDATE_GOLDEN=1 once and review it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var (e, a) = (expected.Split('\n'), actual.Split('\n'));
            var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{file} differs from line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "(end)")}\n  actual:   {(line < a.Length ? a[line] : "(end)")}\n" +
                "review the change, then accept it with KHABAR_UPDATE_GOLDEN=1");
        }
    }

    /// <summary>Paths made machine-independent; with <paramref name="withoutText"/>, every text and title dropped.</summary>
    private static void Normalize(JsonNode node, string input, string shownAs, bool withoutText)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (withoutText && name is "text" or "title")
                    {
                        obj.Remove(name);
                    }
                    else if (obj[name] is JsonValue value && value.TryGetValue<string>(out var s) && s.StartsWith(input, StringComparison.Ordinal))
                    {
                        obj[name] = shownAs + s[input.Length..];
                    }
                    else if (obj[name] is { } child)
                    {
                        Normalize(child, input, shownAs, withoutText);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    Normalize(item, input, shownAs, withoutText);
                }

                break;
        }
    }
}
