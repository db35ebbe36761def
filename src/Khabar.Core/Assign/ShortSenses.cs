using System.Collections.Frozen;
using Khabar.Core.Analyze;
using Khabar.Text.Resources;

namespace Khabar.Core.Assign;

/// <summary>
/// What two headlines or briefs also meet by (<see cref="StoryLinker"/>'s short pairs): a word of a paraphrase group or a
/// word family by its group («تراجع» = «انخفاض», <see cref="Paraphrases"/>), and a capital by its country («أنقرة» =
/// «تركيا», <c>capitals.txt</c>). Whole articles are never matched so: there a capital is mostly the city.
/// </summary>
public sealed class ShortSenses
{
    private static readonly Lazy<ShortSenses> Shipped = new(() => Of(
        EmbeddedWordList.Load(typeof(ShortSenses).Assembly, "Khabar.Core.Analyze.Resources.capitals.txt"), Paraphrases.Load(), TermWeights.Default));

    private readonly FrozenDictionary<ulong, ulong> _countryOf;
    private readonly Paraphrases _paraphrases;

    private ShortSenses(FrozenDictionary<ulong, ulong> countryOf, Paraphrases paraphrases)
    {
        _countryOf = countryOf;
        _paraphrases = paraphrases;
    }

    public static ShortSenses Default => Shipped.Value;

    /// <summary>The key a profile term (<see cref="ContentTerm.Key"/>) is met by in a short pair.</summary>
    public ulong Of(ulong key) => _countryOf.TryGetValue(key, out var country) ? country : _paraphrases.KeyOf(key, key);

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

    /// <summary>From lines of «capital|spelling TAB country|spelling»: each one-word capital and country name is met as the line's first one-word country name.</summary>
    public static ShortSenses Of(IEnumerable<string> capitals, Paraphrases paraphrases, TermWeights weights)
    {
        static ulong? KeyOf(string name, TermWeights weights) =>
            name.Contains(' ', StringComparison.Ordinal) || ContentTerms.Of(name, weights).Terms is not [var term] ? null : term.Key;

        var countryOf = new Dictionary<ulong, ulong>();
        foreach (var line in CountryLine.Parse(capitals))
        {
            if (line.Country.Select(n => KeyOf(n, weights)).FirstOrDefault(k => k is not null) is not { } country)
            {
                continue;
            }

            foreach (var name in line.Capital.Concat(line.Country))
            {
                if (KeyOf(name, weights) is { } key && key != country)
                {
                    countryOf.TryAdd(key, country);
                }
            }
        }

        return new ShortSenses(countryOf.ToFrozenDictionary(), paraphrases);
    }
}
