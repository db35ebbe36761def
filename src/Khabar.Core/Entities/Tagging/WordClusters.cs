namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// Distributional word clusters (<c>Resources/word-clusters.txt</c>, rebuilt by <c>bench ner-clusters</c>):
/// for each word core seen often in news, clusters of words used in the same contexts, from coarse to fine.
/// </summary>
public sealed class WordClusters
{
    private static readonly Lazy<WordClusters> DefaultClusters = new(() => Parse(Gazetteer.ReadResource("word-clusters.txt")));

    private readonly Dictionary<string, string[]> _clusters;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClusters(Dictionary<string, string[]> clusters, ulong fingerprint)
    {
        _clusters = clusters;
        _lookup = clusters.GetAlternateLookup<ReadOnlySpan<char>>();
        Fingerprint = fingerprint;
    }

    public static WordClusters Default => DefaultClusters.Value;

    public static WordClusters None { get; } = new([], 0);

    public int Count => _clusters.Count;

    public ulong Fingerprint { get; }

    /// <summary>The clusters of a word core, coarsest first; empty for words too rare to be clustered.</summary>
    public IReadOnlyList<string> Of(ReadOnlySpan<char> core) =>
        _lookup.TryGetValue(core, out var clusters) ? clusters : [];

    public static WordClusters Parse(string text)
    {
        var clusters = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fingerprint = 14695981039346656037UL;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length >= 2)
            {
                clusters[fields[0]] = fields[1..];
            }

            foreach (var c in line)
            {
                fingerprint = (fingerprint ^ c) * 1099511628211UL;
            }
        }

        return new WordClusters(clusters, fingerprint);
    }
}
