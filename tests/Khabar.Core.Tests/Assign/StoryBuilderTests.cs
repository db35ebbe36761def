using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Domain;

namespace Khabar.Core.Tests.Assign;

public class StoryBuilderTests
{
    [Fact]
    public void A_story_is_named_after_its_earliest_article_and_titled_after_its_most_central()
    {
        var members = CorpusArticles.Samples().Where(s => s.Id.StartsWith("storm-", StringComparison.Ordinal) || s.Id == "digest-2025-10-2")
            .Select(s => (s.Prepared.Article, s.Assign)).ToList();

        var story = StoryBuilder.Build(members);
        var reversed = StoryBuilder.Build([.. Enumerable.Reverse(members)]);

        Assert.Equal((story.Id, story.Title, story.TitleArticle, story.From, story.To), (reversed.Id, reversed.Title, reversed.TitleArticle, reversed.From, reversed.To));
        Assert.Equal(story.Articles, reversed.Articles);
        Assert.Equal(story.Sources, reversed.Sources);
        var earliest = members.Select(m => m.Article).Where(a => a.Published is not null).MinBy(a => a.Published!.Value.UtcTicks)!;
        Assert.Equal("s-" + earliest.ContentHash[..12], story.Id);
        Assert.Equal(earliest.Id, story.Articles[0]);
        Assert.Contains(story.TitleArticle, story.Articles);
        Assert.Equal(members.Single(m => m.Article.Id == story.TitleArticle).Article.Title, story.Title);
        Assert.Equal(["صدى الخليج", "وادي نيوز"], story.Sources);
        Assert.True(story.From <= story.To);
    }

    [Fact]
    public void An_untitled_undated_article_gives_its_first_sentence_as_title_and_no_span()
    {
        var text = "وصل أول قطار شحن إلى ميناء العقبة صباح اليوم قادماً من معان. وكان على متنه 40 حاوية.";
        var article = new Article
        {
            Id = "x", Origin = "x.txt", Format = "text", RawText = text, CleanText = text, ContentHash = ContentHash.Of(text),
        };
        var assign = new AssignArticle("x", null, article.ContentHash, ArticleProfile.Of(null, ContentTerms.Of(text), TermWeights.Default));

        var story = StoryBuilder.Build([(article, assign)]);

        Assert.Equal("وصل أول قطار شحن إلى ميناء العقبة صباح اليوم قادماً من معان.", story.Title);
        Assert.Null(story.From);
        Assert.Null(story.To);
        Assert.Empty(story.Sources);
    }
}
