using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

public class NormalizationSeedTests
{
    [SeedFact]
    public void Seed_words_get_stable_keys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(SharedData.Seeds!, "*.txt"))
        {
            var text = File.ReadAllText(path);
            var display = DisplayNormalizer.Normalize(text);
            NormalizationAssert.MapIsMonotonic(display);
            Assert.Equal(display.Text, DisplayNormalizer.Normalize(display.Text).Text);
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var key = MatchKey.Of(word);
                Assert.Equal(key, MatchKey.Of(key));
                Assert.Equal(key, MatchKey.Of(DisplayNormalizer.Normalize(word).Text));
                keys.TryAdd(word, key);
            }
        }

        Assert.NotEmpty(keys);
        var ghain = MatchKey.Of("\u0634\u0648\u064A\u063A\u0648");   // شويغو
        var jeem = MatchKey.Of("\u0634\u0648\u064A\u062C\u0648");    // شويجو
        Assert.Equal(ghain.Length, jeem.Length);
        var differences = 0;
        for (var i = 0; i < ghain.Length; i++)
        {
            if (ghain[i] != jeem[i])
            {
                differences++;
                Assert.Equal('\u063A', ghain[i]);
                Assert.Equal('\u062C', jeem[i]);
            }
        }

        Assert.Equal(1, differences);
    }
}
