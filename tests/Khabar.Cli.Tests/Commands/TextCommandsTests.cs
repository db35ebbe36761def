using System.Text;

namespace Khabar.Cli.Tests.Commands;

public sealed class TextCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Sentences_prints_one_sentence_a_line_with_offsets()
    {
        var path = Write("a.txt", Encoding.UTF8.GetBytes("وصل الوفد إلى العقبة. وبدأت المحادثات الـيوم\nعنوان آخر"));

        var run = CliRun.Of("sentences", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["0\t21\tوصل الوفد إلى العقبة.", "22\t21\tوبدأت المحادثات اليوم", "44\t9\tعنوان آخر"], run.Output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Tokens_prints_kind_key_and_stem_of_each_word()
    {
        var path = Write("b.txt", Encoding.UTF8.GetBytes("والمدينة Tu-160 ٢٠٢٣"));

        var lines = CliRun.Of("tokens", path).Output.TrimEnd('\n').Split('\n');

        Assert.Equal("0\t8\tArabicWord\tوالمدينة\tوالمدينه\tمدين", lines[0]);
        Assert.Equal("9\t6\tDesignator\tTu-160", lines[1]);
        Assert.Equal("16\t4\tNumber\t2023", lines[2]);
    }

    [Fact]
    public void Invalid_utf8_is_a_clear_error_naming_the_file()
    {
        var path = Write("bad.txt", [0xD8, 0xA7, 0xFF, 0xFE, 0x41]);

        var run = CliRun.Of("sentences", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.txt: not valid UTF-8 text", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var run = CliRun.Of("tokens", Path.Combine(_folder, "missing.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.txt", run.Error, StringComparison.Ordinal);
    }
}
