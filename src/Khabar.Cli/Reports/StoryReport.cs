using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Storage;

namespace Khabar.Cli.Reports;

/// <summary>One story as reported: the story, its articles, its duplicate links and its reuse pairs.</summary>
internal sealed record StoryReport(Story Story, IReadOnlyList<Article> Articles, IReadOnlyList<StoryLink> Duplicates, IReadOnlyList<ReusePair> Reuse)
{
    public static StoryReport Of(IStore store, Story story)
    {
        var articles = story.Articles.Select(id => store.Find(id)).OfType<Article>().ToList();
        var duplicates = store.LinksOf(story.Id).Where(l => l.Kind != LinkKind.Related).ToList();
        return new StoryReport(story, articles, duplicates, store.ReuseOf(story.Id));
    }

    /// <summary>Every story of the store, the largest first.</summary>
    public static IEnumerable<StoryReport> All(IStore store) => store.Stories().Select(s => Of(store, s));

    public Article? Find(string id) => Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}
