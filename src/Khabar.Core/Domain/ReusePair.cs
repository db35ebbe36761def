using Khabar.Core.Reuse;

namespace Khabar.Core.Domain;

/// <summary>Two articles that share copy (<see cref="A"/> before <see cref="B"/> by id), with the aligned passages.</summary>
public sealed record ReusePair(string A, string B, double Score, IReadOnlyList<ReusePassage> Passages);
