using Khabar.Text;
using Khabar.Core.Analyze;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Consolidate.Stance;

/// <summary>
/// A sentence read for stance: its content words (light stems, in order, stop words and cue words left out), where
/// it negates, whether it denies or hedges, and the senses of its opposite-sense words.
/// </summary>
public sealed class Statement
{
    private Statement(List<string> stems, Dictionary<string, double> rarity, List<int> negated, List<int> denied, bool modal, List<(int Sense, int At)> senseAt, HashSet<double> numbers, HashSet<DayOfWeek> weekdays, HashSet<int> auxiliaries, List<int> symmetric, HashSet<int> objectPronouns, HashSet<int> particles, List<int> ghayr, List<string> before, HashSet<int> joined)
    {
        Before = before;
        JoinedAt = joined;
        GhayrAt = ghayr;
        ObjectPronounAt = objectPronouns;
        ParticleAt = particles;
        SymmetricAt = symmetric;
        var negations = negated.Count;
        var senses = senseAt.Select(s => s.Sense).ToHashSet();
        NegatedAt = negated;
        SensesAt = senseAt;
        Stems = stems;
        Rarity = rarity;
        Negations = negations;
        DeniedAt = denied;
        AuxiliaryAt = auxiliaries;
        Numbers = numbers;
        Weekdays = weekdays;
        Denies = denied.Count > 0;
        Modal = modal;
        Senses = senses;
    }

    /// <summary>Content words as light stems, in text order.</summary>
    public IReadOnlyList<string> Stems { get; }

    /// <summary>
    /// For each of <see cref="Stems"/>, the words that are not content words written since the one before it (match keys,
    /// space-separated: «من», «الى», «لا»), empty when none: what a phrase keeps when it moves (من مكة … إلى الرياض).
    /// </summary>
    public IReadOnlyList<string> Before { get; }

    /// <summary>
    /// Positions in <see cref="Stems"/> of words written with «و» in front (والإمارات، وهبوطا: the article or four letters
    /// or more after it): the second of two things joined, which may trade places without changing anything. A word whose
    /// own first letter is «و» (وزارة، واشنطن) is counted too; the tests that read this only refuse more for it.
    /// </summary>
    public IReadOnlySet<int> JoinedAt { get; }

    /// <summary>For each content stem, how rare it is in news: its term weight over the rarest weight (0 to 1).</summary>
    public IReadOnlyDictionary<string, double> Rarity { get; }

    /// <summary>Where each negating word stands: the index in <see cref="Stems"/> of the word after it.</summary>
    public IReadOnlyList<int> NegatedAt { get; }

    /// <summary>
    /// Where «غير» negates the word after it (غير قادرة): the index in <see cref="Stems"/> of that word. Not counted in
    /// <see cref="Negations"/>: «منظمة غير حكومية» names a thing rather than denying anything, and two statements that
    /// both name it may still contradict each other (لم تنسحب / انسحبت). It counts only where one side says the word
    /// with «غير» and the other without (<see cref="StanceFeatures.PolarityDiffers"/>).
    /// </summary>
    public IReadOnlyList<int> GhayrAt { get; }

    /// <summary>Whether «غير» or «الغير» stands anywhere in it, negating or not (غير الآمنة against الغير آمنة).</summary>
    public bool MentionsGhayr { get; private init; }

    /// <summary>
    /// Those of <see cref="NegatedAt"/> negated by a particle before a verb or predicate (لم، لن، لا، ليس), not by a
    /// negating noun («عدم التحرك»، «دون أن»), which mostly stands in what someone is asked or pledges not to do.
    /// </summary>
    public IReadOnlySet<int> ParticleAt { get; }

    /// <summary>Where each denying word stands: the index in <see cref="Stems"/> of the word after it (or of itself, when it is a content word).</summary>
    public IReadOnlyList<int> DeniedAt { get; }

    /// <summary>Those of <see cref="DeniedAt"/> where a word puts off what follows (يرجئ التصويت، تأجيل الافتتاح) rather than denies it.</summary>
    public IReadOnlySet<int> PostponedAt { get; private init; } = new HashSet<int>();

    /// <summary>Positions in <see cref="Stems"/> of verbs of ability (يتمكن، يستطيع) through which a negation bears on the next word.</summary>
    public IReadOnlySet<int> AuxiliaryAt { get; }

    /// <summary>
    /// Where a word of a relation that holds both ways stands (التقى، بين، مع: <see cref="StanceCues.Symmetric"/>):
    /// its index in <see cref="Stems"/>, or of the content word after it when it is no content word itself.
    /// </summary>
    public IReadOnlyList<int> SymmetricAt { get; }

    /// <summary>Positions in <see cref="Stems"/> of words written with an attached pronoun the stem leaves off (يكشفه، تطلقه، سقفها).</summary>
    public IReadOnlySet<int> ObjectPronounAt { get; }

    /// <summary>
    /// For each of <see cref="Stems"/>, the country it names (<see cref="Capitals.CountryOf"/>: «السلطات الإيرانية» and «إلى
    /// إيران» name one), or null.
    /// </summary>
    public IReadOnlyList<int?> CountryAt { get; private init; } = [];

    /// <summary>The numbers written in digits, also inside words («ال80عاما»).</summary>
    public IReadOnlySet<double> Numbers { get; }

    /// <summary>The weekdays named with the article (الأحد، يوم الخميس).</summary>
    public IReadOnlySet<DayOfWeek> Weekdays { get; }

    /// <summary>Each opposite-sense word's sense and its index in <see cref="Stems"/>.</summary>
    public IReadOnlyList<(int Sense, int At)> SensesAt { get; }

    /// <summary>How many negating words it has.</summary>
    public int Negations { get; }

    /// <summary>Whether it has a word that denies (نفى، تكذيب، شائعات).</summary>
    public bool Denies { get; }

    /// <summary>Whether it hedges or plans (قد، من المقرر).</summary>
    public bool Modal { get; }

    /// <summary>Senses of its opposite-sense words (± group, see <see cref="StanceCues.Senses"/>).</summary>
    public IReadOnlySet<int> Senses { get; }

    public static Statement Of(string text, StanceCues cues) => Of(text, cues, TermWeights.Default);

    /// <summary>
    /// Whether a word as written is one of <see cref="StanceCues.Postponements"/>, after و or ف and after ب or ل
    /// (لتأجيل). Compared as written, hamza and all: folded, «يرجئ» (puts off) would be «يرجى» (please), and «أرجأ» would be
    /// «أرجاء» (throughout).
    /// </summary>
    private static bool IsPostponement(ReadOnlySpan<char> word, StanceCues cues)
    {
        Span<char> written = stackalloc char[Math.Min(word.Length, 64)];
        var n = 0;
        foreach (var c in word)
        {
            if (n == written.Length)
            {
                return false;
            }

            if (c is not ('\u0640' or (>= '\u064B' and <= '\u0652')))
            {
                written[n++] = c;
            }
        }

        var lookup = cues.Postponements.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = written[..n];
        if (rest.Length > 3 && rest[0] is 'و' or 'ف')
        {
            if (lookup.Contains(rest))
            {
                return true;
            }

            rest = rest[1..];
        }

        return lookup.Contains(rest) || (rest.Length > 4 && rest[0] is 'ب' or 'ل' && lookup.Contains(rest[1..]));
    }

    /// <summary>
    /// «ألا» written with hamza above is «أن لا» (that … not); folded, it would be one word with «إلا» (except), which
    /// negates nothing, so it is told by its first letter as written.
    /// </summary>
    private static bool IsAllaNegation(ReadOnlySpan<char> word)
    {
        var start = word.Length > 3 && word[0] is 'و' or 'ف' ? 1 : 0;
        return word.Length - start == 3 && word[start] == 'أ' && word[start + 1] == 'ل' && word[start + 2] == 'ا';
    }

    /// <summary>
    /// The verb of «لا» written onto a present verb («لاتزال» → «تزال»), or null: «لا» then a verb prefix ي ت ن and at
    /// least two more letters («لاعب»، «لاجئ» stay whole). The alef must be written bare: «لإنهاء» and «لإيني» are the
    /// preposition ل before a hamza (the match key folds إ to ا), and the verb must be a word news uses (in
    /// <paramref name="weights"/>): «لانهم» (لأنهم written without its hamza) and «لايسكو» (to Isco) are not «لا نهم».
    /// </summary>
    private static string? GluedNegation(string key, ReadOnlySpan<char> word, TermWeights weights)
    {
        if (key.Length < 5 || key[0] != 'ل' || key[1] != 'ا' || key[2] is not ('ي' or 'ت' or 'ن'))
        {
            return null;
        }

        var lam = word.IndexOf('ل');
        var verb = key[2..];
        return lam >= 0 && lam + 1 < word.Length && word[lam + 1] == 'ا' && weights.Of(TermHash.Of(StanceCues.StemOf(verb))) < weights.Rare ? verb : null;
    }

    public static Statement Of(string text, StanceCues cues, TermWeights weights)
    {
        var stems = new List<string>();
        var rarity = new Dictionary<string, double>(StringComparer.Ordinal);
        var senses = new List<(int, int)>();
        var negated = new List<int>();
        var ghayr = new List<int>();
        var mentionsGhayr = false;
        var modal = false;
        var denied = new List<int>();
        var postponed = new HashSet<int>();
        var numbers = new HashSet<double>();
        var weekdays = new HashSet<DayOfWeek>();
        var auxiliaries = new HashSet<int>();
        var symmetric = new List<int>();
        var objectPronouns = new HashSet<int>();
        var countries = new List<int?>();
        var particles = new HashSet<int>();
        var words = new List<(string Key, string Bare, bool Alla, bool Illa)>();
        var withPronoun = new List<bool>();
        var postponing = new List<bool>();
        var before = new List<string>();
        var joined = new HashSet<int>();
        var pending = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var word = token.Of(text);
            AddDigitRuns(word, numbers);
            if (token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord)
            {
                var key = MatchKey.Of(word);
                var bare = key.Length > 2 && key[0] is 'و' or 'ف' ? key[1..] : key;
                if (GluedNegation(bare, word, weights) is { } verb)
                {
                    // «لاتزال»، «لايمكن»: a negation written onto its verb is the negation, then the verb.
                    words.Add(("لا", "لا", false, false));
                    withPronoun.Add(false);
                    postponing.Add(false);
                    (key, bare) = (verb, verb);
                }

                words.Add((key, bare, IsAllaNegation(word), word.Length > 0 && (word[0] == 'إ' || (word.Length > 1 && word[0] is 'و' or 'ف' && word[1] == 'إ'))));
                withPronoun.Add(EndsWithPronoun(word));
                postponing.Add(IsPostponement(word, cues));
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var (key, bare, alla, _) = words[i];
            pending.Add(key); // taken back below when the word is a content word
            if (bare is "غير" or "الغير")
            {
                mentionsGhayr = true;
                if (i + 1 < words.Count && NegatedByGhayr(words, withPronoun, i))
                {
                    // «غير قادرة»: a negation of the word after it, kept apart from the particles' (see GhayrAt).
                    ghayr.Add(stems.Count);
                    continue;
                }
            }

            if (IsNegation(words, i, cues))
            {
                negated.Add(stems.Count);
                if (!IsNegatingNoun(words[i].Bare))
                {
                    particles.Add(stems.Count);
                }

                continue;
            }

            if (cues.Negations.Contains(key) || cues.Negations.Contains(bare) || alla
                || (bare.Length >= 4 && bare[0] is 'ب' or 'ل' && cues.Negations.Contains(bare[1..])))
            {
                // A negation cancelled by what stands around it («لا يزال», «لكي لا»): neither a negation nor content.
                continue;
            }

            if (cues.Denials.Contains(key) || cues.Denials.Contains(bare))
            {
                denied.Add(stems.Count);
            }
            else if (postponing[i] && !(i > 0 && (cues.Denials.Contains(words[i - 1].Key) || cues.Denials.Contains(words[i - 1].Bare))))
            {
                // Not after a denial («تنفي تأجيل الدراسة»): what is denied there is the postponement itself.
                denied.Add(stems.Count);
                postponed.Add(stems.Count);
            }

            if (cues.Modality.Contains(key) || cues.Modality.Contains(bare))
            {
                modal = true;
                continue;
            }

            if (WeekdayOf(bare) is { } day)
            {
                weekdays.Add(day);
            }

            // An indefinite accusative's alef (كتيباً) comes off, so that it meets the same word in another case.
            var stem = StanceCues.StemOf(key.Length >= 5 && key[^1] == 'ا' ? key[..^1] : key);
            if (stem.Length >= 5 && stem[0] is 'ب' or 'ل' or 'ك')
            {
                // A preposition written onto an indefinite noun (بعقوبة، لمهرجان) comes off for matching, which the
                // stemmer leaves for fear of names; a name it cuts (لبنان) is cut alike on both sides.
                stem = stem[1..];
            }

            if (cues.Senses.TryGetValue(stem, out var carried) || cues.Senses.TryGetValue(StanceCues.StemOf(bare), out carried)
                || (key.Length >= 5 && key[^1] == 'ا' && cues.Senses.TryGetValue(StanceCues.StemOf(key[..^1]), out carried))
                || (bare.Length >= 4 && bare[0] is 'ب' or 'ل' or 'ك' && cues.Senses.TryGetValue(StanceCues.StemOf(bare[1..]), out carried))
                || (stem.Length >= 4 && stem[^1] == 'ت' && cues.Senses.TryGetValue(stem[..^1], out carried)))
            {
                // An adverbial accusative is read without its alef (ترحيباً، ارتفاعاً), a preposition written onto
                // an indefinite noun comes off (بإنشاء، لإلغاء), which the stemmer leaves for fear of names (بلد، لبنان),
                // and so does the ending of a past verb of a feminine or first-person subject (قبلت، رفضت).
                senses.AddRange(carried.Select(c => (c, stems.Count)));
            }

            if (cues.Symmetric.Contains(stem) || (bare.Length != key.Length && cues.Symmetric.Contains(StanceCues.StemOf(bare))))
            {
                symmetric.Add(stems.Count);
            }

            if (!StopWords.Default.Contains(key))
            {
                pending.RemoveAt(pending.Count - 1); // the word itself
                before.Add(string.Join(' ', pending));
                pending.Clear();
                if (key.Length >= 4 && key[0] == 'و' && (key.Length >= 5 || key.AsSpan(1).StartsWith("ال")))
                {
                    joined.Add(stems.Count);
                }

                if (cues.Auxiliaries.Contains(stem))
                {
                    auxiliaries.Add(stems.Count);
                }

                if (withPronoun[i] && key.Length > stem.Length)
                {
                    objectPronouns.Add(stems.Count);
                }

                countries.Add(CountryOf(key));
                stems.Add(stem);
                rarity[stem] = weights.Of(TermHash.Of(stem)) / weights.Rare;
            }
        }

        return new Statement(stems, rarity, negated, denied, modal, senses, numbers, weekdays, auxiliaries, symmetric, objectPronouns, particles, ghayr, before, joined) { MentionsGhayr = mentionsGhayr, PostponedAt = postponed, CountryAt = countries };
    }

    /// <summary>
    /// The country a word names (<see cref="Capitals.CountryOf"/> on its form), also with one of ب ل و ف written onto it
    /// without the article («بإيران», «لمصر», «وتركيا»: the form keeps such a letter, since names begin with them too).
    /// </summary>
    private static int? CountryOf(string key) =>
        Capitals.Default.CountryOf(EntityConflicts.FormOf(key))
        ?? (key.Length > 3 && key[0] is 'ب' or 'ل' or 'و' or 'ف' ? Capitals.Default.CountryOf(EntityConflicts.FormOf(key.AsSpan(1))) : null);

    /// <summary>«عدم» and «دون», alone or after ب or ل (بعدم، لعدم، بدون).</summary>
    private static bool IsNegatingNoun(string bare)
    {
        var word = bare.Length >= 4 && bare[0] is 'ب' or 'ل' ? bare[1..] : bare;
        return word is "عدم" or "دون";
    }

    /// <summary>
    /// Whether «غير» (word <paramref name="i"/>) negates the word after it: before an indefinite word (غير قادرة، غير راض،
    /// جمعية غير عادية) it does, and before a definite word shaped as an adjective after a definite noun (الجمعية غير
    /// العادية، للجمعية غير العادية). It does not before a definite word otherwise ("other than": غير الحكومة، لم يحضر
    /// الاجتماع غير الوزير),
    /// nor before «أن» with or without a pronoun (however), a function word, or, after «غير» without the article, a word
    /// with an attached pronoun (the verb غيّر: غير موقفه). «الغير» (المدارس الغير آمنة) is the same negation as news often writes it.
    /// </summary>
    private static bool NegatedByGhayr(List<(string Key, string Bare, bool Alla, bool Illa)> words, List<bool> withPronoun, int i)
    {
        var next = words[i + 1];
        if (next.Bare.Length < 2 || (next.Bare.StartsWith("ان", StringComparison.Ordinal) && next.Bare.Length <= 5)
            || StopWords.Default.Contains(next.Bare) || (withPronoun[i + 1] && words[i].Bare == "غير"))
        {
            return false;
        }

        if (!Definite(next.Bare) || next.Illa)
        {
            return true; // «إلزامية» keys as «الزامية» but has no article
        }

        var previous = i > 0 ? words[i - 1] : default;
        return i > 0 && !previous.Illa && Definite(previous.Bare) && !StopWords.Default.Contains(previous.Bare) && AdjectiveShaped(next.Bare);
    }

    /// <summary>
    /// A definite word shaped as an adjective: a relative adjective (العادية، الرسمي، الحكوميين) or a participle
    /// (المسبوق، المشروعة); «الوزير» and «الحكومة» are not, and «غير» before them means "other than".
    /// </summary>
    private static bool AdjectiveShaped(string bare)
    {
        var word = bare.StartsWith("ال", StringComparison.Ordinal) ? bare.AsSpan(2) : bare.StartsWith("لل", StringComparison.Ordinal) ? bare.AsSpan(2) : bare.AsSpan(3);
        return word.Length >= 3 && (word[0] == 'م' || word.EndsWith("ي") || word.EndsWith("يه") || word.EndsWith("يين") || word.EndsWith("يون") || word.EndsWith("يات"));
    }

    /// <summary>Whether a word (its key without و or ف) carries the article, also after ب، ل or ك (بال، لل، كال).</summary>
    private static bool Definite(string bare) =>
        bare.StartsWith("ال", StringComparison.Ordinal) || bare.StartsWith("لل", StringComparison.Ordinal)
        || (bare.Length > 3 && bare[0] is 'ب' or 'ك' && bare.AsSpan(1).StartsWith("ال", StringComparison.Ordinal));

    /// <summary>
    /// Whether word <paramref name="i"/> negates: a negating word (also after ب or ل: «بعدم», «لعدم»; or «(ب)دون أن»,
    /// «ألا», and «الا» before a present verb, «أن لا» written without hamza: «إلا» before a verb is rare), unless an idiom cancels it
    /// («لا يزال», «لا سيما»: <c>stance-negation-idioms.txt</c>), it restricts rather than negates («لم يتبق إلا»),
    /// or it follows a particle of purpose («لكي لا»: <c>stance-purpose.txt</c>).
    /// </summary>
    private static bool IsNegation(List<(string Key, string Bare, bool Alla, bool Illa)> words, int i, StanceCues cues)
    {
        var (key, bare, alla, illa) = words[i];
        var next = i + 1 < words.Count ? words[i + 1].Bare : "";
        var unprefixed = bare.Length >= 4 && bare[0] is 'ب' or 'ل' ? bare[1..] : bare;
        var negates = cues.Negations.Contains(key) || cues.Negations.Contains(bare) || alla || (unprefixed == "دون" && next == "ان")
            || (bare == "الا" && !illa && next.Length >= 3 && next[0] is 'ي' or 'ت' or 'ن')
            || (unprefixed.Length >= 3 && cues.Negations.Contains(unprefixed));
        if (!negates || cues.NegationIdioms.Contains(next) || (i > 0 && cues.Purpose.Contains(words[i - 1].Bare)))
        {
            return false;
        }

        for (var j = i + 1; j < Math.Min(words.Count, i + 6); j++)
        {
            if (((words[j].Key is "الا" && !words[j].Alla) || words[j].Bare is "سوى" or "سوي") && (j + 1 >= words.Count || words[j + 1].Bare != "ان"))
            {
                // «لم يتبق إلا يومان» and «لم يعمد إلى تبنيه إلا الشهر الماضي» and «لا يحصد سوى العار» restrict; «لم يصب بأذى، إلا أن البيت …» negates, then goes on («however»).
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a word as written ends in an attached pronoun of the third person (ه، ها، هم، هما، هن): ه as written,
    /// not ة, which match keys fold into ه. Whether it is a pronoun the stem then says (the stem is shorter than the key).
    /// </summary>
    private static bool EndsWithPronoun(ReadOnlySpan<char> word) =>
        word.Length >= 4 && (word[^1] == 'ه' || (word[^2] == 'ه' && word[^1] is 'ا' or 'م' or 'ن') || word.EndsWith("هما"));

    /// <summary>Digits in a word or number («2015»، «ال80عاما»), each run one value.</summary>
    private static void AddDigitRuns(ReadOnlySpan<char> word, HashSet<double> numbers)
    {
        var value = -1.0;
        foreach (var c in word)
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= '\u0660' and <= '\u0669' ? c - '\u0660' : -1;
            if (digit >= 0)
            {
                value = (value < 0 ? 0 : value * 10) + digit;
            }
            else if (value >= 0 && c is not ('.' or ',' or '٫' or '٬'))
            {
                numbers.Add(value);
                value = -1;
            }
        }

        if (value >= 0)
        {
            numbers.Add(value);
        }
    }

    private static DayOfWeek? WeekdayOf(string key)
    {
        foreach (var article in (ReadOnlySpan<string>)["ال", "بال"])
        {
            if (key.StartsWith(article, StringComparison.Ordinal) && TemporalWords.Weekdays.TryGetValue(key[article.Length..], out var day))
            {
                return day;
            }
        }

        return null;
    }
}
