using System.Collections.Frozen;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Consolidate;

/// <summary>
/// The news agencies an article credits as the source of its copy: a credit written in its first or last characters (a
/// dateline «الرياض - واس», a closing «(رويترز)»), from <c>agency-credits.txt</c>. Two outlets that credit one agency
/// carry one agency's copy: for a fact, one source (<see cref="IndependentSources"/>).
/// </summary>
internal sealed class AgencyCredits
{
    /// <summary>Characters at the start of an article where a dateline stands.</summary>
    public const int Head = 100;

    /// <summary>Characters at the end of an article where a closing credit stands.</summary>
    public const int Tail = 60;

    private static readonly Lazy<AgencyCredits> Shipped = new(() => Parse(
        EmbeddedWordList.Load(typeof(AgencyCredits).Assembly, "Khabar.Core.Consolidate.Resources.agency-credits.txt")));

    /// <summary>Each credit as its words' match keys joined by spaces, with its agency.</summary>
    private readonly FrozenDictionary<string, string> _agencyOf;

    private readonly int _maxWords;

    /// <summary>The first word of every credit: most words begin none, and are passed over at once.</summary>
    private readonly FrozenSet<string> _firstWords;

    private AgencyCredits(FrozenDictionary<string, string> agencyOf)
    {
        _agencyOf = agencyOf;
        _maxWords = agencyOf.Keys.Max(k => k.Count(c => c == ' ') + 1);
        _firstWords = agencyOf.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    public static AgencyCredits Default => Shipped.Value;

    /// <summary>Reads lines of «agency TAB credit|credit…».</summary>
    /// <exception cref="FormatException">A line is not an agency, a tab and its credits.</exception>
    public static AgencyCredits Parse(IEnumerable<string> lines)
    {
        var agencyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Split('\t') is not [var agency, var credits] || agency.Trim().Length == 0 || credits.Trim().Length == 0)
            {
                throw new FormatException($"agency-credits.txt: '{line}' is not 'agency TAB credit|credit'");
            }

            foreach (var credit in credits.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                agencyOf.TryAdd(string.Join(' ', Words(credit)), agency.Trim());
            }
        }

        return new AgencyCredits(agencyOf.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The agencies <paramref name="text"/> credits in its first <see cref="Head"/> or last <see cref="Tail"/> characters.</summary>
    public IReadOnlySet<string> Of(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (text.Length <= Head + Tail)
        {
            Find(text, found);
            return found;
        }

        // Each region ends (or begins) at a space, never inside a word: «وأسفر» cut to «وأس» would read as «واس».
        var headEnd = text.AsSpan(Head).IndexOfAny(' ', '\n', '\t') is var after and >= 0 ? Head + after : text.Length;
        var tailStart = text.AsSpan(0, text.Length - Tail).LastIndexOfAny(' ', '\n', '\t') + 1;
        Find(text[..headEnd], found);
        if (tailStart > headEnd)
        {
            Find(text[tailStart..], found);
        }

        return found;
    }

    private void Find(string region, HashSet<string> found)
    {
        var words = Words(region);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_firstWords.Contains(words[i]))
            {
                continue;
            }

            for (var n = Math.Min(_maxWords, words.Count - i); n >= 1; n--)
            {
                if (_agencyOf.TryGetValue(string.Join(' ', words.GetRange(i, n)), out var agency))
                {
                    found.Add(agency);
                    break;
                }
            }
        }
    }

    /// <summary>The match keys of a text's words, a dotted abbreviation (أ.ف.ب) as one word.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.IsWord || token.Kind == TokenKind.Designator)
            {
                words.Add(MatchKey.Of(token.Of(text)));
            }
        }

        return words;
    }
}
