using Khabar.Core.Entities;
using Khabar.Text;
using Khabar.Text.Dates;
using Khabar.Text.Numbers;
using Khabar.Text.Sentences;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Analyze;

/// <summary>
/// The Analyze stage: a pure function of one article's clean text, so it runs on all cores. The entity finder
/// (tagger model, gazetteers) is given, not looked up: the pipeline assembles it once.
/// </summary>
public sealed class ArticleAnalyzer(MentionFinder mentions)
{
    /// <summary>Drops what analysing keeps per distinct word (<see cref="EntityTagger.ForgetTokens"/>): between stages only.</summary>
    public void ForgetTokens() => mentions.ForgetTokens();

    /// <summary>Bumped whenever the analysis changes; stored analyses of an older version are recomputed.</summary>
    public const int Version = 47;

    public ArticleAnalysis Analyze(string cleanText)
    {
        var sentences = new List<TextExtent>();
        SentenceSplitter.Split(cleanText, sentences);
        int words = 0, tokens = 0;
        foreach (var token in Tokenizer.Tokenize(cleanText))
        {
            tokens++;
            words += token.IsWord ? 1 : 0;
        }

        var times = TemporalFinder.Find(cleanText);
        var found = mentions.Find(cleanText, times);
        var dates = DatesOutsideNames(times, found);
        return new ArticleAnalysis
        {
            Version = Version,
            Sentences = sentences,
            Words = words,
            Tokens = tokens,
            Mentions = found,
            Dates = dates,
            Quantities = QuantitiesOutside(QuantityFinder.Find(cleanText), dates, found),
        };
    }

    /// <summary>
    /// A weekday that a person's name holds whole is a family name (أحمد الخميس، عبدالله الجمعة), not a day. Of the 78
    /// such in SaudiNewsNet, 71 were families; the 7 days were names the tagger ran on into a day («بيلسا السبت»).
    /// </summary>
    private static List<TemporalExpression> DatesOutsideNames(List<TemporalExpression> dates, List<EntityMention> mentions)
    {
        var kept = new List<TemporalExpression>(dates.Count);
        foreach (var date in dates)
        {
            if (date.Kind != TemporalKind.Weekday || !InsidePerson(date, mentions))
            {
                kept.Add(date);
            }
        }

        return kept;
    }

    private static bool InsidePerson(TemporalExpression date, List<EntityMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person && mention.Start <= date.Start && date.Start + date.Length <= mention.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers that are part of a date (the 16 of 16 سبتمبر) or of a name (the 160 of توبوليف 160) are not quantities.</summary>
    private static List<Quantity> QuantitiesOutside(List<Quantity> quantities, List<TemporalExpression> dates, List<EntityMention> mentions) =>
        quantities.Where(q => !dates.Any(d => q.Start < d.Start + d.Length && d.Start < q.Start + q.Length)
            && !mentions.Any(m => q.Start < m.End && m.Start < q.Start + q.Length)).ToList();
}
