using System.Globalization;
using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class ZipIngestTests : IngestFixture
{
    private static string Digits(string reason) =>
        new([.. reason.Where(c => c is not (',' or '.' or ' ' or '\u00A0' or '\u202F' or '\''))]);

    [Fact]
    public void Reads_text_html_and_json_lines_entries_of_a_zip()
    {
        var path = Write("archive.zip", Zip(
            ("inner/name.txt", Utf8($"{Headline}\n{Body}\n")),
            ("inner/page.html", Utf8($"<html><body><article><p>{Second}</p></article></body></html>")),
            ("lines.jsonl", Utf8($"{{\"text\":\"{Third}\"}}\n{{\"text\":\"{Second}\"}}\n"))));
        var articles = ReadAll(path).Select(i => i.Article!).ToList();

        Assert.Equal([$"{path}!inner/name.txt", $"{path}!inner/page.html", $"{path}!lines.jsonl#1", $"{path}!lines.jsonl#2"],
            articles.Select(a => a.Origin));
        Assert.Equal(["name", "page", "lines-1", "lines-2"], articles.Select(a => a.Id));
        Assert.Equal(["text", "html", "jsonl", "jsonl"], articles.Select(a => a.Format));
        Assert.Equal(Headline, articles[0].Title);
        Assert.Equal($"{Headline}\n{Body}\n", articles[0].Text);
        Assert.Equal($"{Second}\n", articles[1].Text);
        Assert.Equal([Third, Second], articles.Skip(2).Select(a => a.Text));
    }

    [Fact]
    public void Rejects_a_zip_bomb_entry_naming_the_cap()
    {
        var path = Write("bomb.zip", Zip(("zeros.txt", new byte[2_000_000])));
        Assert.True(new FileInfo(path).Length < 10_000);

        var rejection = SingleRejection(path, new IngestOptions { MaxZipExpandedBytes = 1_000_000 });
        Assert.Equal($"{path}!zeros.txt", rejection.Origin);
        Assert.Contains("zip bomb", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("1000000", Digits(rejection.Reason), StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_the_entries_after_a_zip_bomb_entry()
    {
        var first = Utf8(Second);
        var path = Write("bomb.zip", Zip(
            ("a.txt", first),
            ("b-bomb.txt", Encoding.ASCII.GetBytes(new string(' ', 2_000_000))),
            ("c.txt", Utf8(Third))));
        var items = ReadAll(path, new IngestOptions { MaxZipExpandedBytes = 1_000_000 });

        Assert.Equal(2, items.Count);
        Assert.Equal(Second, items[0].Article?.Text);
        var rejection = items[1].Rejection!;
        Assert.Equal($"{path}!b-bomb.txt", rejection.Origin);
        Assert.Contains("rest of the archive is skipped", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains((1_000_000 - first.Length).ToString(CultureInfo.InvariantCulture), Digits(rejection.Reason), StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_the_cap_over_all_entries_together()
    {
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 600_000) + Second);
        var path = Write("two.zip", Zip(("a.txt", spaces), ("b.txt", spaces)));
        var items = ReadAll(path, new IngestOptions { MaxZipExpandedBytes = 1_000_000 });

        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].Article);
        Assert.Equal($"{path}!b.txt", items[1].Rejection?.Origin);
        Assert.Contains("cap", items[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_directory_entries()
    {
        var path = Write("dirs.zip", Zip(("folder/", []), ("folder/story.txt", Utf8(Second))));
        var article = SingleArticle(path);
        Assert.Equal($"{path}!folder/story.txt", article.Origin);
        Assert.Equal("story", article.Id);
    }

    [Fact]
    public void Rejects_a_corrupt_zip_without_throwing()
    {
        var garbage = new byte[4096];
        new Random(1256).NextBytes(garbage);
        byte[] bytes = [.. "PK\u0003\u0004"u8, .. garbage];
        var path = Write("broken.zip", bytes);
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("broken zip archive", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_archive_inside_an_archive()
    {
        var inner = Zip(("x.txt", Utf8(Second)));
        var path = Write("outer.zip", Zip(("inner.zip", inner), ("z.txt", Utf8(Third))));
        var items = ReadAll(path);
        Assert.Equal(2, items.Count);
        Assert.Equal($"{path}!inner.zip", items[0].Rejection?.Origin);
        Assert.Contains("archive inside an archive", items[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(Third, items[1].Article?.Text);
    }

    [Fact]
    public void Rejects_bad_entries_alone_naming_the_entry()
    {
        var path = Write("mixed.zip", Zip(("empty.txt", []), ("image.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), ("ok.txt", Utf8(Second))));
        var items = ReadAll(path);
        Assert.Equal(3, items.Count);
        Assert.Equal($"{path}!empty.txt", items[0].Rejection?.Origin);
        Assert.Equal("empty file", items[0].Rejection?.Reason);
        Assert.Equal($"{path}!image.png", items[1].Rejection?.Origin);
        Assert.Contains("binary", items[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(Second, items[2].Article?.Text);
    }
}
