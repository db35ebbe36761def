using Khabar.Core.Ports;

namespace Khabar.Core.Ingest;

/// <summary>Files, directories (read recursively) and <c>-</c> for standard input, as the CLI names them.</summary>
public sealed class FileSource(IReadOnlyList<string> paths, IngestOptions options, Func<Stream>? standardInput = null) : IArticleSource
{
    public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
    {
        foreach (var item in ArticleSource.Read(paths, options, standardInput))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
}
