using System.IO.Compression;
using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

/// <summary>A temporary folder of input files, deleted when the test ends, and the reading shortcuts tests share.</summary>
public abstract class IngestFixture : IDisposable
{
    protected const string Headline = "افتتاح مكتبة عامة جديدة في وسط المدينة";
    protected const string Body = "افتتحت البلدية صباح اليوم مكتبة عامة تضم أكثر من عشرة آلاف كتاب. وقال رئيس البلدية إن المكتبة ستفتح أبوابها للجميع مجانا.";
    protected const string Second = "ارتفعت أسعار الخضار في الأسواق المحلية بعد موجة الحر الأخيرة.";
    protected const string Third = "أعلنت وزارة التربية عن موعد بدء العام الدراسي الجديد في منتصف أيلول.";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("khabar-ingest-");

    protected string Root => _root.FullName;

    protected string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    protected static List<IngestItem> ReadAll(string path, IngestOptions? options = null) =>
        ArticleSource.Read([path], options ?? IngestOptions.Default).ToList();

    protected static RawArticle SingleArticle(string path, IngestOptions? options = null)
    {
        var item = Assert.Single(ReadAll(path, options));
        Assert.Null(item.Rejection);
        return Assert.IsType<RawArticle>(item.Article);
    }

    protected static IngestRejection SingleRejection(string path, IngestOptions? options = null)
    {
        var item = Assert.Single(ReadAll(path, options));
        Assert.Null(item.Article);
        return Assert.IsType<IngestRejection>(item.Rejection);
    }

    protected static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    protected static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public void Dispose()
    {
        try
        {
            _root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing Dispose would hide the test's own result.
        }

        GC.SuppressFinalize(this);
    }
}
