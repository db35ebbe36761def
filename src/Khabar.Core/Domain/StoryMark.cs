namespace Khabar.Core.Domain;

/// <summary>
/// A story as a list of stories needs it, without its articles: its id, how many articles it has, the latest and the
/// earliest time one was published, and its outlets. Size and latest time also tell that a story changed.
/// </summary>
public readonly record struct StoryMark(string Id, int Size, DateTimeOffset? To, DateTimeOffset? From, IReadOnlyList<string> Sources);
