using Khabar.Core.Consolidate;
using Khabar.Core.Ingest;
using Khabar.Core.Ports;

namespace Khabar.Storage.Tests.Sqlite;

/// <summary>The facets kept with each consolidation: written with it, read by lists, dropped with it.</summary>
public class StoryFacetsStoreTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Facets_are_stored_with_each_consolidation_and_agree_with_it(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var _ = store;

        var conflicts = store.StoriesWith(StoryStatus.Conflict, StoryConsolidator.Stamp);
        var corroborated = store.StoriesWith(StoryStatus.Corroborated, StoryConsolidator.Stamp);

        foreach (var story in store.Stories())
        {
            var record = pipeline.Reader.Story(story.Id, withRemovals: false)!;
            Assert.Equal(record.Consolidated.Conflicts.Count > 0, conflicts.Contains(story.Id));
            Assert.Equal(record.Consolidated.Facts.Any(f => f.Status == FactStatus.Corroborated), corroborated.Contains(story.Id));
            foreach (var entity in record.Consolidated.Entities)
            {
                foreach (var key in EntityKeys.Of(entity))
                {
                    Assert.Contains(store.StoriesNaming(key), a => a.StoryId == story.Id);
                }
            }
        }

        Assert.Empty(store.StoriesWith(StoryStatus.Conflict, StoryConsolidator.Stamp + 1));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_story_that_changes_loses_its_facets_until_it_is_consolidated_again_and_a_reset_drops_them_all(string kind)
    {
        var (store, pipeline) = DemoStore.Open(kind);
        using var _ = store;
        var story = store.Stories()[0];
        var key = EntityKeys.Of(pipeline.Reader.Story(story.Id)!.Consolidated.Entities[0])[0];
        var article = store.MembersOf([story.Id])[0];

        // A near copy of one of its articles joins the story: its consolidation and facets are dropped by that write...
        pipeline.Store(new BytesSource(System.Text.Encoding.UTF8.GetBytes(article.CleanText + "\nوأضاف المصدر أن التفاصيل ستعلن لاحقا."), "copy.txt", "test", IngestOptions.Default));
        var stamp = StoryConsolidator.Stamp;
        new Core.Assign.StoryAssignment(store, Core.Pipeline.PipelineParts.BuiltIn().Weights).Run();
        var joined = store.StoryOf(["copy"])["copy"];
        Assert.DoesNotContain(store.StoriesNaming(key), a => a.StoryId == joined);
        Assert.Null(store.GetConsolidation(joined, stamp));

        // ...and made again with it.
        pipeline.CatchUp();
        Assert.Contains(store.StoriesNaming(key), a => a.StoryId == joined);

        store.ResetStories();
        Assert.Empty(store.StoriesNaming(key));
        Assert.Empty(store.StoriesWith(StoryStatus.Corroborated, stamp));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_story_consolidated_again_names_exactly_its_new_entities(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var story = store.Stories()[0];
        var payload = store.GetConsolidation(story.Id, StoryConsolidator.Stamp)!;
        void Put(params EntityFacet[] entities) => store.PutConsolidations(
            [new ConsolidationToStore(story.Id, new DerivedRecord("consolidation", StoryConsolidator.Stamp, payload), new StoryFacets(0, 0, 0, entities)) { Members = story.Articles.Count }]);
        (string Name, int Mentions)? Named(string key) =>
            store.StoriesNaming(key).Where(a => a.StoryId == story.Id).Select(a => ((string Name, int Mentions)?)(a.Name, a.Mentions)).SingleOrDefault();

        Put(new EntityFacet("test:kept", Core.Entities.EntityType.Person, "سالم", 3), new EntityFacet("test:dropped", Core.Entities.EntityType.Location, "تبوك", 2),
            new EntityFacet("test:recounted", Core.Entities.EntityType.Organization, "الهيئة", 1), new EntityFacet("test:retyped", Core.Entities.EntityType.Person, "الجزيرة", 2));
        Assert.Equal(("تبوك", 2), Named("test:dropped"));
        Assert.Equal(("الهيئة", 1), Named("test:recounted"));
        Put(new EntityFacet("test:kept", Core.Entities.EntityType.Person, "سالم", 3), new EntityFacet("test:recounted", Core.Entities.EntityType.Organization, "الهيئة", 4),
            new EntityFacet("test:new", Core.Entities.EntityType.Location, "أبها", 1), new EntityFacet("test:retyped", Core.Entities.EntityType.Organization, "الجزيرة", 2));

        Assert.Equal(Core.Entities.EntityType.Organization, Assert.Single(store.StoriesNaming("test:retyped"), a => a.StoryId == story.Id).Type);
        Assert.Equal(("سالم", 3), Named("test:kept"));
        Assert.Equal(("الهيئة", 4), Named("test:recounted"));
        Assert.Equal(("أبها", 1), Named("test:new"));
        Assert.Null(Named("test:dropped"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_consolidation_of_a_story_read_before_it_grew_is_not_stored_over_its_new_articles(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        var story = store.Stories()[0];
        var payload = store.GetConsolidation(story.Id, StoryConsolidator.Stamp)!;
        var record = new DerivedRecord("consolidation", StoryConsolidator.Stamp + 1, payload);

        // Read when the story had one article fewer (another worker's Assign grew it since): dropped.
        store.PutConsolidations([new ConsolidationToStore(story.Id, record, new StoryFacets(1, 0, 0, [])) { Members = story.Articles.Count - 1 }]);
        Assert.Null(store.GetConsolidation(story.Id, StoryConsolidator.Stamp + 1));

        store.PutConsolidations([new ConsolidationToStore(story.Id, record, new StoryFacets(1, 0, 0, [])) { Members = story.Articles.Count }]);
        Assert.NotNull(store.GetConsolidation(story.Id, StoryConsolidator.Stamp + 1));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_story_whose_consolidation_is_of_another_version_is_the_one_stale(string kind)
    {
        var (store, _) = DemoStore.Open(kind);
        using var __ = store;
        Assert.Empty(store.StaleConsolidations(StoryConsolidator.Stamp));
        var story = store.Stories()[^1];
        var payload = store.GetConsolidation(story.Id, StoryConsolidator.Stamp)!;

        // Every other story is current: the one written by another version is found, by either version asked for.
        store.PutConsolidations([new ConsolidationToStore(story.Id, new DerivedRecord("consolidation", StoryConsolidator.Stamp + 1, payload), new StoryFacets(0, 0, 0, []))]);
        Assert.Equal([story.Id], store.StaleConsolidations(StoryConsolidator.Stamp));
        Assert.Equal(store.Stories().Count - 1, store.StaleConsolidations(StoryConsolidator.Stamp + 1).Count);
    }
}
