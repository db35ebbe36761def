using Khabar.Core.Pipeline;

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
}
