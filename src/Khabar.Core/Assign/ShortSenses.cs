using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// What two headlines or briefs also meet by (<see cref="StoryLinker"/>'s short pairs, <see cref="ArticleProfile.Senses"/>):
/// a word of a paraphrase group or a word family by its group («تراجع» = «انخفاض», <see cref="Paraphrases"/>, looked up by
/// the word's stem), and a capital, another one-word name or an adjective of a country by the country («أنقرة» = «تركيا»,
/// <see cref="CountryKeys"/>, by the word's form). Whole articles are never matched so: there a capital is mostly the city.
/// </summary>
public sealed class ShortSenses(CountryKeys countries, Paraphrases paraphrases)
{
    private static readonly Lazy<ShortSenses> Shipped = new(() => new ShortSenses(CountryKeys.Default, Paraphrases.Load()));

    public static ShortSenses Default => Shipped.Value;

    /// <summary>The senses of the terms of a text and of its title (<see cref="TermSense"/>), sorted, each once.</summary>
    public ulong[] Of(ContentTerms text, ContentTerms? title)
    {
        var senses = new List<ulong>(text.Count + (title?.Count ?? 0));
        foreach (var part in title is null ? [text] : (ContentTerms[])[text, title])
        {
            foreach (var term in part.Terms)
            {
                senses.Add(TermSense.Of(part, term, paraphrases, countries));
            }
        }

        return ArticleProfile.SortedDistinct(senses);
    }
}
