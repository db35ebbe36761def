using Khabar.Core.Analyze;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>Sparse PPMI context vectors of a corpus's content words (matched stems), unit length.</summary>
internal sealed class DistributionalVectors
{
    private const int KeptContexts = 200;
    private const double Smoothing = 0.75;

    private readonly Dictionary<string, int> _index;
    private readonly (int Context, float Weight)[][] _vectors;
    private readonly List<(int Word, float Weight)>[] _postings;

    private DistributionalVectors(string[] words, (int, float)[][] vectors)
    {
        Words = words;
        _vectors = vectors;
        _index = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        _postings = new List<(int, float)>[words.Length];
        for (var w = 0; w < vectors.Length; w++)
        {
            foreach (var (context, weight) in vectors[w])
            {
                (_postings[context] ??= []).Add((w, weight));
            }
        }
    }

    public string[] Words { get; }

    public int? IndexOf(string stem) => _index.TryGetValue(stem, out var i) ? i : null;

    public static string StemOf(string word)
    {
        Span<char> key = stackalloc char[MatchKey.MaxLength(word.Length)];
        var length = MatchKey.Write(word, key);
        return ContentTerms.MatchedStem(key[..length], TermWeights.Default).ToString();
    }

    /// <summary>The content words of a text in order (stop words and numbers left out), as matched stems.</summary>
    public static List<string> Stems(string text)
    {
        var stems = new List<string>();
        Span<char> key = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (!token.IsWord)
            {
                continue;
            }

            var length = MatchKey.Write(token.Of(text), key);
            if (length < 2 || StopWords.Default.Contains(key[..length]))
            {
                continue;
            }

            stems.Add(ContentTerms.MatchedStem(key[..length], TermWeights.Default).ToString());
        }

        return stems;
    }

    public static DistributionalVectors Build(string folder, int min, int window)
    {
        var documents = new List<int[]>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        foreach (var text in SaudiNewsNetCorpus.Contents(folder))
        {
            var stems = Stems(text);
            var document = new int[stems.Count];
            for (var i = 0; i < stems.Count; i++)
            {
                if (!ids.TryGetValue(stems[i], out var id))
                {
                    ids[stems[i]] = id = ids.Count;
                    counts.Add(0);
                }

                counts[id]++;
                document[i] = id;
            }

            documents.Add(document);
        }

        // Kept words, most frequent first.
        var kept = ids.Where(p => counts[p.Value] >= min).OrderByDescending(p => counts[p.Value]).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var remap = new int[ids.Count];
        Array.Fill(remap, -1);
        for (var i = 0; i < kept.Length; i++)
        {
            remap[kept[i].Value] = i;
        }

        var cooc = new Dictionary<int, int>[kept.Length];
        for (var i = 0; i < cooc.Length; i++)
        {
            cooc[i] = [];
        }

        foreach (var document in documents)
        {
            for (var i = 0; i < document.Length; i++)
            {
                var w = remap[document[i]];
                if (w < 0)
                {
                    continue;
                }

                for (var j = Math.Max(0, i - window); j <= Math.Min(document.Length - 1, i + window); j++)
                {
                    var c = j == i ? -1 : remap[document[j]];
                    if (c >= 0 && c != w)
                    {
                        cooc[w][c] = cooc[w].GetValueOrDefault(c) + 1;
                    }
                }
            }
        }

        var contextTotals = new double[kept.Length];
        var wordTotals = new double[kept.Length];
        for (var w = 0; w < kept.Length; w++)
        {
            foreach (var (c, n) in cooc[w])
            {
                contextTotals[c] += n;
                wordTotals[w] += n;
            }
        }

        var smoothed = contextTotals.Select(t => Math.Pow(t, Smoothing)).ToArray();
        var smoothedSum = smoothed.Sum();
        var total = wordTotals.Sum();
        var vectors = new (int, float)[kept.Length][];
        for (var w = 0; w < kept.Length; w++)
        {
            var entries = new List<(int, float)>();
            foreach (var (c, n) in cooc[w])
            {
                var pmi = Math.Log(n / total / (wordTotals[w] / total * (smoothed[c] / smoothedSum)));
                if (pmi > 0 && n >= 2)
                {
                    entries.Add((c, (float)pmi));
                }
            }

            var top = entries.OrderByDescending(e => e.Item2).ThenBy(e => e.Item1).Take(KeptContexts).ToArray();
            var norm = MathF.Sqrt(top.Sum(e => e.Item2 * e.Item2));
            vectors[w] = [.. top.Select(e => (e.Item1, norm > 0 ? e.Item2 / norm : 0)).OrderBy(e => e.Item1)];
        }

        return new DistributionalVectors([.. kept.Select(p => p.Key)], vectors);
    }

    public IEnumerable<(string Word, double Cosine)> Nearest(string stem, int top) =>
        IndexOf(stem) is { } w ? NearestOf(w, top).Select(n => (Words[n.Word], n.Cosine)) : [];

    public List<(int Word, double Cosine)> NearestOf(int w, int top)
    {
        var scores = new Dictionary<int, double>();
        foreach (var (context, weight) in _vectors[w])
        {
            if (_postings[context] is not { } posting)
            {
                continue;
            }

            foreach (var (other, otherWeight) in posting)
            {
                if (other != w)
                {
                    scores[other] = scores.GetValueOrDefault(other) + weight * otherWeight;
                }
            }
        }

        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(top).Select(p => (p.Key, p.Value))];
    }
}
