using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>
/// Small made-up stories for the consolidation rules: each article prepared by the real analyzer from its text,
/// with its outlet and, unless null, the day it was published.
/// </summary>
internal static class MadeUpStory
{
    internal static readonly PipelineParts Parts = PipelineParts.BuiltIn();

    public static StoryArticle Article(string id, string? outlet, string? published, string text)
    {
        var prepared = new ArticlePreparation(Parts.Analyzer).Prepare(new RawArticle
        {
            Id = id,
            Origin = id + ".txt",
            Format = "text",
            Source = outlet,
            Published = published is null ? null : new DateTimeOffset(Day(published), new TimeOnly(9, 0), TimeSpan.Zero),
            Text = text,
        });
        return new StoryArticle(prepared.Article, prepared.Analysis);
    }

    /// <summary>The story's sentences and keys, as the consolidation steps read them.</summary>
    public static StoryText Story(params StoryArticle[] articles) => StoryText.Of(articles, Parts.Weights, Paraphrases.Load());

    /// <summary>The whole Consolidate stage, with no shared copy or duplicates between the articles.</summary>
    public static ConsolidatedStory Consolidated(params StoryArticle[] articles) => Parts.Consolidator.Consolidate(articles, reuse: [], duplicates: []);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The story sentence whose text starts with <paramref name="start"/>.</summary>
    public static StorySentence Sentence(StoryText story, string start) =>
        story.Sentences.Single(s => story.TextOf(s).StartsWith(start, StringComparison.Ordinal));
}
