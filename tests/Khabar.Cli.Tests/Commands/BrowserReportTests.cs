using System.Diagnostics;
using Khabar.Tests;

namespace Khabar.Cli.Tests.Commands;

/// <summary>
/// Opens the HTML report in headless Chromium (Debian's /usr/bin/chromium, installed by .ci/run) and checks what
/// the browser made of it: the rendered page has the story's sections and text, right to left, and a screenshot
/// is written (kept under the test output folder to look at). Without Chromium the test is skipped, unless
/// KHABAR_REQUIRE_BROWSER is set, as CI sets it.
/// </summary>
public class BrowserReportTests
{
    private const string Chromium = BrowserFactAttribute.Chromium;

    [BrowserFact]
    public void The_seed_report_renders_in_chromium()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is required (KHABAR_REQUIRE_BROWSER) but missing");
        var input = SharedData.Seeds ?? SharedData.Samples;

        var folder = Path.Combine(AppContext.BaseDirectory, "browser");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "report.html");
        File.WriteAllText(page, CliRun.Of("analyze", input, "--format", "html").Output);

        var dom = Run("--dump-dom", new Uri(page).AbsoluteUri);
        Assert.Contains("dir=\"rtl\"", dom, StringComparison.Ordinal);
        Assert.Contains("التسلسل الزمني", dom, StringComparison.Ordinal);
        Assert.Contains("<time datetime=", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"chip\"", dom, StringComparison.Ordinal);
        if (SharedData.Seeds is not null)
        {
            Assert.Contains("روايات متعارضة", dom, StringComparison.Ordinal);
            Assert.Contains("datetime=\"2023-09-12\"", dom, StringComparison.Ordinal);
        }

        var screenshot = Path.Combine(folder, "report.png");
        File.Delete(screenshot);
        Run($"--screenshot={screenshot}", "--window-size=1280,2400", new Uri(page).AbsoluteUri);
        Assert.True(new FileInfo(screenshot).Length > 50_000, "the screenshot is (nearly) empty");
    }

    private static string Run(params string[] args)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "chromium did not finish");
        return output.Result;
    }
}
