using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using Khabar.Core.Entities;
using Khabar.Text.Normalize;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>
/// <c>ner-clusters [SAUDINEWSNET] [--out PATH] [--also-unifiedfc DIR]</c>: groups the words of a news corpus (with UnifiedFC's articles too, an experiment) by the company they
/// keep, for the entity tagger's cluster features. Each word (its <see cref="Proclitics.Core"/>) seen at
/// least <see cref="MinCount"/> times is described by its neighbours one and two to the left and right, among
/// the most frequent words, weighted by positive PMI; spherical k-means then groups these vectors twice, coarse
/// and fine. Words that behave alike (foreign surnames, capitals, ministries) share clusters, so the tagger
/// generalises from the names it was trained on to names it never saw.
/// </summary>
internal static class WordClustering
{
    private const int MinCount = 5;
    private const int ContextWords = 800;
    private const int Iterations = 12;
    private static readonly int[] Granularities = [32, 128, 512, 2048];
    private const string OutPath = "src/Khabar.Core/Entities/Resources/word-clusters.txt";

    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var at = Array.IndexOf(args, "--out");
        var outPath = at >= 0 && at + 1 < args.Length ? args[at + 1] : OutPath;
        var clock = Stopwatch.StartNew();

        // Pass 1: frequencies of keys (context) and cores (clustered).
        var keyCounts = new Dictionary<string, int>();
        var coreCounts = new Dictionary<string, int>();
        var documents = new List<string[]>();
        var also = NerTraining.Option(args, "--also-unifiedfc");
        foreach (var text in SaudiNewsNetCorpus.Contents(folder).Concat(also is null ? [] : UnifiedFcTexts(also)))
        {
            var keys = Keys(text);
            documents.Add(keys);
            foreach (var key in keys)
            {
                keyCounts[key] = keyCounts.GetValueOrDefault(key) + 1;
                var core = Proclitics.Core(key).ToString();
                coreCounts[core] = coreCounts.GetValueOrDefault(core) + 1;
            }
        }

        var context = keyCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(ContextWords).Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i);
        var words = coreCounts.Where(p => p.Value >= MinCount && p.Key.Length > 1 && !p.Key.All(char.IsDigit))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var wordIndex = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        Console.Error.WriteLine($"{documents.Count} documents, {words.Length} words to cluster ({clock.Elapsed.TotalSeconds:F1} s)");

        // Pass 2: context counts per word: dimension = position (4) × context word.
        var dims = 4 * ContextWords;
        var counts = new Dictionary<int, float>[words.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = [];
        }

        foreach (var keys in documents)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (!wordIndex.TryGetValue(Proclitics.Core(keys[i]).ToString(), out var w))
                {
                    continue;
                }

                for (var (offset, slot) = (-2, 0); offset <= 2; offset++)
                {
                    if (offset == 0)
                    {
                        continue;
                    }

                    var j = i + offset;
                    var neighbour = j >= 0 && j < keys.Length ? keys[j] : null;
                    if (neighbour is not null && context.TryGetValue(neighbour, out var c))
                    {
                        var d = (slot * ContextWords) + c;
                        counts[w][d] = counts[w].GetValueOrDefault(d) + 1;
                    }

                    slot++;
                }
            }
        }

        var profiles = TriggerProfiles(documents, wordIndex);
        var vectors = Weigh(counts, dims);
        Console.Error.WriteLine($"context vectors built ({clock.Elapsed.TotalSeconds:F1} s)");

        var assignments = Granularities.Select(k => KMeans(vectors, dims, k, clock)).ToArray();
        var output = new StringBuilder();
        output.Append("# Word clusters for the entity tagger: core, then clusters coarse to fine, then how the word is used (see WordClustering).\n");
        output.Append("# Built by `dotnet run --project bench/Khabar.Bench -c Release -- ner-clusters` from SaudiNewsNet\n");
        output.Append("# (CC BY-NC-SA 4.0); derived statistics only, no text. See docs/entities.md.\n");
        for (var w = 0; w < words.Length; w++)
        {
            output.Append(words[w]);
            foreach (var assignment in assignments)
            {
                output.Append('\t').Append(assignment[w].ToString(CultureInfo.InvariantCulture));
            }

            output.Append('\t').Append(profiles[w]);

            output.Append('\n');
        }

        File.WriteAllText(outPath, output.ToString());
        Console.WriteLine($"wrote {outPath}: {words.Length} words, clusters {string.Join('/', Granularities)} and trigger profiles ({clock.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }

    /// <summary>
    /// How each word is used: the share of its occurrences right after a person trigger or verb of saying, a
    /// place trigger, an organisation trigger, and with the article ال, each in four buckets (P2L0O1A3).
    /// </summary>
    private static string[] TriggerProfiles(List<string[]> documents, Dictionary<string, int> wordIndex)
    {
        var gazetteer = Gazetteer.Default;
        var counts = new int[wordIndex.Count, 5];
        foreach (var keys in documents)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var core = Proclitics.Core(keys[i]);
                if (!wordIndex.TryGetValue(core.ToString(), out var w))
                {
                    continue;
                }

                counts[w, 0]++;
                var before = i > 0 ? gazetteer.OfWord(keys[i - 1]) : GazetteerKind.None;
                counts[w, 1] += (before & (GazetteerKind.PersonTrigger | GazetteerKind.SpeechVerb)) != 0 ? 1 : 0;
                counts[w, 2] += (before & GazetteerKind.LocationTrigger) != 0 ? 1 : 0;
                counts[w, 3] += (before & GazetteerKind.OrganizationTrigger) != 0 ? 1 : 0;
                var prefix = keys[i].AsSpan(0, keys[i].Length - core.Length);
                counts[w, 4] += prefix.EndsWith("ال") || prefix.EndsWith("لل") ? 1 : 0;
            }
        }

        static char Bucket(double share, double low, double mid, double high) =>
            share <= low ? '0' : share < mid ? '1' : share < high ? '2' : '3';

        var profiles = new string[wordIndex.Count];
        for (var w = 0; w < profiles.Length; w++)
        {
            double total = Math.Max(1, counts[w, 0]);
            profiles[w] = string.Concat(
                "P", Bucket(counts[w, 1] / total, 0, 0.02, 0.1).ToString(),
                "L", Bucket(counts[w, 2] / total, 0, 0.02, 0.1).ToString(),
                "O", Bucket(counts[w, 3] / total, 0, 0.02, 0.1).ToString(),
                "A", Bucket(counts[w, 4] / total, 0.05, 0.3, 0.7).ToString());
        }

        return profiles;
    }

    /// <summary>The article texts of UnifiedFC's claim files under <paramref name="folder"/> (its <c>dataset</c> folder), each once.</summary>
    private static IEnumerable<string> UnifiedFcTexts(string folder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "dataset"), "*.json").Order(StringComparer.Ordinal))
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))?["article"] is not System.Text.Json.Nodes.JsonArray texts)
            {
                continue;
            }

            foreach (var text in texts.Select(t => t?.GetValue<string>() ?? ""))
            {
                if (text.Length > 0 && seen.Add(text))
                {
                    yield return text;
                }
            }
        }
    }

    private static string[] Keys(string text)
    {
        var keys = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            keys.Add(token.Kind switch
            {
                TokenKind.ArabicWord or TokenKind.LatinWord => MatchKey.Of(token.Of(text)),
                TokenKind.Number => "<num>",
                _ => token.Of(text).ToString(),
            });
        }

        return [.. keys];
    }

    /// <summary>Positive PMI of each (word, context) count, then unit length: sparse (dims, values) per word.</summary>
    private static (int[] Dims, float[] Values)[] Weigh(Dictionary<int, float>[] counts, int dims)
    {
        var columnTotals = new double[dims];
        double total = 0;
        foreach (var row in counts)
        {
            foreach (var (d, c) in row)
            {
                columnTotals[d] += c;
                total += c;
            }
        }

        var vectors = new (int[], float[])[counts.Length];
        Parallel.For(0, counts.Length, w =>
        {
            var rowTotal = counts[w].Values.Sum();
            var entries = counts[w]
                .Select(p => (p.Key, Value: (float)Math.Max(0, Math.Log(p.Value * total / (rowTotal * columnTotals[p.Key])))))
                .Where(p => p.Value > 0).OrderBy(p => p.Key).ToArray();
            var norm = MathF.Sqrt(entries.Sum(p => p.Value * p.Value));
            vectors[w] = (entries.Select(p => p.Key).ToArray(), entries.Select(p => norm > 0 ? p.Value / norm : 0).ToArray());
        });
        return vectors;
    }

    /// <summary>Spherical k-means: centroids start at evenly spaced words of the frequency list, which is deterministic.</summary>
    private static int[] KMeans((int[] Dims, float[] Values)[] vectors, int dims, int k, Stopwatch clock)
    {
        // Centroids stored dimension-major so a sparse word scores all k centroids with one vector add per entry.
        var centroids = new float[dims * k];
        for (var c = 0; c < k; c++)
        {
            var (d, v) = vectors[(int)((long)c * vectors.Length / k)];
            for (var e = 0; e < d.Length; e++)
            {
                centroids[(d[e] * k) + c] = v[e];
            }
        }

        var assignment = new int[vectors.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, vectors.Length, () => new float[k], (w, _, scores) =>
            {
                Array.Clear(scores);
                var (d, v) = vectors[w];
                for (var e = 0; e < d.Length; e++)
                {
                    var row = centroids.AsSpan(d[e] * k, k);
                    var weight = new Vector<float>(v[e]);
                    var i = 0;
                    for (; i <= k - Vector<float>.Count; i += Vector<float>.Count)
                    {
                        (new Vector<float>(scores.AsSpan(i)) + (new Vector<float>(row[i..]) * weight)).CopyTo(scores.AsSpan(i));
                    }

                    for (; i < k; i++)
                    {
                        scores[i] += row[i] * v[e];
                    }
                }

                var best = 0;
                for (var c = 1; c < k; c++)
                {
                    best = scores[c] > scores[best] ? c : best;
                }

                if (assignment[w] != best)
                {
                    Interlocked.Increment(ref changed);
                }

                assignment[w] = best;
                return scores;
            }, _ => { });

            Array.Clear(centroids);
            for (var w = 0; w < vectors.Length; w++)
            {
                var (d, v) = vectors[w];
                for (var e = 0; e < d.Length; e++)
                {
                    centroids[(d[e] * k) + assignment[w]] += v[e];
                }
            }

            var norms = new double[k];
            for (var i = 0; i < centroids.Length; i++)
            {
                norms[i % k] += centroids[i] * centroids[i];
            }

            for (var i = 0; i < centroids.Length; i++)
            {
                var norm = Math.Sqrt(norms[i % k]);
                centroids[i] = norm > 0 ? (float)(centroids[i] / norm) : 0;
            }

            Console.Error.WriteLine($"k={k} iteration {iteration + 1}: {changed} moved ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        return assignment;
    }
}
