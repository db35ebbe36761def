namespace Khabar.Core.Domain;

/// <summary>
/// A story: the articles about one event. <see cref="Id"/> comes from its earliest article (by publication
/// time, then content hash), so the same articles give the same id in any order. <see cref="Title"/> is the
/// headline (or first sentence) of its most central article, <see cref="TitleArticle"/>. The span runs from
/// the earliest to the latest dated article; both are null when none is dated.
/// </summary>
public sealed record Story(
    string Id,
    string Title,
    string TitleArticle,
    DateTimeOffset? From,
    DateTimeOffset? To,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Sources);
