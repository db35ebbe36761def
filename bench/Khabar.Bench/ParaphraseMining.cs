using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Text.Normalize;
using Khabar.Core.Pipeline;
using Khabar.Core.Store;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>paraphrase-mine DB [--min N] [--top K] [--variants]</c>: words outlets use for one another, learnt from the stored stories of
/// DB. Every pair of sentences of two outlets (not the same text) that consolidation finds alike but not word for word
/// is a rewording; the words only one side has, when each side has one to three, are candidate substitutions. A pair
/// of words counts once per story; it is kept when it is seen in at least N stories and makes up a good share of each
/// word's substitutions (Dice over stories). <c>--variants</c> keeps only pairs within two letters of edits: spellings of one word.
/// </summary>
internal static class ParaphraseMining
{
    public static int Run(string[] args)
    {
        var min = int.Parse(NerTraining.Option(args, "--min") ?? "4", CultureInfo.InvariantCulture);
        var top = int.Parse(NerTraining.Option(args, "--top") ?? "300", CultureInfo.InvariantCulture);
        using var store = SqliteArticleStore.OpenForReading(args[0]);
        var parts = PipelineParts.BuiltIn();
        var paraphrases = Paraphrases.Load();
        var pairStories = new Dictionary<(string, string), int>();
        var wordStories = new Dictionary<string, int>();
        var reworded = 0;
        foreach (var story in store.Stories().Where(s => s.Articles.Count >= 2))
        {
            var articles = StoredStoryArticles.Of(store, story);
            if (articles.Select(a => a.Article.Source).Distinct().Count() < 2)
            {
                continue;
            }

            var text = StoryText.Of(articles, parts.Weights, paraphrases);
            FactAligner.Align(text, out var pairs);
            var seenPairs = new HashSet<(string, string)>();
            var seenWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (a, b, similarity) in pairs.All)
            {
                if (similarity < 0.4 || similarity >= 0.95)
                {
                    continue;
                }

                var (sa, sb) = (text.Sentences[a], text.Sentences[b]);
                var (xa, xb) = (text.Articles[sa.Article].Article, text.Articles[sb.Article].Article);
                if (sa.Article == sb.Article || string.Equals(xa.Source, xb.Source, StringComparison.Ordinal) || xa.ContentHash == xb.ContentHash)
                {
                    continue;
                }

                var stemsA = Stems(text.TextOf(sa));
                var stemsB = Stems(text.TextOf(sb));
                var onlyA = stemsA.Where(s => !stemsB.Contains(s)).ToList();
                var onlyB = stemsB.Where(s => !stemsA.Contains(s)).ToList();
                if (onlyA.Count is < 1 or > 3 || onlyB.Count is < 1 or > 3 || stemsA.Count - onlyA.Count < 3)
                {
                    continue;
                }

                reworded++;
                foreach (var x in onlyA)
                {
                    seenWords.Add(x);
                    foreach (var y in onlyB)
                    {
                        seenWords.Add(y);
                        seenPairs.Add(string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x));
                    }
                }
            }

            foreach (var pair in seenPairs)
            {
                pairStories[pair] = pairStories.GetValueOrDefault(pair) + 1;
            }

            foreach (var word in seenWords)
            {
                wordStories[word] = wordStories.GetValueOrDefault(word) + 1;
            }
        }

        if (args.Contains("--variants"))
        {
            // Spellings of one word: a substitution within two letters of edits.
            pairStories = pairStories.Where(p => p.Key.Item1.Length >= 4 && p.Key.Item2.Length >= 4 && TransliterationTraining.Distance(p.Key.Item1, p.Key.Item2) <= 2)
                .ToDictionary(p => p.Key, p => p.Value);
        }

        Console.WriteLine($"{reworded:N0} reworded sentence pairs; {pairStories.Count:N0} word pairs, {pairStories.Count(p => p.Value >= min):N0} in {min}+ stories");
        foreach (var ((x, y), n) in pairStories.Where(p => p.Value >= min)
            .Select(p => (p.Key, p.Value, Dice: 2.0 * p.Value / (wordStories[p.Key.Item1] + wordStories[p.Key.Item2])))
            .OrderByDescending(p => p.Dice).Take(top).Select(p => (p.Key, p.Value)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n,4} {2.0 * n / (wordStories[x] + wordStories[y]):F2}  {x} / {y}  ({wordStories[x]}, {wordStories[y]})"));
        }

        return 0;
    }

    /// <summary>The stems of a sentence's content words (no numbers), as consolidation matches them.</summary>
    private static HashSet<string> Stems(string sentence)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var terms = ContentTerms.Of(sentence);
        foreach (var term in terms.Terms)
        {
            if (!term.IsNumber)
            {
                var stem = ContentTerms.MatchedStem(MatchKey.Of(sentence.AsSpan(term.Start, term.Length)), TermWeights.Default).ToString();
                if (stem.Length >= 3)
                {
                    stems.Add(stem);
                }
            }
        }

        return stems;
    }
}
