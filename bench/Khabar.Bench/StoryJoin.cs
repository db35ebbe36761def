using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>story-join DB LABELS.tsv [--gap DAYS]</c>: experiment. Joins the stored stories of a store by the cosine of
/// their centroids (the sum of their articles' profiles) when their spans are at most DAYS apart, and reports the
/// B-cubed of the joined stories against hand labels at several thresholds.
/// </summary>
internal static class StoryJoin
{
    private sealed class Cluster(string id)
    {
        public string Id { get; } = id;

        public Dictionary<ulong, double> Centroid { get; } = [];

        public List<ArticleProfile> Profiles { get; } = [];

        public DateTimeOffset? First { get; set; }

        public DateTimeOffset? Last { get; set; }

        public ulong[] Top { get; set; } = [];

        /// <summary>Name terms in at least half of its articles.</summary>
        public HashSet<ulong> Core { get; set; } = [];
    }

    public static int Run(string[] args)
    {
        using var store = SqliteArticleStore.Open(args[0]);
        var labels = File.ReadLines(args[1]).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 4).ToList();
        var gapDays = Array.IndexOf(args, "--gap") is var g and >= 0 ? double.Parse(args[g + 1], System.Globalization.CultureInfo.InvariantCulture) : 30;
        var weights = PipelineParts.BuiltIn().Weights;
        var articles = store.Articles().ToList();
        var storyOf = store.StoryOf([.. articles.Select(a => a.Id)]);
        var profiles = articles.AsParallel().AsOrdered().Select(a => ArticleProfile.Of(a.Title, ContentTerms.Of(a.CleanText, weights), weights)).ToArray();
        var clusters = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            if (!storyOf.TryGetValue(articles[i].Id, out var story))
            {
                continue;
            }

            if (!clusters.TryGetValue(story, out var c))
            {
                clusters[story] = c = new Cluster(story);
            }

            var p = profiles[i];
            c.Profiles.Add(p);
            for (var k = 0; k < p.Terms.Length; k++)
            {
                c.Centroid[p.Terms[k]] = c.Centroid.GetValueOrDefault(p.Terms[k]) + p.Weights[k];
            }

            if (articles[i].Published is { } t)
            {
                c.First = c.First is { } f && f <= t ? f : t;
                c.Last = c.Last is { } l && l >= t ? l : t;
            }
        }

        foreach (var c in clusters.Values)
        {
            var norm = Math.Sqrt(c.Centroid.Values.Sum(v => v * v));
            foreach (var key in c.Centroid.Keys.ToList())
            {
                c.Centroid[key] /= norm;
            }

            c.Core = [.. c.Profiles.SelectMany(p => p.NameTerms).GroupBy(t => t).Where(t => t.Count() * 2 >= c.Profiles.Count).Select(t => t.Key)];

            // Index by the centroid's heaviest rare terms.
            c.Top = [.. c.Centroid.Where(p => weights.Of(p.Key) >= 3.9).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(8).Select(p => p.Key)];
        }

        var list = clusters.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var t in list[i].Top)
            {
                (postings.TryGetValue(t, out var l) ? l : postings[t] = []).Add(i);
            }
        }

        var pairs = new List<(int X, int Y, double Cosine, double Wording, int Core)>();
        for (var i = 0; i < list.Count; i++)
        {
            var seen = new HashSet<int>();
            foreach (var t in list[i].Top)
            {
                foreach (var j in postings[t])
                {
                    if (j <= i || !seen.Add(j))
                    {
                        continue;
                    }

                    var (x, y) = (list[i], list[j]);
                    if (x.First is { } xf && y.First is { } yf)
                    {
                        var gap = Math.Max(0, Math.Max((yf - x.Last!.Value).TotalDays, (xf - y.Last!.Value).TotalDays));
                        if (gap > gapDays)
                        {
                            continue;
                        }
                    }

                    var cosine = 0.0;
                    foreach (var (key, w) in x.Centroid)
                    {
                        cosine += w * y.Centroid.GetValueOrDefault(key);
                    }

                    if (cosine < 0.3)
                    {
                        continue;
                    }

                    var wording = 0.0;
                    foreach (var px in x.Profiles.Take(20))
                    {
                        foreach (var py in y.Profiles.Take(20))
                        {
                            wording = Math.Max(wording, MinHash.Similarity(px.Signature, py.Signature));
                        }
                    }

                    pairs.Add((i, j, cosine, wording, x.Core.Count(y.Core.Contains)));
                }
            }
        }

        Console.WriteLine($"{list.Count:N0} stories, {pairs.Count:N0} candidate joins within {gapDays} days");
        var idOfUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (a.Url is { } url)
            {
                idOfUrl.TryAdd(url, a.Id);
            }
        }

        var labelled = labels.Where(f => idOfUrl.ContainsKey(f[0]) && storyOf.ContainsKey(idOfUrl[f[0]])).ToList();
        var index = list.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var (maxWording, minCore) in new[] { (1.01, 1), (1.01, 2), (0.3, 1), (0.3, 2), (0.2, 1), (0.2, 2) })
        {
            foreach (var threshold in new[] { 0.6, 0.5, 0.4, 0.3 })
            {
                var parent = Enumerable.Range(0, list.Count).ToArray();
                int Find(int v)
                {
                    while (parent[v] != v)
                    {
                        v = parent[v] = parent[parent[v]];
                    }

                    return v;
                }

                foreach (var (x, y, cosine, wording, core) in pairs)
                {
                    if (cosine >= threshold && wording < maxWording && core >= minCore)
                    {
                        var (rx, ry) = (Find(x), Find(y));
                        if (rx != ry)
                        {
                            parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
                        }
                    }
                }

                var predicted = labelled.ToDictionary(f => f[0], f => Find(index[storyOf[idOfUrl[f[0]]]]).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
                var all = BCubed.Of(predicted, labelled.ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal));
                string Part(string kind)
                {
                    var part = labelled.Where(f => f[3] == kind).ToList();
                    var b = BCubed.Of(part.ToDictionary(f => f[0], f => predicted[f[0]], StringComparer.Ordinal), part.ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal));
                    return $"{kind} P {b.Precision:F3} R {b.Recall:F3}";
                }

                Console.WriteLine($"core ≥ {minCore} wording < {maxWording:F2} cos ≥ {threshold:F2}: P {all.Precision:F3} R {all.Recall:F3} F1 {all.F1:F3}   {Part("developing")}  {Part("template")}  {Part("story")}");
            }
        }

        return 0;
    }
}
