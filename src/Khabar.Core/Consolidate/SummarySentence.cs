namespace Khabar.Core.Consolidate;

/// <summary>
/// One sentence of a story's extractive summary: an outlet's own clean sentence (<see cref="Quote"/>), the fact it
/// states, and every article that states it. <see cref="Disputed"/> when outlets give other values for it.
/// </summary>
public sealed record SummarySentence(string Fact, Quote Quote, IReadOnlyList<string> Sources, bool Disputed)
{
    /// <summary>The sentence as its outlet wrote it (the quote's words).</summary>
    public string Text => Quote.Text;
}

/// <summary>
/// A sentence the summary may take, in rank order: its words, the day its fact happened (day number; null when
/// undated or doubtful) and the earlier-ranked candidates that say the same thing for a reader.
/// </summary>
public sealed record SummaryCandidate(SummarySentence Sentence, int Words, int? Day, IReadOnlyList<int> RedundantWith);
