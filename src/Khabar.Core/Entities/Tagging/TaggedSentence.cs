namespace Khabar.Core.Entities.Tagging;

/// <summary>A sentence's tokens with their <see cref="BioLabel"/>s, for training and scoring.</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Tokens, IReadOnlyList<int> Labels);
