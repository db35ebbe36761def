using Khabar.Core.Consolidate;
using Khabar.Text;

namespace Khabar.Core.Tests.Consolidate;

public class QuoteTests
{
    private const string Clean = "قال الوزير إن الاجتماع سيعقد غدا. وأضاف أن الوفد وصل.";

    [Fact]
    public void A_quote_in_a_clean_text_says_the_words_at_its_place_and_equals_the_same_quote_given_as_a_string()
    {
        var viewed = Quote.In("a1", Clean, new TextExtent(0, 33));
        var given = new Quote("a1", 0, 33, "قال الوزير إن الاجتماع سيعقد غدا.");

        Assert.Equal("قال الوزير إن الاجتماع سيعقد غدا.", viewed.Text);
        Assert.Equal(viewed, given);
        Assert.Equal(viewed.GetHashCode(), given.GetHashCode());
        Assert.NotEqual(viewed, Quote.In("a1", Clean, new TextExtent(34, 19)));
        Assert.NotEqual(viewed, Quote.In("a2", Clean, new TextExtent(0, 33)));
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(0, -1)]
    [InlineData(40, 20)]
    public void A_place_outside_the_text_is_refused(int start, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Quote.In("a1", Clean, new TextExtent(start, length)));
}
