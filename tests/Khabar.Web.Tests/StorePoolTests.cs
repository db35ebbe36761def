using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;
using Khabar.Web.Api;

namespace Khabar.Web.Tests;

public class StorePoolTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_request_beyond_the_readers_allowed_waits_for_one_to_be_given_back()
    {
        using var pool = new StorePool(server.Database, PipelineParts.BuiltIn(), maxReaders: 2);
        var first = pool.Rent();
        var second = pool.Rent();

        var third = Task.Run(pool.Rent);
        await Task.Delay(300);
        Assert.False(third.IsCompleted);

        pool.Return(first);
        var lease = await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Same(first, lease);
        Assert.NotEmpty(lease.Reader.Stories());
        pool.Return(second);
        pool.Return(lease);
    }

    [Theory]
    [InlineData(StoryOrder.Latest)]
    [InlineData(StoryOrder.Largest)]
    public void The_marks_a_plain_list_pages_through_come_in_the_order_of_the_whole_list(StoryOrder order)
    {
        using var pool = new StorePool(server.Database, PipelineParts.BuiltIn(), maxReaders: 1);
        var lease = pool.Rent();

        var stories = lease.Stories(order);
        var marks = lease.Marks(order);

        Assert.True(stories.Count > 2);
        Assert.Equal(stories.Select(s => (s.Id, s.Articles.Count, s.To)), marks.Select(m => (m.Id, m.Size, m.To)));
        pool.Return(lease);
    }

    [Fact]
    public void Every_reader_shares_one_story_list_until_another_connection_commits()
    {
        using var pool = new StorePool(server.Database, PipelineParts.BuiltIn(), maxReaders: 2);
        var first = pool.Rent();
        var second = pool.Rent();
        var listed = first.Stories(StoryOrder.Latest);
        Assert.Same(listed, second.Stories(StoryOrder.Latest));
        Assert.Same(first.Stories(StoryOrder.Largest), second.Stories(StoryOrder.Largest));

        var folder = Directory.CreateTempSubdirectory("khabar-pool-").FullName;
        File.WriteAllText(Path.Combine(folder, "karak-castle.txt"), """
            ترميم قلعة الكرك قبل موسم السياحة
            بدأت وزارة السياحة أعمال ترميم الأسوار الشمالية لقلعة الكرك، على أن تنتهي قبل موسم الصيف، وقال مدير الآثار في المحافظة إن الكلفة بلغت مليوني دينار.
            """);
        using (var store = SqliteArticleStore.Open(server.Database))
        {
            new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new FileSource([folder], IngestOptions.Default));
        }

        var after = second.Stories(StoryOrder.Latest);
        Assert.NotSame(listed, after);
        Assert.Equal(listed.Count + 1, after.Count);
        Assert.Contains(after, s => s.Articles.Contains("karak-castle"));
        Assert.Same(after, first.Stories(StoryOrder.Latest));
        pool.Return(first);
        pool.Return(second);
        Directory.Delete(folder, recursive: true);
    }
}
