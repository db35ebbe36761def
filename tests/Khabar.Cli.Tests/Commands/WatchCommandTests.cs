namespace Khabar.Cli.Tests.Commands;

/// <summary><c>khabar watch</c> from the command line: a folder round with <c>--once</c>, and arguments refused with the reason.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-watch-cli-").FullName;

    private string Inbox => Path.Combine(_folder, "inbox");

    private string Database => Path.Combine(_folder, "k.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Once_reads_the_folders_new_files_and_a_second_round_reads_nothing()
    {
        Directory.CreateDirectory(Inbox);
        foreach (var file in Directory.GetFiles(SharedData.Samples, "*.txt").Order(StringComparer.Ordinal).Take(3))
        {
            var copy = Path.Combine(Inbox, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, DateTime.UtcNow.AddMinutes(-5));
        }

        var first = CliRun.Of("watch", Inbox, "--once", "--db", Database);
        var second = CliRun.Of("watch", Inbox, "--once", "--db", Database);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(" 3 files, 0 feeds polled", first.Output, StringComparison.Ordinal);
        Assert.Contains("stored 3, already stored 0, rejected 0", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(" 0 files, 0 feeds polled", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("stored", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "watch", "--once" }, "nothing to watch")]
    [InlineData(new[] { "watch", "--feed", "file:///etc/passwd", "--once" }, "--feed file:///etc/passwd: not an http or https address")]
    [InlineData(new[] { "watch", "--feed", "http://127.0.0.1:9/feed.xml", "--every", "soon" }, "--every soon: not a duration")]
    [InlineData(new[] { "watch", "--feed", "http://127.0.0.1:9/feed.xml", "--every", "0s" }, "--every 0s: at least 1s")]
    public void Bad_arguments_are_refused_with_the_reason(string[] args, string reason)
    {
        var run = CliRun.Of([.. args, "--db", Database]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void Once_exits_1_when_a_file_of_the_round_was_rejected()
    {
        Directory.CreateDirectory(Inbox);
        var broken = Path.Combine(Inbox, "broken.txt");
        File.WriteAllBytes(broken, [0x00, 0x01, 0x02, 0xFF, 0x00, 0x9C]);
        File.SetLastWriteTimeUtc(broken, DateTime.UtcNow.AddMinutes(-5));

        var run = CliRun.Of("watch", Inbox, "--once", "--db", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_named_and_the_round_still_ends()
    {
        var run = CliRun.Of("watch", Path.Combine(_folder, "nowhere"), "--once", "--db", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere: no such folder", run.Output, StringComparison.Ordinal);
    }
}
