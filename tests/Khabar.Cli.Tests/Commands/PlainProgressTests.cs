using Khabar.Cli.Commands;
using Khabar.Core.Store;

namespace Khabar.Cli.Tests.Commands;

public class PlainProgressTests
{
    [Fact]
    public void A_redirected_run_gets_a_plain_line_at_most_every_interval()
    {
        var now = TimeSpan.Zero;
        using var error = new StringWriter();
        var progress = new IngestRun.PlainProgress(error, () => now, TimeSpan.FromSeconds(5));

        foreach (var (seconds, read) in new[] { (0, 100), (1, 200), (6, 1_200), (7, 1_400), (12, 2_400) })
        {
            now = TimeSpan.FromSeconds(seconds);
            progress.Report(new IngestTally { Read = read, Stored = read - 10 });
        }

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ingest: 1,200 articles read, 1,190 stored, 200 articles/s after 6 s", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error.ToString()); // no terminal control codes in a log
    }
}
