using Khabar.Text.Unicode;

namespace Khabar.Text.Normalize;

/// <summary>
/// Strips what Arabic writes onto the front of a name: the conjunctions و ف, the article ال and the
/// prepositions ب ل ك with or without it (وبموسكو, للسعودية, والكرملين). Works on match keys.
/// <see cref="Core"/> may over-strip a name that really begins with one of these letters (بغداد → غداد); that is
/// harmless for word features and clusters, where every occurrence goes through it alike. Looking a word up in
/// a list of names written as names are needs <see cref="Readings"/> instead.
/// </summary>
public static class Proclitics
{
    private const char Waw = ArabicChars.Waw, Fa = ArabicChars.Feh, Ba = ArabicChars.Beh, Lam = ArabicChars.Lam, Kaf = ArabicChars.Kaf, Alef = ArabicChars.Alef;

    /// <summary>Letters a core must keep.</summary>
    private const int MinCore = 2;

    /// <summary>
    /// Whether <paramref name="c"/> is one of the one-letter proclitics: the conjunctions و ف and the prepositions
    /// ب ل ك. Compares the character as written (a match key's letters are the same).
    /// </summary>
    public static bool IsLetter(char c) => c is Waw or Fa or Ba or Lam or Kaf;

    /// <summary>Whether the proclitics of <paramref name="key"/> end with the article: ال (والأمس، بالأمس) or لل (للأمس).</summary>
    public static bool HasArticle(ReadOnlySpan<char> key) => key[..Length(key)] is [.., Alef, Lam] or [.., Lam, Lam];

    /// <summary>The word without its proclitics; a slice of <paramref name="key"/>.</summary>
    public static ReadOnlySpan<char> Core(ReadOnlySpan<char> key) => key[Length(key)..];

    /// <summary>
    /// The word without a first و or ف (a conjunction) when enough of it remains; the key itself otherwise. A slice of
    /// <paramref name="key"/>.
    /// </summary>
    public static ReadOnlySpan<char> WithoutConjunction(ReadOnlySpan<char> key) =>
        key.Length > MinCore + 1 && key[0] is Waw or Fa ? key[1..] : key;

    /// <summary>How many leading characters of <paramref name="key"/> are proclitics.</summary>
    public static int Length(ReadOnlySpan<char> key)
    {
        var at = key.Length - WithoutConjunction(key).Length;
        var rest = key[at..];
        var article = rest switch
        {
            [Alef, Lam, ..] => 2,
            [Ba or Kaf or Fa, Alef, Lam, ..] => 3,
            [Lam, Lam, ..] => 2,
            [Ba or Lam or Kaf, ..] => 1,
            _ => 0,
        };
        return rest.Length - article >= MinCore + (article == 1 ? 1 : 0) ? at + article : at;
    }

    /// <summary>
    /// The ways to read a word's key with its proclitics peeled off, most literal first: والرياض → والرياض،
    /// الرياض، رياض; بموسكو → بموسكو، موسكو; للسعودية → للسعوديه، السعوديه، سعوديه. For looking a word up in a list
    /// of names written as names are (الرياض، موسكو), where stripping both sides alike would make سوف meet وسوف.
    /// </summary>
    public static IEnumerable<string> Readings(string key)
    {
        yield return key;
        var rest = key;
        if (WithoutConjunction(key).Length < key.Length)
        {
            rest = key[1..];
            yield return rest;
        }

        string? withArticle = rest switch
        {
            [Ba or Kaf or Fa, Alef, Lam, ..] when rest.Length - 3 >= MinCore => rest[1..],
            [Lam, Lam, ..] when rest.Length - 2 >= MinCore => "ال" + rest[2..],
            [Alef, Lam, ..] when rest.Length - 2 >= MinCore => rest,
            _ => null,
        };
        if (withArticle is not null)
        {
            if (withArticle != rest)
            {
                yield return withArticle;
            }

            yield return withArticle[2..];
        }
        else if (rest.Length - 1 >= MinCore + 1 && rest[0] is Ba or Lam or Kaf)
        {
            yield return rest[1..];
        }
    }
}
