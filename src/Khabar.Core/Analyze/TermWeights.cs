using Khabar.Text;
using System.Collections.Frozen;
using System.Globalization;

namespace Khabar.Core.Analyze;

/// <summary>
/// How much a term says about what an article is about: its inverse document frequency in a reference corpus
/// of Arabic news (<c>Resources/term-df.txt</c>). The table is fixed, so the weight of a term, and with it
/// every similarity between two articles, does not depend on what else is stored or in what order it came.
/// Terms missing from the table are rarer than any in it and get the largest weight.
/// </summary>
public sealed class TermWeights
{
    private static readonly Lazy<TermWeights> DefaultTable = new(() => Load("term-df.txt"));

    private readonly FrozenDictionary<ulong, float> _weights;

    private TermWeights(FrozenDictionary<ulong, float> weights, float rare, int documents)
    {
        _weights = weights;
        Rare = rare;
        Documents = documents;
    }

    public static TermWeights Default => DefaultTable.Value;

    /// <summary>The weight of a term missing from the table.</summary>
    public float Rare { get; }

    /// <summary>Articles in the reference corpus.</summary>
    public int Documents { get; }

    /// <summary>True when the term is common enough to be in the table.</summary>
    public bool IsKnown(ulong term) => _weights.ContainsKey(term);

    /// <summary>ln(N / df) of a term hashed with <see cref="TermHash"/>.</summary>
    public float Of(ulong term) => _weights.TryGetValue(term, out var weight) ? weight : Rare;

    /// <summary>Reads a table of <c>term TAB df</c> lines after a <c>documents TAB N</c> line; <c>#</c> starts a comment.</summary>
    public static TermWeights Parse(TextReader reader)
    {
        var documents = 0;
        var minimum = int.MaxValue;
        var weights = new Dictionary<ulong, float>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var count = int.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            if (documents == 0)
            {
                documents = count;
                continue;
            }

            minimum = Math.Min(minimum, count);
            weights[TermHash.Of(line.AsSpan(0, tab))] = MathF.Log((float)documents / count);
        }

        var rare = MathF.Log((float)Math.Max(documents, 1) / Math.Max(1, minimum / 2));
        return new TermWeights(weights.ToFrozenDictionary(), rare, documents);
    }

    private static TermWeights Load(string name)
    {
        var resource = "Khabar.Core.Analyze.Resources." + name;
        using var stream = typeof(TermWeights).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
