using Khabar.Text.Unicode;

namespace Khabar.Text.Tests.Unicode;

public class PunctuationTests
{
    [Theory]
    [InlineData('.')]
    [InlineData('!')]
    [InlineData('?')]
    [InlineData('\u061F')]   // ؟ Arabic question mark
    [InlineData('\u2026')]   // … ellipsis
    [InlineData('\u06D4')]   // ۔ Arabic full stop
    public void Sentence_final_marks(char c) => Assert.True(Punctuation.IsSentenceFinal(c));

    [Theory]
    [InlineData('\u060C')]   // ، Arabic comma
    [InlineData(',')]
    [InlineData('\u061B')]   // ؛ Arabic semicolon
    [InlineData(';')]
    [InlineData(':')]
    [InlineData('\u00BB')]   // » a closing quote ends nothing by itself
    [InlineData(')')]
    [InlineData('-')]
    [InlineData('\u066B')]   // ٫ Arabic decimal separator
    [InlineData(' ')]
    [InlineData('\u0628')]   // ب
    [InlineData('a')]
    [InlineData('7')]
    [InlineData('\0')]
    public void Not_sentence_final(char c) => Assert.False(Punctuation.IsSentenceFinal(c));

    [Theory]
    [InlineData('\u060C')]   // ،
    [InlineData(',')]
    [InlineData('\u061B')]   // ؛
    [InlineData(';')]
    public void Clause_breaks(char c) => Assert.True(Punctuation.IsClauseBreak(c));

    [Theory]
    [InlineData('.')]
    [InlineData('\u061F')]   // ؟
    [InlineData(':')]
    [InlineData('\u066C')]   // ٬ Arabic thousands separator: inside a number, no break
    [InlineData('-')]
    [InlineData(' ')]
    [InlineData('\u0648')]   // و
    public void Not_clause_breaks(char c) => Assert.False(Punctuation.IsClauseBreak(c));

    [Theory]
    [InlineData('.', true)]
    [InlineData('\u061F', true)]   // ؟
    [InlineData('\u2026', true)]   // …
    [InlineData(':', true)]        // the colon: a headline never ends with one, a sentence never does either
    [InlineData('\u060C', false)]  // ، a clause break is no end
    [InlineData('\u00BB', false)]  // »
    [InlineData('\u0629', false)]  // ة
    public void A_line_ending_in_a_sentence_mark_or_colon_reads_as_prose(char last, bool prose) =>
        Assert.Equal(prose, Punctuation.EndsProse(last));

    [Fact]
    public void The_classes_do_not_overlap()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.False(Punctuation.IsSentenceFinal(c) && Punctuation.IsClauseBreak(c), $"U+{(int)c:X4}");
        }
    }
}
