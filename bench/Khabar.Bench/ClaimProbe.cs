using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Core.Consolidate.Stance;
using Khabar.Core.Pipeline;
using Khabar.Core.Store;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>claims DB [--sample N] [--seed S] [--dice D] [--words N]</c>: every pair of sentences of two outlets that claim conflicts judge in the
/// stored stories of DB (pairs of one fact, or at least <see cref="ConflictFinder.MinSimilarity"/> alike), whose polarity differs,
/// with the stance model's contradiction probability: how many pass each threshold, and a random sample of those passing the
/// shipped one, printed for reading by eye; and every pair that differs only in swapped roles (a conflict without the model).
/// </summary>
internal static class ClaimProbe
{
    /// <summary>The claim gate as <c>--dice D --words N</c> set it, the shipped one's values otherwise.</summary>
    public static ClaimGate GateOf(string[] args) => new(
        NerTraining.Option(args, "--dice") is { } dice ? double.Parse(dice, CultureInfo.InvariantCulture) : ClaimGate.Default.MinDice,
        NerTraining.Option(args, "--words") is { } most ? int.Parse(most, CultureInfo.InvariantCulture) : ClaimGate.Default.MaxWords);

    public static int Run(string[] args)
    {
        var sample = int.Parse(NerTraining.Option(args, "--sample") ?? "50", CultureInfo.InvariantCulture);
        var seed = int.Parse(NerTraining.Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        var gate = GateOf(args);

        using var store = SqliteArticleStore.OpenForReading(args[0]);
        var parts = PipelineParts.BuiltIn();
        var paraphrases = Paraphrases.Load();
        var found = new List<(string Story, double P, string A, string B, string OutletA, string OutletB)>();
        var (judged, polar) = (0, 0);
        var roles = new List<(string Story, double P, string A, string B, string OutletA, string OutletB)>();
        foreach (var story in store.Stories().Where(s => s.Articles.Count >= 2))
        {
            var articles = StoredStoryArticles.Of(store, story);
            if (articles.Select(a => a.Article.Source).Distinct().Count() < 2)
            {
                continue;
            }

            var text = StoryText.Of(articles, parts.Weights, paraphrases);
            var facts = FactAligner.Align(text, out var pairs);
            var candidates = new HashSet<(int, int)>();
            foreach (var fact in facts)
            {
                for (var i = 0; i < fact.Length; i++)
                {
                    for (var j = i + 1; j < fact.Length; j++)
                    {
                        candidates.Add((Math.Min(fact[i], fact[j]), Math.Max(fact[i], fact[j])));
                    }
                }
            }

            foreach (var (a, b, similarity) in pairs.All.Where(p => p.Similarity >= ConflictFinder.MinSimilarity))
            {
                candidates.Add((Math.Min(a, b), Math.Max(a, b)));
            }

            foreach (var (a, b) in candidates)
            {
                var (sa, sb) = (text.Sentences[a], text.Sentences[b]);
                var (xa, xb) = (text.Articles[sa.Article].Article, text.Articles[sb.Article].Article);
                if (sa.Article == sb.Article || string.Equals(xa.Source, xb.Source, StringComparison.Ordinal) || xa.ContentHash == xb.ContentHash)
                {
                    continue;
                }

                judged++;
                var (ta, tb) = (text.TextOf(sa), text.TextOf(sb));
                var (stA, stB) = (Statement.Of(ta, StanceCues.Default), Statement.Of(tb, StanceCues.Default));
                var difference = StanceFeatures.Difference(stA, stB, gate);
                if (difference == PolarityDifference.None)
                {
                    continue;
                }

                polar++;
                if (difference == PolarityDifference.RolesOnly)
                {
                    roles.Add((story.Id, 1, ta, tb, xa.Source ?? "", xb.Source ?? ""));
                }

                var p = StanceModel.Default.Contradiction(stA, stB);
                if (p >= 0.3)
                {
                    found.Add((story.Id, p, ta, tb, xa.Source ?? "", xb.Source ?? ""));
                }
            }
        }

        Console.WriteLine($"{judged:N0} pairs of two outlets judged, {polar:N0} differing in polarity");
        foreach (var threshold in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p ≥ {threshold:F1}: {found.Count(f => f.P >= threshold):N0} pairs in {found.Where(f => f.P >= threshold).Select(f => f.Story).Distinct().Count():N0} stories"));
        }

        Console.WriteLine($"roles swapped (a conflict whatever the model says): {roles.Count:N0} pairs in {roles.Select(f => f.Story).Distinct().Count():N0} stories");
        foreach (var f in roles.OrderBy(f => f.Story, StringComparer.Ordinal).ThenBy(f => f.A, StringComparer.Ordinal))
        {
            Console.WriteLine($"\n== {f.Story} roles swapped\n  [{f.OutletA}] {f.A.ReplaceLineEndings(" ")}\n  [{f.OutletB}] {f.B.ReplaceLineEndings(" ")}");
        }

        var random = new Random(seed);
        var passing = found.Where(f => f.P >= StoryConsolidator.ClaimThreshold).OrderBy(f => f.Story, StringComparer.Ordinal).ThenBy(f => f.A, StringComparer.Ordinal).ToList();
        foreach (var f in passing.OrderBy(_ => random.Next()).Take(sample))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n== {f.Story} p {f.P:F2}\n  [{f.OutletA}] {f.A.ReplaceLineEndings(" ")}\n  [{f.OutletB}] {f.B.ReplaceLineEndings(" ")}"));
        }

        return 0;
    }
}
