namespace Khabar.Core.Consolidate;

/// <summary>
/// The day an article was published: as given (<see cref="Inferred"/> false), inferred from the story
/// (true, with the <see cref="Evidence"/>), or unknown (<see cref="Day"/> null).
/// </summary>
public sealed record PublicationDay(string Article, DateOnly? Day, bool Inferred, IReadOnlyList<DateEvidence> Evidence)
{
    public static PublicationDay Given(StoryArticle article) => new(article.Id, article.PublishedDay, false, []);
}

/// <summary>
/// Why a publication day was inferred: an expression of the article and the day it then means. With an
/// <see cref="Anchor"/>, another article dates the same fact to that day; without, the expression names the
/// weekday of writing (اليوم الأحد).
/// </summary>
public sealed record DateEvidence(Quote Expression, DateOnly Means, string? Anchor);
