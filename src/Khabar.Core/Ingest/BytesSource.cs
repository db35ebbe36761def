using Khabar.Core.Ports;

namespace Khabar.Core.Ingest;

/// <summary>
/// One input held in memory (an HTTP request's body), read as a file called <paramref name="name"/> would be: any
/// format the file reader takes, detected from the bytes, the name's extension a hint.
/// </summary>
public sealed class BytesSource(byte[] bytes, string name, string origin, IngestOptions options) : IArticleSource
{
    public IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default)
    {
        foreach (var item in ArticleSource.Read(bytes, name, origin, options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
}
