namespace Khabar.Text.Tests;

public class TextExtentTests
{
    [Fact]
    public void Of_returns_the_characters_it_covers()
    {
        var extent = new TextExtent(4, 3);
        Assert.Equal(7, extent.End);
        Assert.Equal("كيم", extent.Of("زار كيم روسيا").ToString());
    }
}
