using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class ArticleSourceTests : IngestFixture
{
    [Fact]
    public void Reads_directories_recursively_in_ordinal_path_order()
    {
        Write("b.txt", Second);
        Write("a/z.txt", Second);
        Write("a.txt", Second);
        Write("A.txt", Second);
        Write("a/deeper/m.txt", Second);
        Directory.CreateDirectory(Path.Combine(Root, "empty"));

        var ids = ReadAll(Root).Select(i => i.Article!.Id);
        Assert.Equal(["A", "a", "m", "z", "b"], ids);
    }

    [Fact]
    public void Reads_paths_in_the_order_given()
    {
        var first = Write("first.txt", Second);
        var second = Write("second.txt", Third);
        var ids = ArticleSource.Read([second, first], IngestOptions.Default).Select(i => i.Article!.Id);
        Assert.Equal(["second", "first"], ids);
    }

    [Fact]
    public void Reads_dash_from_the_given_standard_input()
    {
        var input = Encoding.UTF8.GetBytes($"{Headline}\n{Body}\n");
        var item = Assert.Single(ArticleSource.Read(["-"], IngestOptions.Default, () => new MemoryStream(input)));
        Assert.Equal("stdin", item.Article?.Id);
        Assert.Equal("-", item.Article?.Origin);
        Assert.Equal(Headline, item.Article?.Title);
        Assert.Equal($"{Headline}\n{Body}\n", item.Article?.Text);
    }

    [Fact]
    public void Reads_json_lines_from_standard_input()
    {
        var input = Encoding.UTF8.GetBytes($"{{\"text\":\"{Second}\"}}\n{{\"text\":\"{Third}\"}}\n");
        var items = ArticleSource.Read(["-"], IngestOptions.Default, () => new MemoryStream(input)).ToList();
        Assert.Equal(["stdin-1", "stdin-2"], items.Select(i => i.Article?.Id));
        Assert.Equal(["-#1", "-#2"], items.Select(i => i.Article?.Origin));
    }

    [Fact]
    public void Rejects_a_missing_path()
    {
        var path = Path.Combine(Root, "missing.txt");
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Equal("no such file or directory", rejection.Reason);
    }

    [Fact]
    public void Rejects_a_path_that_treats_a_file_as_a_directory()
    {
        var file = Write("notes.txt", Second);
        var path = Path.Combine(file, "inner.txt");
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("no such file", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_reading_other_paths_after_a_rejection()
    {
        var good = Write("good.txt", Second);
        var items = ArticleSource.Read([Path.Combine(Root, "missing.txt"), good], IngestOptions.Default).ToList();
        Assert.NotNull(items[0].Rejection);
        Assert.Equal("good", items[1].Article?.Id);
    }

    [Fact]
    public void Rejects_a_png_as_binary()
    {
        var path = Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Equal("binary file, not text", rejection.Reason);
    }

    [Fact]
    public void Rejects_random_bytes_with_nuls_as_binary()
    {
        var bytes = new byte[1000];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'x';
        bytes[500] = 0;
        var path = Write("noise.txt", bytes);
        Assert.Equal("binary file, not text", SingleRejection(path).Reason);
    }

    [Fact]
    public void Rejects_invalid_utf8_naming_the_byte_offset()
    {
        var path = Write("latin.txt", [.. "Caf"u8, 0xA9, .. " au lait"u8]);
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("offset 3", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("0xA9", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_empty_file()
    {
        var path = Write("empty.txt", []);
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Equal("empty file", rejection.Reason);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\r\n\t  \n")]
    [InlineData("\u00A0\u2003\u3000")]
    public void Rejects_a_whitespace_only_file(string content)
    {
        var path = Write("blank.txt", content);
        var rejection = SingleRejection(path);
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("only white space", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_file_over_max_file_bytes_unread()
    {
        var path = Write("big.txt", new string('ب', 600));
        var rejection = SingleRejection(path, new IngestOptions { MaxFileBytes = 1000 });
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("exceeds the limit", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("1200", new string([.. rejection.Reason.Where(char.IsAsciiDigit)]), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_file_at_exactly_max_file_bytes()
    {
        var path = Write("edge.txt", new string('ب', 500));
        Assert.Equal(500, SingleArticle(path, new IngestOptions { MaxFileBytes = 1000 }).Text.Length);
    }

    [Fact]
    public void Rejects_a_text_article_over_max_article_chars()
    {
        var path = Write("long.txt", Body);
        var rejection = SingleRejection(path, new IngestOptions { MaxArticleChars = Body.Length - 1 });
        Assert.Equal(path, rejection.Origin);
        Assert.Contains("exceeds the limit", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(Body, SingleArticle(path, new IngestOptions { MaxArticleChars = Body.Length }).Text);
    }

    [Fact]
    public void Rejects_a_50_mb_single_line_file_quickly_with_default_options()
    {
        var path = Path.Combine(Root, "huge.txt");
        var line = Encoding.UTF8.GetBytes("خبر عاجل من العاصمة ");
        using (var file = File.Create(path))
        {
            while (file.Length < 50L << 20)
            {
                file.Write(line);
            }
        }

        var rejection = SingleRejection(path);
        File.Delete(path);

        Assert.Equal(path, rejection.Origin);
        Assert.Contains("exceeds the limit", rejection.Reason, StringComparison.Ordinal);
    }
}
