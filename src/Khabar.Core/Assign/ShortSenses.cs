using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// What two headlines or briefs also meet by (<see cref="StoryLinker"/>'s short pairs): a word of a paraphrase group or a
/// word family by its group («تراجع» = «انخفاض», <see cref="Paraphrases"/>), and a capital or another one-word name of a
/// country by the country («أنقرة» = «تركيا», <see cref="CountryKeys"/>). Whole articles are never matched so: there a
/// capital is mostly the city.
/// </summary>
public sealed class ShortSenses(CountryKeys countries, Paraphrases paraphrases)
{
    private static readonly Lazy<ShortSenses> Shipped = new(() => new ShortSenses(CountryKeys.Default, Paraphrases.Load()));

    public static ShortSenses Default => Shipped.Value;

    /// <summary>The key a profile term (<see cref="ContentTerm.Key"/>) is met by in a short pair.</summary>
    public ulong Of(ulong key) => countries.Of(key) is var country && country != key ? country : paraphrases.KeyOf(key, key);

    /// <summary>
    /// Writes the senses of <paramref name="terms"/> into <paramref name="into"/>, sorted and each once, and returns how many.
    /// </summary>
    public int Write(ReadOnlySpan<ulong> terms, Span<ulong> into)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            into[i] = Of(terms[i]);
        }

        var senses = into[..terms.Length];
        senses.Sort();
        var count = 0;
        for (var i = 0; i < senses.Length; i++)
        {
            if (count == 0 || senses[count - 1] != senses[i])
            {
                senses[count++] = senses[i];
            }
        }

        return count;
    }
}
