namespace Khabar.Core.Reuse;

/// <summary>Sentence <see cref="A"/> of one article aligned with sentence <see cref="B"/> of another.</summary>
internal readonly record struct SentencePair(int A, int B, double Similarity);
