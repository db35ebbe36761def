using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

public class NormalizationFuzzTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "\u00E9", "e", " ", "\t", "\n", "\u0000", "\u001F", "\u007F", ".", "\u060C",
        "\u0627", "\u0628", "\u0621", "\u0623", "\u0649", "\u0629", "\u06CC", "\u06A9", "\u0647", "\u06D5",
        "\u064E", "\u0651", "\u0650", "\u0653", "\u0654", "\u0655", "\u0670", "\u06DA", "\u0301", "\u0323", "\u0345",
        "\u0640", "\u200B", "\u200C", "\u200F", "\u202E", "\u2066", "\uFEFF", "\u061C",
        "\u0663", "\u06F7", "\uFEFB", "\uFEF7", "\uFDF2", "\uFDFA", "\uFE70", "\uFE71", "\uFC5E", "\uFE80",
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD834\uDD65", "\u212B", "\u2126", "\u1F83", "\u0344", "\uFB2C",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_normalizes_consistently(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 500; n++)
        {
            var source = RandomText(random);
            var display = DisplayNormalizer.Normalize(source);
            NormalizationAssert.MapIsMonotonic(display);
            var again = DisplayNormalizer.Normalize(display.Text).Text;
            Assert.True(display.Text == again, $"{string.Join(' ', source.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))} -> {string.Join(' ', display.Text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))} -> {string.Join(' ', again.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
            NormalizationAssert.GroupsNormalizeFromTheirSource(source, display);

            var key = MatchKey.Of(source);
            Assert.True(key.Length <= MatchKey.MaxLength(source.Length));
            Assert.Equal(key, MatchKey.Of(key));
            Assert.Equal(key, MatchKey.Of(display.Text));
        }
    }

    private static string RandomText(Random random)
    {
        var text = new System.Text.StringBuilder();
        var length = random.Next(0, 24);
        for (var i = 0; i < length; i++)
        {
            if (random.Next(4) == 0)
            {
                var c = (char)random.Next(0x10000);
                if (c is < '\u1100' or > '\u11FF')   // conjoining jamo: see MatchKey's Hangul note
                {
                    text.Append(c);
                }
            }
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return text.ToString();
    }
}
