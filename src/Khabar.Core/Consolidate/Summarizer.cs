using System.Runtime.InteropServices;
namespace Khabar.Core.Consolidate;

/// <summary>
/// Picks a story's summary from its facts, within a word budget: the most corroborated and central facts first
/// (score: independent sources, plus how much of the sentence's weight is in keys most of the story's articles
/// share, plus <see cref="OpeningBonus"/> for an article's opening sentence), skipping any sentence too like one already taken, and
/// pieces that are not sentences (too short, or not ending as a sentence does). The last sentence may pass the
/// budget when the summary then ends nearer it. The best sentence leads; the others follow in the order of the days
/// they report, undated ones last.
/// </summary>
internal static class Summarizer
{
    /// <summary>Similarity from which two sentences say the same thing for a reader.</summary>
    private const double Redundant = 0.35;

    /// <summary>
    /// Sentences longer than this read badly in a summary, but for an article's opening sentence: news leads are
    /// long, and hold what the news is (on SaudiNewsNet's titles, exempting them raised ROUGE-2 recall 0.190 → 0.206).
    /// </summary>
    private const int LongSentence = 50;

    /// <summary>
    /// What an article's opening sentence adds to its score: the lead says what the news is. On hand-labelled
    /// SaudiNewsNet stories of 3 articles or more (dev), ROUGE-2 recall of their articles' titles rose with it, 0.5 / 1 /
    /// 1.5 / 2 / 3 / 10 → 0.237 / 0.247 / 0.254 / 0.259 / 0.265 / 0.265 (the earliest article's lead: 0.247). Past 2 the
    /// openings of single outlets push out what three outlets tell (on the seed story, the inspection of the bombers).
    /// docs/consolidation.md.
    /// </summary>
    private const double OpeningBonus = 2;

    /// <summary>Shorter pieces are headings or splitting debris («روسيا وكوريا الشمالية.»), not sentences.</summary>
    private const int MinWords = 6;

    /// <summary>A piece without a final stop this short is a headline; a longer one, a sentence cut by a line break.</summary>
    private const int HeadlineWords = 15;

    /// <summary>How many ranked sentences are kept for summaries of any length: a long summary reaches this far.</summary>
    internal const int MaxCandidates = 20;

    /// <summary>
    /// The sentences a summary may take, best first: up to <see cref="MaxCandidates"/> of those that read as
    /// sentences, each with the earlier ones it repeats; the best piece alone when none does.
    /// </summary>
    public static List<SummaryCandidate> Rank(StoryText story, IReadOnlyList<(Fact Fact, StorySentence Lead)> facts, IReadOnlyList<TimelineEvent> timeline)
    {
        var shared = SharedKeys(story);
        var ranked = facts
            .Select(f => (f.Fact, f.Lead, Score: f.Fact.Independent + 2 * Centrality(story, f.Lead, shared)
                + (f.Lead.Local == 0 ? OpeningBonus : 0) - (f.Lead.Words > LongSentence && f.Lead.Local > 0 ? 1 : 0)))
            .OrderByDescending(f => f.Score).ThenBy(f => f.Lead.Index).ToList();
        var eligible = ranked.Where(f => f.Lead.Words >= MinWords && Ends(story.SpanOf(f.Lead)) && Starts(story, f.Lead))
            .Take(MaxCandidates).Select(f => (f.Fact, f.Lead)).ToList();
        if (eligible.Count == 0 && ranked.Count > 0)
        {
            // Nothing reads as a sentence (a story of headlines and captions): its best piece all the same.
            eligible.Add((ranked[0].Fact, ranked[0].Lead));
        }

        var dayOf = timeline.Where(e => e.Doubt is null).GroupBy(e => e.Fact).ToDictionary(g => g.Key, g => g.Min(e => e.Day), StringComparer.Ordinal);
        var candidates = new List<SummaryCandidate>(eligible.Count);
        for (var i = 0; i < eligible.Count; i++)
        {
            var (fact, lead) = eligible[i];
            var redundant = new List<int>();
            for (var j = 0; j < i; j++)
            {
                var other = eligible[j].Lead;
                if (other.Article == lead.Article ? other.Index == lead.Index : story.Similarity(other, lead) >= Redundant)
                {
                    redundant.Add(j);
                }
            }

            var sentence = new SummarySentence(fact.Id, story.QuoteOf(lead), [.. fact.Sources], fact.Status == FactStatus.Conflict);
            candidates.Add(new SummaryCandidate(sentence, lead.Words, dayOf.TryGetValue(fact.Id, out var day) ? day.DayNumber : null, redundant));
        }

        return candidates;
    }

    /// <summary>
    /// A summary within <paramref name="words"/> words from ranked candidates: the best first, then each next one
    /// that fits and repeats none taken. The best sentence leads; the others follow in the order of the days they
    /// report, undated ones last.
    /// </summary>
    public static List<SummarySentence> Pick(IReadOnlyList<SummaryCandidate> candidates, int words)
    {
        var chosen = new List<int>();
        var used = 0;
        for (var i = 0; i < candidates.Count && (used < words || chosen.Count == 0); i++)
        {
            var candidate = candidates[i];
            // A sentence that would pass the budget is still taken when the summary then ends nearer the budget
            // than without it: a short summary of one long lead says less than the lead and the next sentence.
            var over = used + candidate.Words - words;
            if ((over > 0 && over >= words - used && chosen.Count > 0) || candidate.RedundantWith.Any(chosen.Contains))
            {
                continue;
            }

            chosen.Add(i);
            used += candidate.Words;
        }

        return chosen.Take(1)
            .Concat(chosen.Skip(1).OrderBy(i => candidates[i].Day ?? int.MaxValue).ThenBy(i => i))
            .Select(i => candidates[i].Sentence)
            .ToList();
    }

    /// <summary>
    /// Whether a piece ends as a sentence does (. ! ؟ …, perhaps inside a closing quote). Headlines, photo captions,
    /// tag lists («سمات …») and link lines that cleaning left end without one, and read badly in a summary.
    /// </summary>
    internal static bool Ends(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimEnd().TrimEnd("\"'»”)]");
        return text.Length > 0 && Khabar.Text.Unicode.Punctuation.IsSentenceFinal(text[^1]);
    }

    /// <summary>
    /// Whether a piece starts a sentence: the piece before it in its article is short (a headline) or ends as a
    /// sentence. A long piece with no end was a sentence broken by a line break, and this is its tail.
    /// </summary>
    private static bool Starts(StoryText story, StorySentence sentence)
    {
        if (sentence.Local == 0)
        {
            return true;
        }

        var previous = story.SentencesOf(sentence.Article)[sentence.Local - 1];
        return previous.Words < HeadlineWords || Ends(story.SpanOf(previous));
    }

    /// <summary>For each key, the number of the story's articles that use it; null for a story of one article, whose keys all are.</summary>
    private static Dictionary<ulong, int>? SharedKeys(StoryText story)
    {
        if (story.Articles.Count == 1)
        {
            return null;
        }

        var counts = new Dictionary<ulong, int>();
        var keys = new HashSet<ulong>();
        for (var a = 0; a < story.Articles.Count; a++)
        {
            keys.Clear();
            foreach (var sentence in story.SentencesOf(a))
            {
                foreach (var key in story.KeysOf(sentence))
                {
                    if (keys.Add(key))
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>The weighted share of a sentence's keys that the story's articles share (0 to 1).</summary>
    private static double Centrality(StoryText story, StorySentence sentence, Dictionary<ulong, int>? shared)
    {
        var own = story.KeysOf(sentence);
        var weights = story.WeightsOf(sentence);
        double total = 0, common = 0;
        for (var i = 0; i < own.Length; i++)
        {
            total += weights[i];
            common += weights[i] * (shared is null ? 1 : (double)shared.GetValueOrDefault(own[i]) / story.Articles.Count);
        }

        return total == 0 ? 0 : common / total;
    }
}
