using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>attachment-labels DB LABELS.tsv [--dump FILE]</c>: the stored attachments of lone articles (<see cref="LoneArticles"/>)
/// judged by the hand labels, whose stories are complete (every article of a labelled story is labelled): an attachment
/// that touches a labelled article is right when both are labelled with one story, wrong otherwise (an unlabelled article
/// is of no labelled story). Counts by score band and by the pair's link features; <c>--dump</c> writes each judged pair with
/// its features.
/// </summary>
internal static class AttachmentLabels
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[0]) || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("attachment-labels DB LABELS.tsv [--dump FILE]: give a store and a label file");
            return 2;
        }

        using var store = SqliteArticleStore.Open(args[0]);
        var weights = PipelineParts.BuiltIn().Weights;
        var articles = store.Articles().ToDictionary(a => a.Id, StringComparer.Ordinal);
        var idOfUrl = articles.Values.Where(a => a.Url is not null).GroupBy(a => a.Url!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var storyOf = File.ReadLines(args[1]).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 4 && idOfUrl.ContainsKey(f[0]))
            .ToDictionary(f => idOfUrl[f[0]], f => f[1], StringComparer.Ordinal);
        var rows = store.Attachments([.. articles.Keys]).Values.Where(r => r.Partner is not null && (storyOf.ContainsKey(r.Article) || storyOf.ContainsKey(r.Partner!))).ToList();
        AssignArticle Assign(string id) =>
            new(id, articles[id].Published, articles[id].ContentHash, ArticleProfile.Of(articles[id].Title, ContentTerms.Of(articles[id].CleanText, weights), weights));

        var judged = rows.AsParallel().AsOrdered().Select(r =>
        {
            var (x, y) = (Assign(r.Article), Assign(r.Partner!));
            var features = LinkFeatures.Of(x, y, x.Profile.Similarity(y.Profile));
            var right = storyOf.TryGetValue(r.Article, out var s) && storyOf.TryGetValue(r.Partner!, out var t) && s == t;
            return (Row: r, Right: right, Features: features, SharedIndex: LinkFeatures.SharedIndexTerms(x.Profile, y.Profile));
        }).ToList();

        Console.WriteLine($"{Path.GetFileName(args[1])}: {judged.Count} attachments touch a labelled article; right {judged.Count(j => j.Right)}");
        foreach (var (from, to) in new[] { (0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0) })
        {
            var band = judged.Where(j => j.Row.Probability >= from && j.Row.Probability < to).ToList();
            Console.WriteLine($"  p {from:F1}–{to:F1}: {band.Count,4}, right {band.Count(j => j.Right),4} ({(band.Count == 0 ? 0 : (double)band.Count(j => j.Right) / band.Count):P0})");
        }

        foreach (var minIndex in new[] { 1, 2, 3 })
        {
            foreach (var minNames in new[] { 0.0, 0.2, 0.34, 0.5 })
            {
                var kept = judged.Where(j => j.SharedIndex >= minIndex && j.Features[LinkFeatures.SharedNames] >= minNames).ToList();
                Console.WriteLine($"  shared index terms ≥ {minIndex}, shared names ≥ {minNames:F2}: kept {kept.Count,4}, right {kept.Count(j => j.Right),4} ({(kept.Count == 0 ? 0 : (double)kept.Count(j => j.Right) / kept.Count):P0}), right lost {judged.Count(j => j.Right) - kept.Count(j => j.Right)}");
            }
        }

        if (NerTraining.Option(args, "--dump") is { } dump)
        {
            using var writer = new StreamWriter(dump);
            writer.WriteLine("article\tpartner\tp\tright\tshared index\t" + string.Join('\t', LinkFeatures.Names.Skip(1)) + "\ttitle\tpartner title");
            foreach (var j in judged)
            {
                writer.WriteLine(string.Join('\t', new[] { j.Row.Article, j.Row.Partner!, j.Row.Probability.ToString("F4", CultureInfo.InvariantCulture), j.Right ? "1" : "0", j.SharedIndex.ToString(CultureInfo.InvariantCulture) }
                    .Concat(j.Features.Skip(1).Select(f => f.ToString("F3", CultureInfo.InvariantCulture)))
                    .Concat([articles[j.Row.Article].Title ?? "", articles[j.Row.Partner!].Title ?? ""])));
            }
        }

        return 0;
    }
}
