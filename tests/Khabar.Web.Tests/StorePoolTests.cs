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
    public void The_marks_every_list_pages_through_come_in_the_order_of_the_whole_list_and_say_what_it_says(StoryOrder order)
    {
        using var pool = new StorePool(server.Database, PipelineParts.BuiltIn(), maxReaders: 1);
        var lease = pool.Rent();

        // The whole list as the store orders it (largest first), or the latest first: dated before undated, then by id.
        var stories = order == StoryOrder.Latest
            ? [.. lease.Reader.Stories().OrderByDescending(s => s.To.HasValue).ThenByDescending(s => s.To).ThenBy(s => s.Id, StringComparer.Ordinal)]
            : lease.Reader.Stories();
        var marks = lease.Marks(order);

        Assert.True(stories.Count > 2);
        Assert.Equal(
            stories.Select(s => (s.Id, s.Articles.Count, s.To, s.From, string.Join('|', s.Sources))),
            marks.Select(m => (m.Id, m.Size, m.To, m.From, string.Join('|', m.Sources))));
        Assert.Contains(marks, m => m.Sources.Count > 1);
        pool.Return(lease);
    }

    [Fact]
    public void Every_reader_shares_one_list_of_marks_until_another_connection_commits()
    {
        using var pool = new StorePool(server.Database, PipelineParts.BuiltIn(), maxReaders: 2);
        var first = pool.Rent();
        var second = pool.Rent();
        var listed = first.Marks(StoryOrder.Latest);
        Assert.Same(listed, second.Marks(StoryOrder.Latest));
        Assert.Same(first.Marks(StoryOrder.Largest), second.Marks(StoryOrder.Largest));

        var folder = Directory.CreateTempSubdirectory("khabar-pool-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "karak-castle.txt"), """
                ترميم قلعة الكرك قبل موسم السياحة
                بدأت وزارة السياحة أعمال ترميم الأسوار الشمالية لقلعة الكرك، على أن تنتهي قبل موسم الصيف، وقال مدير الآثار في المحافظة إن الكلفة بلغت مليوني دينار.
                """);
            string story;
            using (var store = SqliteArticleStore.Open(server.Database))
            {
                new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new FileSource([folder], IngestOptions.Default));
                story = Assert.Single(store.Stories(), s => s.Articles.Contains("karak-castle")).Id;
            }

            var after = second.Marks(StoryOrder.Latest);
            Assert.NotSame(listed, after);
            Assert.Equal(listed.Count + 1, after.Count);
            Assert.Contains(after, m => m.Id == story && m.Size == 1);
            Assert.Same(after, first.Marks(StoryOrder.Latest));
        }
        finally
        {
            pool.Return(first);
            pool.Return(second);
            Directory.Delete(folder, recursive: true);
        }
    }
}
