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
        Span<char> article = key.Length <= 64 ? stackalloc char[key.Length] : new char[key.Length];
        var readings = new List<string>(4);
        foreach (var reading in Readings(key, article))
        {
            readings.Add(reading.SequenceEqual(key) ? key : reading.ToString());
        }

        return readings;
    }

    /// <summary>
    /// The <see cref="Readings(string)"/> of <paramref name="key"/> as spans, without making strings: each a slice of
    /// the key, or, for a word with لل, of <paramref name="article"/> (as long as the key), where its ال form is written.
    /// </summary>
    public static ReadingEnumerator Readings(ReadOnlySpan<char> key, Span<char> article) => new(key, article);

    /// <summary>Walks the readings of a key in order: itself, without a conjunction, with and without its article or preposition.</summary>
    public ref struct ReadingEnumerator
    {
        private readonly ReadOnlySpan<char> _key;
        private readonly Span<char> _article;
        private ReadOnlySpan<char> _rest;
        private ReadOnlySpan<char> _withArticle;
        private int _step;

        internal ReadingEnumerator(ReadOnlySpan<char> key, Span<char> article)
        {
            _key = key;
            _article = article;
            _rest = key;
            _withArticle = default;
            _step = 0;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly ReadingEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (true)
            {
                switch (_step++)
                {
                    case 0:
                        Current = _key;
                        return true;
                    case 1:
                        if (WithoutConjunction(_key).Length < _key.Length)
                        {
                            _rest = _key[1..];
                            Current = _rest;
                            return true;
                        }

                        continue;
                    case 2:
                        var rest = _rest;
                        if (rest is [Ba or Kaf or Fa, Alef, Lam, ..] && rest.Length - 3 >= MinCore)
                        {
                            _withArticle = rest[1..];
                        }
                        else if (rest is [Lam, Lam, ..] && rest.Length - 2 >= MinCore)
                        {
                            var written = _article[..rest.Length];
                            (written[0], written[1]) = (Alef, Lam);
                            rest[2..].CopyTo(written[2..]);
                            _withArticle = written;
                        }
                        else if (rest is [Alef, Lam, ..] && rest.Length - 2 >= MinCore)
                        {
                            _withArticle = rest;
                        }
                        else
                        {
                            _step = 4; // no article: the preposition alone comes off
                            continue;
                        }

                        if (!_withArticle.SequenceEqual(rest))
                        {
                            Current = _withArticle;
                            return true;
                        }

                        continue;
                    case 3:
                        Current = _withArticle[2..];
                        _step = 5;
                        return true;
                    case 4:
                        _step = 5;
                        if (_rest.Length - 1 >= MinCore + 1 && _rest[0] is Ba or Lam or Kaf)
                        {
                            Current = _rest[1..];
                            return true;
                        }

                        return false;
                    default:
                        return false;
                }
            }
        }
    }
}
