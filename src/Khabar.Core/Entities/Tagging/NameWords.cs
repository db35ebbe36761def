using Khabar.Text.Normalize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// Words of people's names, Arabic and foreign, with how often pairs of names wrote each: the words
/// <see cref="Romanizer"/> spells whole (<c>romanization-words.txt</c>, from wikidata-names and google-ar2en). The
/// tagger reads how often a word was seen there as a feature, never as an answer: many name words are common words too
/// (كريم، أمل، سعيد), and the model learns from context how far to trust it.
/// </summary>
public sealed class NameWords
{
    private static readonly Lazy<NameWords> DefaultWords = new(() => From(Romanizer.Default.WholeWords));

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _seen;

    private NameWords(Dictionary<string, int> seen, ulong fingerprint)
    {
        _seen = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = seen.Count;
        Fingerprint = fingerprint;
    }

    public static NameWords Default => DefaultWords.Value;

    /// <summary>No name words: the features read every word as unknown to the list.</summary>
    public static NameWords None { get; } = new([], 0);

    /// <summary>Distinct match keys.</summary>
    public int Count { get; }

    /// <summary>Identifies the words and counts; a model is only valid with the ones it was trained with.</summary>
    public ulong Fingerprint { get; }

    /// <summary>Words with how often each was seen, keyed by <see cref="MatchKey"/> (spellings that fold alike add up).</summary>
    public static NameWords From(IEnumerable<(string Arabic, int Seen)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (arabic, times) in words)
        {
            var key = MatchKey.Of(arabic);
            if (key.Length >= 2)
            {
                seen[key] = seen.GetValueOrDefault(key) + Math.Max(times, 1);
            }
        }

        var fingerprint = 14695981039346656037UL;
        foreach (var (key, times) in seen.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var c in key)
            {
                fingerprint = (fingerprint ^ c) * 1099511628211UL;
            }

            fingerprint = (fingerprint ^ (uint)times) * 1099511628211UL;
        }

        return new NameWords(seen, fingerprint);
    }

    /// <summary>How often the name pairs wrote the word whose match key is <paramref name="key"/> (0 when never).</summary>
    public int Seen(ReadOnlySpan<char> key) => _seen.TryGetValue(key, out var times) ? times : 0;

    /// <summary>
    /// How often the first of <paramref name="readings"/> (a token's key, then without its proclitics) that the list holds
    /// was seen, in bands: '0' in no reading, '1' once, '2' 2–4 times, '3' 5–19, '4' 20 or more.
    /// </summary>
    public char Band(IEnumerable<string> readings)
    {
        foreach (var reading in readings)
        {
            if (_seen.TryGetValue(reading, out var times))
            {
                return times switch
                {
                    1 => '1',
                    < 5 => '2',
                    < 20 => '3',
                    _ => '4',
                };
            }
        }

        return '0';
    }
}
