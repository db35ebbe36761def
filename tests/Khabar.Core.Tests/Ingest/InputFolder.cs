using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

/// <summary>A temporary folder for test inputs, read back through <see cref="ArticleSource"/>; deleted after.</summary>
public abstract class InputFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("khabar-inputs-").FullName;

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/> and reads it with the default options.</summary>
    protected List<IngestItem> Read(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return ArticleSource.Read([path], IngestOptions.Default).ToList();
    }
}
