using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Sqlite;

public class PassageHoldersTests
{
    [Fact]
    public void Keeps_the_lowest_holders_of_a_print_in_order_whatever_order_they_come_in()
    {
        var held = new PassageHolders();
        // 80 holders, latest first, each twice: the 64 lowest are kept, once each.
        foreach (var seq in Enumerable.Range(1, 80).Reverse().SelectMany(n => new[] { n, n }))
        {
            held.Add(7, seq);
        }

        held.Add(9, 42);
        held.Add(9, 42);

        Assert.Equal(Enumerable.Range(1, 51).Select(n => (long)n), held.Of(7, 51));
        Assert.Equal(Enumerable.Range(1, PassageHolders.Kept).Select(n => (long)n), held.Of(7, PassageHolders.Kept));
        Assert.Equal([42L], held.Of(9, 51));
        Assert.Null(held.Of(8, 51));
        Assert.Equal(2, held.Count);
    }

    [Fact]
    public void A_holder_lower_than_those_kept_takes_the_place_of_the_highest()
    {
        var held = new PassageHolders();
        foreach (var seq in Enumerable.Range(100, PassageHolders.Kept))
        {
            held.Add(5, seq);
        }

        held.Add(5, 3);
        held.Add(5, 1_000);

        var kept = held.Of(5, PassageHolders.Kept)!;
        Assert.Equal(3L, kept[0]);
        Assert.Equal(100L + PassageHolders.Kept - 2, kept[^1]);
    }

    [Fact]
    public void Refuses_a_cap_past_what_it_keeps_and_a_seq_past_32_bits()
    {
        var held = new PassageHolders();
        Assert.Throws<ArgumentOutOfRangeException>(() => held.Of(1, PassageHolders.Kept + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => held.Add(1, (long)int.MaxValue + 1));
        Assert.False(PassageHolders.Holds(-1));
    }
}
