using Khabar.Core.Ingest;

namespace Khabar.Core.Ports;

/// <summary>
/// Where articles come from: files and folders, standard input, later feeds. Yields each article read, or the
/// reason an input (or an item of it) was rejected, naming it; never throws for bad input.
/// </summary>
public interface IArticleSource
{
    IEnumerable<IngestItem> Read(CancellationToken cancellationToken = default);
}
