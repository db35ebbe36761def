using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Tests.Entities.Tagging;

public class ConllReaderTests
{
    [Theory]
    [InlineData(".", true)]
    [InlineData("!", true)]
    [InlineData("?", true)]
    [InlineData("؟", true)]
    [InlineData("…", true)]
    [InlineData("۔", true)]       // the Arabic full stop, a sentence-final mark like the others
    [InlineData("...", true)]
    [InlineData("..", false)]     // written inside sentences in AQMAR; the model was trained with these cuts
    [InlineData("؟!", false)]
    [InlineData("،", false)]
    [InlineData(":", false)]
    [InlineData("", false)]
    [InlineData("وصل", false)]
    public void A_sentence_ends_at_one_final_mark_or_three_dots(string token, bool end) =>
        Assert.Equal(end, ConllReader.IsSentenceEnd(token));
}
