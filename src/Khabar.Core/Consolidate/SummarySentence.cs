namespace Khabar.Core.Consolidate;

/// <summary>
/// One sentence of a story's extractive summary: an outlet's own clean sentence (<see cref="Quote"/>), the fact it
/// states, and every article that states it. <see cref="Disputed"/> when outlets give other values for it.
/// </summary>
public sealed record SummarySentence(string Text, string Fact, Quote Quote, IReadOnlyList<string> Sources, bool Disputed);
