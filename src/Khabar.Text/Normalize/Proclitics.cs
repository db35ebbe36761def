namespace Khabar.Text.Normalize;

/// <summary>
/// Strips what Arabic writes onto the front of a name: the conjunctions و ف, the article ال and the
/// prepositions ب ل ك with or without it (وبموسكو, للسعودية, والكرملين). Works on match keys. Over-stripping a
/// name that really begins with one of these letters (بغداد → غداد) is harmless where both sides of a
/// comparison go through the same function, which is the only way this is used.
/// </summary>
public static class Proclitics
{
    private const char Waw = 'و', Fa = 'ف', Ba = 'ب', Lam = 'ل', Kaf = 'ك', Alef = 'ا';

    /// <summary>Letters a core must keep.</summary>
    private const int MinCore = 2;

    /// <summary>The word without its proclitics; a slice of <paramref name="key"/>.</summary>
    public static ReadOnlySpan<char> Core(ReadOnlySpan<char> key) => key[Length(key)..];

    /// <summary>How many leading characters of <paramref name="key"/> are proclitics.</summary>
    public static int Length(ReadOnlySpan<char> key)
    {
        var at = key.Length > MinCore + 1 && key[0] is Waw or Fa ? 1 : 0;
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
}
