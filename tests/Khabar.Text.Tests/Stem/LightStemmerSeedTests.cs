using System.Globalization;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;

namespace Khabar.Text.Tests.Stem;

public class LightStemmerSeedTests
{
    // Inflections that occur together in the seed articles; each family must share one stem.
    private static readonly string[][] Families =
    [
        ["الصواريخ", "صواريخ", "والصواريخ"],
        ["الطائرات", "طائرات", "والطائرات"],
        ["الحرب", "حرب", "حربها"],
        ["العسكري", "عسكري", "العسكريين"],
        ["القاذفات", "قاذفات"],
        ["الأسلحة", "أسلحة"],
        ["روسيا", "وروسيا"],
        ["كوريا", "وكوريا"],
    ];

    [SeedFact]
    public void Stems_every_seed_word_and_collapses_inflections()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(SharedData.Seeds!, "*.txt"))
        {
            foreach (var word in ArabicWords(File.ReadAllText(path)))
            {
                keys.Add(MatchKey.Of(word));
            }
        }

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var extent = LightStemmer.Stem(key);
            Assert.InRange(extent.Start, 0, key.Length);
            Assert.InRange(extent.End, extent.Start + 1, key.Length);
        }

        var checkedFamilies = 0;
        foreach (var family in Families)
        {
            var present = new List<string>();
            foreach (var form in family)
            {
                var key = MatchKey.Of(form);
                if (keys.Contains(key))
                {
                    present.Add(key);
                }
            }

            if (present.Count < 2)
            {
                continue;
            }

            checkedFamilies++;
            var stem = LightStemmer.StemOf(present[0]).ToString();
            foreach (var key in present)
            {
                Assert.Equal(stem, LightStemmer.StemOf(key).ToString());
            }
        }

        Assert.True(checkedFamilies >= 3, $"only {checkedFamilies} families found in the seeds");
    }

    // Crude on purpose: a word is a run of letters and combining marks that holds an Arabic character.
    private static IEnumerable<string> ArabicWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.AsSpan().ContainsAnyInRange('\u0600', '\u06FF'))
                {
                    yield return word;
                }
            }
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\u0640';
}
