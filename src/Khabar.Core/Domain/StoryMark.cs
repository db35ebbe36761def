namespace Khabar.Core.Domain;

/// <summary>What tells that a story changed: its id, how many articles it has, and the latest time one was published.</summary>
public readonly record struct StoryMark(string Id, int Size, DateTimeOffset? To);
