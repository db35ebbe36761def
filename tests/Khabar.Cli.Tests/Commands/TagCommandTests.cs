namespace Khabar.Cli.Tests.Commands;

public sealed class TagCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("khabar-tag-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Every_input_line_gets_one_output_line_with_a_bio_tag()
    {
        var input = Write("in.conll", string.Join('\n',
            "وقال", "وزير", "الخارجية", "الأردني", "أيمن", "الصفدي", "في", "عمّان", ".", "",
            "وأعلنت", "الأمم", "المتحدة", "ذلك", ".") + "\n");

        var run = CliRun.Of("tag", input);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(15, lines.Length);
        Assert.Equal("", lines[9]);
        var tagged = lines.Where(l => l.Length > 0).Select(l => l.Split(' ')).ToList();
        Assert.All(tagged, t => Assert.Matches("^(O|[BI]-(PERS|LOC|ORG|MISC))$", t[^1]));
        Assert.Equal("وقال", tagged[0][0]);
        Assert.Equal(["B-PERS", "I-PERS"], new[] { tagged[4][1], tagged[5][1] });
        Assert.Equal("B-LOC", tagged[7][1]);
        Assert.Equal(["B-ORG", "I-ORG"], new[] { tagged[10][1], tagged[11][1] });
    }

    [Fact]
    public void Score_compares_with_the_tags_in_the_input()
    {
        var input = Write("gold.conll", "وصل O\nالرئيس O\nإلى O\nالقاهرة B-LOC\n. O\n");

        var run = CliRun.Of("tag", input, "--score");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("LOC       1      1      1", run.Error, StringComparison.Ordinal);
        Assert.Contains("F1 1.000", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_named_with_its_problem()
    {
        var binary = Path.Combine(_folder.FullName, "bad.conll");
        File.WriteAllBytes(binary, [0x77, 0xC3, 0x28, 0x0A]);

        var invalid = CliRun.Of("tag", binary);
        var missing = CliRun.Of("tag", Path.Combine(_folder.FullName, "nope.conll"));

        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("bad.conll: not valid UTF-8", invalid.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.conll", missing.Error, StringComparison.Ordinal);
    }
}
