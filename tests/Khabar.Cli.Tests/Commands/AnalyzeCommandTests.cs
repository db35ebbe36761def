using System.Text.Json;

namespace Khabar.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private static Dictionary<string, JsonElement> ArticlesById(JsonDocument report) =>
        report.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);

    private static string[] Rules(JsonElement article) =>
        article.GetProperty("removals").EnumerateArray().Select(r => r.GetProperty("rule").GetString()!).Where(r => r != "Whitespace").Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Demo_corpus_reads_every_article_with_its_metadata_and_residue_removed()
    {
        var run = CliRun.Of("analyze", SamplesFolder(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var articles = ArticlesById(report);
        Assert.Equal(10, articles.Count);
        Assert.Empty(report.RootElement.GetProperty("rejected").EnumerateArray());

        var html = articles["rail-sada-2025-10-14"];
        Assert.Equal("صدى الخليج", html.GetProperty("source").GetString());
        Assert.Equal("2025-10-14T11:20:00+03:00", html.GetProperty("published").GetString());
        Assert.Equal("https://sada-alkhaleej.example/economy/aqaba-maan-rail", html.GetProperty("url").GetString());
        var htmlText = html.GetProperty("text").GetString()!;
        Assert.StartsWith("الأردن يدشن سكة حديد", htmlText, StringComparison.Ordinal);
        foreach (var furniture in new[] { "شارك على فيسبوك", "أخبار ذات صلة", "جميع الحقوق", "analytics", "رياضة" })
        {
            Assert.DoesNotContain(furniture, htmlText, StringComparison.Ordinal);
        }

        Assert.Equal("2025-10-17T16:05:00+04:00", articles["storm-sada-2025-10-17"].GetProperty("published").GetString());
        Assert.Equal("metadata", articles["storm-sada-2025-10-17"].GetProperty("publishedFrom").GetString());
        Assert.Equal("ارتفاع ضحايا العاصفة مزن في عمان إلى 15 قتيلاً", articles["storm-sada-2025-10-17"].GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, articles["storm-alofoq-dhofar"].GetProperty("published").ValueKind);
        Assert.Equal("2025-10-14T00:00:00+00:00", articles["rail-alofoq-2025-10-14"].GetProperty("published").GetString());
        Assert.Equal("text", articles["rail-alofoq-2025-10-14"].GetProperty("publishedFrom").GetString());
        Assert.Equal("وادي نيوز", articles["digest-2025-10-2"].GetProperty("source").GetString());

        var tweet = articles["rail-nabaa-first-train"];
        Assert.Equal(["EmbeddedPost", "PhotoCaption", "Promo"], Rules(tweet));
        var tweetText = tweet.GetProperty("text").GetString()!;
        Assert.DoesNotContain("pic.twitter.com", tweetText, StringComparison.Ordinal);
        Assert.DoesNotContain("اقرأ أيضاً", tweetText, StringComparison.Ordinal);
        Assert.Contains("يوم فخر للشراكة مع الأردن", tweetText, StringComparison.Ordinal);

        var residue = articles["storm-nabaa-repairs"];
        Assert.Equal(["Entity", "MarkupFragment"], Rules(residue));
        Assert.DoesNotContain("/>", residue.GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain("&nbsp;", residue.GetProperty("text").GetString()!, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Seed_articles_are_listed_clean_with_their_removals()
    {
        var run = CliRun.Of("analyze", SharedData.Seeds!, "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        var articles = ArticlesById(report);
        Assert.Equal(5, articles.Count);
        foreach (var article in articles.Values)
        {
            var text = article.GetProperty("text").GetString()!;
            Assert.DoesNotContain("/>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("pic.twitter.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@RT_com", text, StringComparison.Ordinal);
            Assert.DoesNotContain("اقرأ أيضاً", text, StringComparison.Ordinal);
        }

        Assert.Contains("Promo", Rules(articles.Values.Single(a => a.GetProperty("id").GetString()!.StartsWith("000", StringComparison.Ordinal))));
        Assert.Contains("MarkupFragment", Rules(articles.Values.Single(a => a.GetProperty("id").GetString()!.StartsWith("001", StringComparison.Ordinal))));
        var dated = articles.Values.Single(a => a.GetProperty("id").GetString()!.StartsWith("004", StringComparison.Ordinal));
        Assert.Contains("EmbeddedPost", Rules(dated));
        Assert.Equal("2023-09-16T00:00:00+00:00", dated.GetProperty("published").GetString());
        Assert.Equal("text", dated.GetProperty("publishedFrom").GetString());
        Assert.Equal(4, articles.Values.Count(a => a.GetProperty("published").ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public void Analyze_without_usable_input_says_so()
    {
        var run = CliRun.Of("analyze", Path.Combine(Path.GetTempPath(), "khabar-no-such-folder-1f3a"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or directory", run.Output, StringComparison.Ordinal);
    }
}
