namespace Khabar.Core.Consolidate;

/// <summary>
/// How many words a story's summary takes when the reader asks for no length: a third of its median article, from
/// <see cref="Shortest"/> to <see cref="Longest"/>. A brief is summed up in a sentence or two, a long report in more:
/// people who pick the sentences that sum up one Arabic article keep a third to a half of them (EASC's extractive
/// summaries: up to half), and a fixed 80 words cut a 600-word report to a fraction of what they keep.
/// docs/consolidation.md ("How long a summary is") has the figures.
/// </summary>
public static class SummaryLength
{
    /// <summary>No summary is shorter: what every story got before lengths followed the articles.</summary>
    public const int Shortest = 80;

    /// <summary>No summary is longer: a summary is read at a glance, above the story.</summary>
    public const int Longest = 160;

    /// <summary>The share of the median article's words a summary takes.</summary>
    public const double Share = 1.0 / 3;

    /// <summary>The length for articles of these many words (in any order): a third of the median, within bounds.</summary>
    public static int Of(IReadOnlyList<int> articleWords)
    {
        if (articleWords.Count == 0)
        {
            return Shortest;
        }

        var sorted = articleWords.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return Math.Clamp((int)Math.Round(median * Share, MidpointRounding.AwayFromZero), Shortest, Longest);
    }

    /// <summary>The length for a story's articles, each counted by the words of its sentences.</summary>
    internal static int Of(StoryText story)
    {
        var words = new int[story.Articles.Count];
        for (var a = 0; a < words.Length; a++)
        {
            foreach (var sentence in story.SentencesOf(a))
            {
                words[a] += sentence.Words;
            }
        }

        return Of(words);
    }
}
