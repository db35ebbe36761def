using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Entities;

namespace Khabar.Core.Tests.Consolidate;

public class StoryEventTests
{
    private static readonly DateTimeOffset Day = new(2015, 7, 30, 10, 0, 0, TimeSpan.FromHours(3));

    private static Article Article(string id, DateTimeOffset? published, string title) => new()
    {
        Id = id,
        Origin = id + ".txt",
        Format = "text",
        Title = title,
        Published = published,
        RawText = title,
        CleanText = title,
        ContentHash = id,
    };

    private static Entity Named(string id, string name, params string[] articles) =>
        new(id, EntityType.Location, name, null, [name], null, [.. articles.Select(a => new SourcedMention(a, 0, name.Length, name))]);

    [Fact]
    public void Events_are_the_groups_joined_by_event_links_in_time_order_and_name_the_entities_they_share()
    {
        // Two reports of a debris find, a copy of one, and a week later the confirmation: one story, two events.
        Article[] articles =
        [
            Article("confirmed", Day.AddDays(6), "ماليزيا تؤكد أن الحطام من الطائرة المفقودة"),
            Article("found", Day, "العثور على حطام طائرة في جزيرة ريونيون"),
            Article("found-2", Day.AddHours(4), "حطام طائرة على شاطئ ريونيون"),
            Article("found-copy", Day.AddHours(5), "حطام طائرة على شاطئ ريونيون"),
        ];
        StoryLink[] links =
        [
            StoryLink.Between("found", "found-2", LinkKind.Related, 0.6, null),
            StoryLink.Between("found-2", "found-copy", LinkKind.Duplicate, 1, 1),
            StoryLink.Between("found", "confirmed", LinkKind.Story, 0.4, null),
        ];
        Entity[] entities = [Named("n1", "ريونيون", "found", "found-2", "confirmed"), Named("n2", "ماليزيا", "confirmed")];

        var events = StoryEvent.Of(articles, links, entities);

        Assert.Equal(["ev1", "ev2"], events.Select(e => e.Id));
        Assert.Equal(["found", "found-2", "found-copy"], events[0].Articles);
        Assert.Equal((Day, Day.AddHours(5)), (events[0].From!.Value, events[0].To!.Value));
        Assert.Equal("العثور على حطام طائرة في جزيرة ريونيون", events[0].Title);
        Assert.Equal(["confirmed"], events[1].Articles);
        Assert.Equal(["ريونيون"], events[0].SharedEntities);
        Assert.Equal(["ريونيون"], events[1].SharedEntities);
    }

    [Fact]
    public void Undated_articles_make_events_that_come_last_and_the_order_of_links_does_not_matter()
    {
        Article[] articles = [Article("undated", null, "بيان"), Article("b", Day, "ب"), Article("a", Day.AddDays(1), "أ")];
        StoryLink[] links = [StoryLink.Between("a", "b", LinkKind.Related, 0.5, null)];

        var events = StoryEvent.Of(articles, links, []);
        var reversed = StoryEvent.Of([.. articles.Reverse()], [.. links.Reverse()], []);

        Assert.Equal([["b", "a"], ["undated"]], events.Select(e => e.Articles));
        Assert.Null(events[1].From);
        Assert.Equal(events.Select(e => (e.Id, string.Join(' ', e.Articles))), reversed.Select(e => (e.Id, string.Join(' ', e.Articles))));
    }
}
