namespace Khabar.Core.Reuse;

/// <summary>
/// How much of two articles is the same copy: <see cref="Score"/> is the share of the more covered article
/// (by term weight) that lies in aligned passages; <see cref="SharesCopy"/> separates reprinted or
/// re-translated wire copy from two articles that only share a topic.
/// </summary>
public sealed record ReuseMatch(double Score, bool SharesCopy, IReadOnlyList<ReusePassage> Passages);
