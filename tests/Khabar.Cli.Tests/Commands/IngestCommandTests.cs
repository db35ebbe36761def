using System.Diagnostics;
using System.Globalization;
using System.Text;
using Khabar.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Khabar.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private static readonly string[] Places = ["العقبة", "الدوحة", "مسقط", "طنجة", "بنغازي", "صلالة", "جدة", "صور"];
    private static readonly string[] Events = ["افتتاح ميناء", "توقيع اتفاق تجاري", "إطلاق خط قطارات", "تدشين محطة كهرباء", "بدء موسم الصيد"];

    private readonly string _folder = Directory.CreateTempSubdirectory("khabar-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string DbPath => Path.Combine(_folder, "khabar.db");

    /// <summary>Writes <paramref name="files"/> JSON Lines files of <paramref name="perFile"/> distinct short articles.</summary>
    private string WriteCorpus(int files, int perFile)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        for (var f = 0; f < files; f++)
        {
            var lines = new StringBuilder();
            for (var i = 0; i < perFile; i++)
            {
                var n = f * perFile + i;
                var text = string.Create(CultureInfo.InvariantCulture,
                    $"أعلنت السلطات في {Places[n % Places.Length]} {Events[n % Events.Length]} رقم {n} بكلفة {n * 7 % 1000} مليون دولار.\\nوقال مسؤول إن العمل سيبدأ خلال {n % 12 + 1} أشهر.");
                lines.Append(CultureInfo.InvariantCulture, $$"""{"title":"خبر {{n}}","text":"{{text}}","source":"outlet-{{n % 5}}","date":"2025-10-{{n % 28 + 1:00}}T09:00:00Z"}""").Append('\n');
            }

            File.WriteAllText(Path.Combine(corpus, $"day-{f:000}.jsonl"), lines.ToString());
        }

        return corpus;
    }

    [Fact]
    public void Reingesting_the_same_input_stores_nothing_new()
    {
        var corpus = WriteCorpus(files: 2, perFile: 50);

        var first = CliRun.Of("ingest", corpus, "--db", DbPath);
        var second = CliRun.Of("ingest", corpus, "--db", DbPath);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("stored 100 ", first.Output, StringComparison.Ordinal);
        Assert.Contains("stored 0 ", second.Output, StringComparison.Ordinal);
        Assert.Contains("already stored 100", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_inputs_are_named_and_do_not_stop_the_batch()
    {
        var corpus = WriteCorpus(files: 1, perFile: 3);
        File.WriteAllBytes(Path.Combine(corpus, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0]);
        File.WriteAllText(Path.Combine(corpus, "empty.txt"), string.Empty);

        var run = CliRun.Of("ingest", corpus, Path.Combine(_folder, "missing.txt"), "--db", DbPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("stored 3 ", run.Output, StringComparison.Ordinal);
        Assert.Contains("photo.jpg: binary file", run.Output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: empty file", run.Output, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_one_clear_error()
    {
        var corpus = WriteCorpus(files: 1, perFile: 2);
        var notADatabase = Path.Combine(_folder, "notes.db");
        File.WriteAllText(notADatabase, "these are notes, not a database");

        var missingFolder = CliRun.Of("ingest", corpus, "--db", Path.Combine(_folder, "no-such-folder", "khabar.db"));
        var wrongFile = CliRun.Of("analyze", corpus, "--db", notADatabase);

        Assert.Equal(2, missingFolder.ExitCode);
        Assert.Contains("no-such-folder", missingFolder.Error, StringComparison.Ordinal);
        Assert.Contains("cannot open the database", missingFolder.Error, StringComparison.Ordinal);
        Assert.Equal(2, wrongFile.ExitCode);
        Assert.Contains("notes.db: cannot open the database", wrongFile.Error, StringComparison.Ordinal);
        Assert.Equal("these are notes, not a database", File.ReadAllText(notADatabase));
    }

}
