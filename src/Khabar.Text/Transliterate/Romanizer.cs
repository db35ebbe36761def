using System.Collections.Frozen;
using System.Text;
using Khabar.Text.Resources;

namespace Khabar.Text.Transliterate;

/// <summary>
/// A Latin spelling for an Arabic name that no text or list gives, for display only and always marked as a guess.
/// A word the pairs of names saw is written as they most often spelt it (<see cref="WithWords"/>: محمد → Mohamed,
/// شابوشنيكوف → Shaposhnikov); any other is written letter by letter, each Arabic letter as the Latin letters it most
/// often stands for in its context (the letters before and after), learned from aligned name pairs
/// (<c>Resources/romanization.txt</c>, rebuilt by <c>bench translit-train</c>), with shorter contexts when a longer
/// one was never seen. Pure and thread-safe.
/// </summary>
public sealed class Romanizer
{
    /// <summary>Stands for the word's edge in a context.</summary>
    public const char Edge = '#';

    private static readonly Lazy<Romanizer> DefaultRomanizer = new(() =>
        Parse(EmbeddedWordList.LoadLines("romanization.txt")).WithWords(EmbeddedWordList.LoadLines("romanization-words.txt"), "romanization-words.txt"));

    private readonly FrozenDictionary<string, string> _chunks;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, (string Latin, int Seen)> _words;

    private Romanizer(FrozenDictionary<string, string> chunks, FrozenDictionary<string, (string Latin, int Seen)> words)
    {
        _chunks = chunks;
        _lookup = chunks.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
    }

    /// <summary>
    /// This table with whole-word spellings: <c>arabic TAB latin TAB seen</c> lines (<c>seen</c>, how often the word was
    /// seen in the pairs, may be left out: once), as <c>Resources/romanization-words.txt</c> holds them, a word's
    /// commonest Latin spelling in aligned name pairs, rebuilt by <c>bench translit-words</c>. <paramref name="name"/>
    /// names the source in errors.
    /// </summary>
    public Romanizer WithWords(IEnumerable<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            var arabic = fields.Length is 2 or 3 ? Letters(fields[0].Trim()) : "";
            var latin = fields.Length is 2 or 3 ? fields[1].Trim() : "";
            var seen = 1;
            if (arabic.Length == 0 || latin.Length == 0
                || (fields.Length == 3 && !int.TryParse(fields[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out seen)))
            {
                throw new FormatException($"'{name}': '{line}' is not 'arabic TAB latin [TAB seen]'");
            }

            words[arabic] = (latin, seen);
        }

        return new Romanizer(_chunks, words.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static Romanizer Default => DefaultRomanizer.Value;

    public int Count => _chunks.Count;

    /// <summary>Letters on each side of a context: a key is 5 characters, the letter in the middle.</summary>
    public const int Reach = 2;

    private const string Article = "ال";

    /// <summary>A neighbour a context does not look at.</summary>
    public const char Any = '_';

    /// <summary>
    /// Which neighbours each context looks at, tried in this order (a longer one first): a mask over the key's 5
    /// places, 1 = looked at.
    /// </summary>
    public static readonly string[] Backoff = ["11111", "01111", "11110", "01110", "00110", "01100", "00100"];

    /// <summary>Lines <c>context TAB latin</c> (a context of 5 characters, see <see cref="Backoff"/>), or the context alone when the letter is silent there.</summary>
    public static Romanizer Parse(IEnumerable<string> lines)
    {
        var chunks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab == 5)
            {
                chunks[line[..5]] = line[(tab + 1)..].Trim();
            }
            else if (tab < 0 && line.Length == 5)
            {
                chunks[line] = "";   // the letter is silent here
            }
        }

        return new Romanizer(chunks.ToFrozenDictionary(StringComparer.Ordinal), FrozenDictionary<string, (string, int)>.Empty);
    }

    /// <summary>The words spelt whole (<see cref="WithWords"/>), each with how often the name pairs saw it: words of people's names.</summary>
    public IEnumerable<(string Arabic, int Seen)> WholeWords => _words.Select(w => (w.Key, w.Value.Seen));

    /// <summary>How the name pairs spell one word whole (محمد → Mohamed), or null when they did not see it.</summary>
    public string? WholeWord(string arabicWord) => _words.TryGetValue(Letters(arabicWord), out var word) ? word.Latin : null;

    /// <summary>The name romanized word by word, each word capitalized; null when no letter could be.</summary>
    public string? Of(string arabicName) => Of(arabicName, wholeWords: true);

    /// <summary>
    /// The name romanized word by word; <paramref name="wholeWords"/>: words spelt whole where the word list knows them.
    /// The list is learnt from people's names: a place is better read letter by letter (كوريا is Korea, not Correa).
    /// </summary>
    public string? Of(string arabicName, bool wholeWords)
    {
        ArgumentNullException.ThrowIfNull(arabicName);
        var words = wholeWords ? _words : FrozenDictionary<string, (string Latin, int Seen)>.Empty;
        var result = new StringBuilder();
        foreach (var word in arabicName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = Letters(word);
            if (letters.Length == 0)
            {
                continue;
            }

            var start = result.Length;
            if (start > 0)
            {
                result.Append(' ');
            }

            // A word with ال is the article and a name (الفيصل → Al-Faisal), written as the convention has it whatever the
            // letter after it does to its sound: the name as the pairs spell it alone, or as they spell the whole word
            // without its «al»/«el». Only when the pairs saw both the whole word and its rest, the whole more often, is
            // the word written whole (البرت → Albert, برت seldom seen): a foreign given name that begins with those letters.
            var spelt = words.TryGetValue(letters, out var whole);
            string? spelling = spelt ? whole.Latin : null;
            if (letters.Length >= 4 && letters.StartsWith(Article, StringComparison.Ordinal))
            {
                var restSpelt = words.TryGetValue(letters[Article.Length..], out var rest);
                if (!(spelt && restSpelt && whole.Seen > rest.Seen))
                {
                    result.Append("Al-");
                    letters = letters[Article.Length..];
                    spelling = restSpelt ? rest.Latin : spelt ? WithoutArticle(whole.Latin) : null;
                    if (spelling is not null && !restSpelt && spelling.Length == whole.Latin.Length)
                    {
                        // The whole word's spelling has no «al» to take off (a title translated, «Queen»): letter by letter.
                        spelling = null;
                    }
                }
            }

            var first = result.Length;
            if (spelling is not null)
            {
                result.Append(spelling);
                result[first] = char.ToUpperInvariant(result[first]);
                continue;
            }

            for (var i = 0; i < letters.Length; i++)
            {
                result.Append(Chunk(letters, i));
            }

            if (result.Length == first)
            {
                result.Length = start;
                continue;
            }

            result[first] = char.ToUpperInvariant(result[first]);
        }

        return result.Length == 0 ? null : result.ToString();
    }

    /// <summary>A Latin spelling without the article it begins with («almalki» → «malki»), when it begins with one.</summary>
    private static string WithoutArticle(string latin) =>
        latin.Length > 3 && (latin.StartsWith("al", StringComparison.OrdinalIgnoreCase) || latin.StartsWith("el", StringComparison.OrdinalIgnoreCase))
            ? latin[2..] : latin;

    /// <summary>The Arabic letters of a word, without marks and tatweel.</summary>
    public static string Letters(string word)
    {
        var letters = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (ArabicSkeleton.IsLetter(c))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    /// <summary>The context key of letter <paramref name="i"/> of <paramref name="letters"/> under a backoff mask.</summary>
    public static string Key(string letters, int i, string mask)
    {
        Span<char> key = stackalloc char[(2 * Reach) + 1];
        Fill(letters, i, mask, key);
        return new string(key);
    }

    private static void Fill(string letters, int i, string mask, Span<char> key)
    {
        for (var d = -Reach; d <= Reach; d++)
        {
            var at = i + d;
            key[d + Reach] = mask[d + Reach] == '0' ? Any : at < 0 || at >= letters.Length ? Edge : letters[at];
        }
    }

    private string Chunk(string letters, int i)
    {
        Span<char> key = stackalloc char[(2 * Reach) + 1];
        foreach (var mask in Backoff)
        {
            Fill(letters, i, mask, key);
            if (_lookup.TryGetValue(key, out var chunk))
            {
                return chunk;
            }
        }

        return "";
    }
}
