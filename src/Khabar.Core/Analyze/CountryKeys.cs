using System.Collections.Frozen;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Analyze;

/// <summary>
/// A country's one content key (<see cref="ContentTerm.Key"/>) for what else names it in a headline: its capital
/// («أنقرة»), its other one-word names («سورية» for «سوريا»), and its adjective with the article or a feminine or plural
/// ending («التركية»; not «تركي», also a given name), by <see cref="PlaceAdjectives"/>, from <c>Resources/capitals.txt</c>.
/// A name is found by its whole form (the word's match key without the article or a preposition on it), never by its
/// stem or name key: the stemmer cuts some names to a common word's stem («تالين» → «تال» of «التالي», «بكين» → «بك»), and
/// a rare word is keyed by a consonant skeleton other rare words share («مناسك» has Minsk's). Read only on headlines and
/// briefs (the linker's short pairs, consolidation's stories told in headlines): in a long text a capital is mostly the city.
/// </summary>
public sealed class CountryKeys
{
    private static readonly Lazy<CountryKeys> Shipped = new(() => Of(
        EmbeddedWordList.Load(typeof(CountryKeys).Assembly, "Khabar.Core.Analyze.Resources.capitals.txt"), TermWeights.Default));

    /// <summary>
    /// Names never read as their country: «الرياض» is also a given name and, in Saudi news, mostly the city; «عمان» is both
    /// Amman and Oman; «المملكة» names several kingdoms. Three capitals name something else in most SaudiNewsNet headlines
    /// that hold them (a helper's count, 2026-12-07): «مدريد» 56 of 62 (Real and Atlético), «روما» about 29 of 44 (the
    /// club), «فيينا» about 12 of 17 (the Vienna agreement, Rapid Wien).
    /// </summary>
    private static readonly string[] NotKeys = ["الرياض", "عمان", "عمّان", "المملكة", "مدريد", "روما", "فيينا"];

    /// <summary>
    /// Letters a form must keep after one preposition or conjunction (و ف ب ل) comes off: «لصين» (two thieves), «فيمن»
    /// (among those who), «باكراً» (early) are not China, Yemen and Ghana.
    /// </summary>
    private const int MinFormAfterPrefix = 5;

    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _byForm;
    private readonly FrozenDictionary<ulong, ulong> _countryOfStem;

    private CountryKeys(FrozenDictionary<string, ulong> countryOfForm, FrozenDictionary<ulong, ulong> countryOfStem)
    {
        _byForm = countryOfForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryOfStem = countryOfStem;
    }

    public static CountryKeys Default => Shipped.Value;

    /// <summary>
    /// The country's key for a word (<paramref name="word"/> as written, <paramref name="key"/> its content key): a capital or
    /// another name of a country by its form, an adjective of a country («اليونانية») by <see cref="PlaceAdjectives"/>;
    /// <paramref name="key"/> itself for any other word.
    /// </summary>
    public ulong Of(ReadOnlySpan<char> word, ulong key)
    {
        if (word.Length > Tokenizer.MaxTokenLength)
        {
            return key; // no name is that long, and the match key below is on the stack
        }

        Span<char> match = stackalloc char[MatchKey.MaxLength(word.Length)];
        var length = MatchKey.Write(word, match);
        var written = match[..length];
        if (FormOf(written, _byForm) is { } country)
        {
            return country;
        }

        if (PlaceAdjectives.HasAdjectiveEnding(written) && (written.StartsWith("ال") || written[^1] != 'ي')
            && PlaceAdjectives.Default.CountryOf(TermHash.Of(LightStemmer.StemOf(written)), out var stem)
            && _countryOfStem.TryGetValue(stem, out var adjective))
        {
            return adjective;
        }

        return key;
    }

    /// <summary>
    /// The country of a match key read as a name: as it is, without the article (with و ف ب ك before it, or «لل»), or
    /// without one preposition or conjunction (و ف ب ل) when <see cref="MinFormAfterPrefix"/> letters remain.
    /// </summary>
    private static ulong? FormOf(ReadOnlySpan<char> key, FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> forms)
    {
        if (forms.TryGetValue(key, out var country) || forms.TryGetValue(Bare(key), out country))
        {
            return country;
        }

        return key.Length > MinFormAfterPrefix && key[0] is 'و' or 'ف' or 'ب' or 'ل' && Bare(key[1..]) is { Length: >= MinFormAfterPrefix } rest
            && forms.TryGetValue(rest, out country) ? country : null;
    }

    /// <summary>A match key without its article: «الصين», «والصين», «بالصين» and «للصين» are «صين».</summary>
    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> key)
    {
        if (key.Length > 4 && key[0] is 'و' or 'ف' or 'ب' or 'ك' && key[1..].StartsWith("ال"))
        {
            return key[3..];
        }

        if (key.Length > 3 && (key.StartsWith("ال") || key.StartsWith("لل")))
        {
            return key[2..];
        }

        return key;
    }

    /// <summary>
    /// From lines of «capital|spelling TAB country|spelling»: every one-word name on a line is the line's first one-word
    /// country name (its content key by <paramref name="weights"/>). A form two lines claim is read as neither.
    /// </summary>
    public static CountryKeys Of(IEnumerable<string> capitals, TermWeights weights)
    {
        static ContentTerm? TermOf(string name, TermWeights weights) =>
            name.Contains(' ', StringComparison.Ordinal) || ContentTerms.Of(name, weights).Terms is not [var term] ? null : term;

        var countryOfForm = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var countryOfStem = new Dictionary<ulong, ulong>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in CountryLine.Parse(capitals))
        {
            if (line.Country.Select(n => TermOf(n, weights)).FirstOrDefault(t => t is not null) is not { } country)
            {
                continue;
            }

            foreach (var name in line.Capital.Concat(line.Country))
            {
                if (name.Contains(' ', StringComparison.Ordinal) || NotKeys.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                var key = MatchKey.Of(name);
                countryOfStem.TryAdd(TermHash.Of(LightStemmer.StemOf(key)), country.Key);
                // A listed name loses only its article: «فاليتا» (Valletta) is no «ف» + «ال» + «يتا».
                var form = key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;
                if (!countryOfForm.TryAdd(form, country.Key) && countryOfForm[form] != country.Key)
                {
                    claimed.Add(form);
                }
            }
        }

        foreach (var form in claimed)
        {
            countryOfForm.Remove(form);
        }

        return new CountryKeys(countryOfForm.ToFrozenDictionary(StringComparer.Ordinal), countryOfStem.ToFrozenDictionary());
    }
}
