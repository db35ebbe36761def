using System.Collections.Frozen;
using Khabar.Text;
using Khabar.Core.Analyze;
using Khabar.Core.Entities.Tagging;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Entities;

/// <summary>
/// What the tagger, trained on older Arabic newswire, cannot learn, applied to its labels: model designators
/// and known equipment, Latin-script names in Arabic sentences, given names with their family name, rare words after
/// place words, places as the lists name them, names joined by «أون», two listed names joined by «و», a country's adjective
/// after a place. Used by <see cref="MentionFinder"/> (article analysis), not by <c>khabar tag</c>, which keeps ANERcorp's
/// scheme. The first rules label only tokens the tagger left outside; from the «و» split on they also relabel or clear
/// tokens it labelled.
/// </summary>
public sealed class LabelRules(Gazetteer gazetteer)
{
    public static LabelRules Default { get; } = new(Gazetteer.Default);

    /// <summary>
    /// Applies the rules to the tagger's labels of one sentence (its words and their kinds), in place: the first label
    /// what the tagger left outside, the later ones also relabel or clear what it labelled.
    /// </summary>
    public void Apply(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        PageWordsOut(surfaces, kinds, labels);
        ParticlesOut(surfaces, labels);
        NumberGroupsOut(kinds, labels);
        MarkDesignators(surfaces, kinds, labels);
        MarkLatinNames(surfaces, kinds, labels);
        ExtendGivenNames(surfaces, kinds, labels);
        MarkNamedPlaces(surfaces, kinds, labels);
        SplitCoordinatedNames(surfaces, kinds, labels);
        ExtendToListedPlaces(surfaces, kinds, labels);
        CountryAdjectivesOutOfPlaces(surfaces, labels);
        JoinOn(surfaces, kinds, labels);
        CutFormulas(surfaces, labels);
        TitlesOutOfNames(surfaces, labels);
        EndAfterFamily(surfaces, labels);
        NamedAfterPersons(surfaces, labels);
        AdjectivesTakeTheirNoun(surfaces, labels);
    }

    /// <summary>The kind of a token given as text alone (CoNLL input).</summary>
    public static TokenKind KindOf(string token)
    {
        var tokens = Tokenizer.Tokenize(token);
        return tokens.MoveNext() ? tokens.Current.Kind : TokenKind.Symbol;
    }

    private static bool IsWord(TokenKind kind) => kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord;

    /// <summary>
    /// Equipment the tagger misses: a designator token (Tu-160, F-16), or a known equipment family word followed
    /// by a number or designator (توبوليف 160, ميغ 31); marked over tokens the tagger left outside, and over a family word
    /// it tagged alone before a number.
    /// </summary>
    private void MarkDesignators(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            // The tagger found the family (توبوليف) but left its model number outside, whatever type it gave it: a family
            // word with a model number is the aircraft or missile, not the designer it is named after (Tupolev, a person).
            if (BioLabel.IsBegin(labels[i]) && i + 1 < kinds.Count && labels[i + 1] == BioLabel.Outside
                && kinds[i + 1] is TokenKind.Number or TokenKind.Designator && IsEquipmentWord(surfaces[i], alone: false))
            {
                labels[i] = BioLabel.Begin(EntityType.Misc);
                labels[i + 1] = BioLabel.Inside(EntityType.Misc);
                i++;
                continue;
            }

            if (labels[i] != BioLabel.Outside)
            {
                continue;
            }

            var designator = kinds[i] == TokenKind.Designator && surfaces[i].Any(char.IsLetter) && surfaces[i].Any(char.IsDigit);
            var numbered = i + 1 < kinds.Count && labels[i + 1] == BioLabel.Outside && kinds[i + 1] is TokenKind.Number or TokenKind.Designator;
            var family = IsWord(kinds[i]) && (numbered || !designator) && IsEquipmentWord(surfaces[i], alone: !numbered);
            if (!designator && !family)
            {
                continue;
            }

            var end = family && numbered ? i + 1 : i;
            labels[i] = BioLabel.Begin(EntityType.Misc);
            for (var k = i + 1; k <= end; k++)
            {
                labels[k] = BioLabel.Inside(EntityType.Misc);
            }

            i = end;
        }
    }

    /// <summary>
    /// A word the equipment list knows (توبوليف، كينزال). Alone, without a model number, it must also be rare in
    /// news, so that شاهد (the drone, but also "he saw") is equipment only as شاهد 136.
    /// </summary>
    private bool IsEquipmentWord(string surface, bool alone)
    {
        // Most words are no equipment: the key is written in a buffer, and made a string only for one that is.
        Span<char> buffer = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        var known = surface.Length <= Tokenizer.MaxTokenLength ? gazetteer.OfWord(buffer[..MatchKey.Write(surface, buffer)]) : gazetteer.OfWord(MatchKey.Of(surface));
        if (!known.HasFlag(GazetteerKind.Equipment))
        {
            return false;
        }

        return !alone || IsRare(MatchKey.Of(surface));
    }

    /// <summary>
    /// Latin-script names inside Arabic sentences (Grigory Pavlenko, Reuters): a run of capitalised Latin words
    /// the tagger, trained on Arabic only, leaves outside. Known names take their listed type; an unknown run of
    /// two or three capitalised words is taken for a person.
    /// </summary>
    private void MarkLatinNames(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        if (!kinds.Any(k => k == TokenKind.ArabicWord))
        {
            return;
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            if (labels[i] != BioLabel.Outside || !IsCapitalisedLatin(kinds[i], surfaces[i]))
            {
                continue;
            }

            var end = i;
            while (end + 1 < kinds.Count && end - i < 3 && labels[end + 1] == BioLabel.Outside && IsCapitalisedLatin(kinds[end + 1], surfaces[end + 1]))
            {
                end++;
            }

            if (surfaces[i..(end + 1)].All(PageWords.Contains))
            {
                i = end;
                continue; // «Next Previous»: a page's furniture
            }

            var phrase = string.Join(' ', surfaces[i..(end + 1)]);
            var known = gazetteer.OfName(phrase);
            EntityType? type = known.HasFlag(GazetteerKind.Person) ? EntityType.Person
                : known.HasFlag(GazetteerKind.Location) ? EntityType.Location
                : known.HasFlag(GazetteerKind.Organization) ? EntityType.Organization
                : known.HasFlag(GazetteerKind.Equipment) ? EntityType.Misc
                : end > i && end - i < 3 ? EntityType.Person
                : null;
            if (type is { } found)
            {
                labels[i] = BioLabel.Begin(found);
                for (var k = i + 1; k <= end; k++)
                {
                    labels[k] = BioLabel.Inside(found);
                }
            }

            i = end;
        }
    }

    /// <summary>A word too rare in news to be in the term table, and no stop word (the table leaves those out).</summary>
    private static bool IsRare(string key) =>
        !StopWords.Default.Contains(key) && !TermWeights.Default.IsKnown(TermHash.Of(LightStemmer.StemOf(key)));

    private static bool IsCapitalisedLatin(TokenKind kind, string surface) =>
        kind == TokenKind.LatinWord && surface.Length > 1 && char.IsUpper(surface[0]);

    /// <summary>Particles written with a final ى (<c>function-words-final-ya.txt</c>), as written.</summary>
    private static readonly FrozenSet<string> FinalYaParticles =
        Khabar.Text.Resources.EmbeddedWordList.Load(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.function-words-final-ya.txt")
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A one-word run that is a particle written with a final ى («على»، «إلى»), with or without و or ف before it, is no name:
    /// the tagger's keys fold ى to ي, so «على» (on) read as «علي» (Ali), a person of 24 SaudiNewsNet stories.
    /// </summary>
    private static void ParticlesOut(string[] surfaces, int[] labels)
    {
        for (var i = 0; i < surfaces.Length; i++)
        {
            if (!BioLabel.IsBegin(labels[i]) || (i + 1 < labels.Length && BioLabel.IsInside(labels[i + 1])))
            {
                continue;
            }

            var word = surfaces[i];
            if (FinalYaParticles.Contains(word) || (word.Length > 2 && word[0] is 'و' or 'ف' && FinalYaParticles.Contains(word[1..])))
            {
                labels[i] = BioLabel.Outside;
            }
        }
    }

    /// <summary>
    /// Digit groups joined by a mark (a score 2-1, a date 16/9/2023, a time 10:30) end no person's, place's or body's
    /// name: a run the tagger ended on one loses it («نادي الجبل 2-1» → نادي الجبل). A plain number stays (هانوفر 96,
    /// the club), and so does equipment's (designators are the equipment rules' business).
    /// </summary>
    private static void NumberGroupsOut(IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] != TokenKind.NumberGroup || labels[i] == BioLabel.Outside || BioLabel.TypeOf(labels[i]) == EntityType.Misc
                || (i + 1 < labels.Length && BioLabel.IsInside(labels[i + 1])))
            {
                continue;
            }

            labels[i] = BioLabel.Outside;
        }
    }

    /// <summary>English words of a page's furniture (<c>latin-page-words.txt</c>), ignoring case.</summary>
    private static readonly FrozenSet<string> PageWords =
        Khabar.Text.Resources.EmbeddedWordList.Load(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.latin-page-words.txt")
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A page's furniture in English («Next Previous» of a slider, before a byline) is no name, nor part of one, whatever
    /// the tagger made of it («Previous أحمد حجازي»): it leaves a run whose other Latin words, if any, are furniture too,
    /// and a name after it begins a run of its own. A run with another Latin word is a title in English and stays whole
    /// («Top Secret», «Share The Meal»).
    /// </summary>
    private static void PageWordsOut(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        if (!kinds.Contains(TokenKind.LatinWord))
        {
            return;
        }

        foreach (var (_, start, length) in TaggerEvaluation.Chunks(labels).ToList())
        {
            var furniture = 0;
            var otherLatin = false;
            for (var k = start; k < start + length; k++)
            {
                if (kinds[k] == TokenKind.LatinWord && PageWords.Contains(surfaces[k]))
                {
                    furniture++;
                }
                else if (kinds[k] == TokenKind.LatinWord)
                {
                    otherLatin = true;
                }
            }

            if (furniture == 0 || otherLatin)
            {
                continue;
            }

            var type = BioLabel.TypeOf(labels[start]);
            var inRun = false;
            for (var k = start; k < start + length; k++)
            {
                if (kinds[k] == TokenKind.LatinWord)
                {
                    labels[k] = BioLabel.Outside;
                    inRun = false;
                }
                else
                {
                    labels[k] = inRun ? BioLabel.Inside(type) : BioLabel.Begin(type);
                    inRun = true;
                }
            }
        }
    }

    /// <summary>
    /// A known given name tagged alone and followed by a family name with the article (سامر الحديدي, خالد
    /// المعمري) takes that word in: the tagger, trained on older news, often stops at the ال.
    /// </summary>
    private void ExtendGivenNames(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        for (var i = 0; i + 1 < kinds.Count; i++)
        {
            if (labels[i] != BioLabel.Begin(EntityType.Person) || labels[i + 1] != BioLabel.Outside || kinds[i + 1] != TokenKind.ArabicWord
                || !gazetteer.OfWord(MatchKey.Of(surfaces[i])).HasFlag(GazetteerKind.Person))
            {
                continue;
            }

            var next = MatchKey.Of(surfaces[i + 1]);
            var known = gazetteer.OfWord(next);
            if (next.StartsWith("ال", StringComparison.Ordinal) && next.Length > 4 && next.EndsWith('ي')
                && (known & ~GazetteerKind.Person) == GazetteerKind.None)
            {
                labels[i + 1] = BioLabel.Inside(EntityType.Person);
            }
        }
    }

    /// <summary>
    /// A rare word right after a place word (مطار كنيفيتشي، قاعدة فوستوشني، ميناء نيفيتشي) names that place: the
    /// tagger has rarely seen such foreign names, but the place word says what they are.
    /// </summary>
    private void MarkNamedPlaces(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        for (var i = 1; i < kinds.Count; i++)
        {
            if (labels[i] != BioLabel.Outside || labels[i - 1] != BioLabel.Outside || kinds[i] != TokenKind.ArabicWord
                || !gazetteer.OfWord(MatchKey.Of(surfaces[i - 1])).HasFlag(GazetteerKind.LocationTrigger))
            {
                continue;
            }

            var key = MatchKey.Of(surfaces[i]);
            if (!key.StartsWith("ال", StringComparison.Ordinal) && IsRare(key))
            {
                labels[i] = BioLabel.Begin(EntityType.Location);
            }
        }
    }

    /// <summary>
    /// Names written with the English «on» between two words (كومسومولسك أون أمور, ميل أون صنداي, العربية أون لاين)
    /// are one name: a place, organisation or thing whose run ends just before «أون», or at it, takes «أون» and the
    /// word after, whatever the tagger made of them (it took «أون أمور» for a person: أون ends كيم جونغ أون). A person's
    /// run is left alone, since there أون is the name's last word (ديفيد أون); so is «أون» before a stop word or a sign.
    /// Like the places rule, and unlike the others, this one relabels tokens the tagger labelled.
    /// </summary>
    private static void JoinOn(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        for (var i = 0; i + 2 < labels.Length; i++)
        {
            if (labels[i] == BioLabel.Outside || BioLabel.TypeOf(labels[i]) is not (EntityType.Location or EntityType.Organization or EntityType.Misc) || MatchKey.Of(surfaces[i + 1]) != On
                || !IsWord(kinds[i + 2]) || StopWords.Default.Contains(MatchKey.Of(surfaces[i + 2])))
            {
                continue;
            }

            var type = BioLabel.TypeOf(labels[i]);
            if (labels[i + 1] == BioLabel.Inside(type) && labels[i + 2] == BioLabel.Inside(type))
            {
                continue;
            }

            // Whatever run began at «أون» or after it goes on as this name.
            labels[i + 1] = BioLabel.Inside(type);
            var k = i + 2;
            labels[k] = BioLabel.Inside(type);
            while (++k < labels.Length && labels[k] != BioLabel.Outside && !BioLabel.IsBegin(labels[k]))
            {
                labels[k] = BioLabel.Inside(type);
            }

            i = k - 2; // the name's last word may itself come before another «أون»
        }
    }

    /// <summary>
    /// A title of two words or more from the person triggers (<c>triggers-person.txt</c>: «ولي العهد», «ولي ولي العهد»,
    /// «وزير الخارجية») is no part of a person's name wherever the tagger put it in one: after the name in Saudi style
    /// («محمد بن سلمان ولي ولي العهد» was the person «محمد بن سلمان بن عبدالعزيز ولي ولي»), before it, or alone («ولي
    /// ولي», «وولي ولي»). Its words leave the run; a name after it begins a run of its own. A phrase the lists also hold
    /// as a person's name is left alone.
    /// </summary>
    private void TitlesOutOfNames(string[] surfaces, int[] labels)
    {
        for (var i = 0; i < surfaces.Length; i++)
        {
            if (labels[i] == BioLabel.Outside || BioLabel.TypeOf(labels[i]) != EntityType.Person)
            {
                continue;
            }

            var length = TitleLength(surfaces, i);
            if (length == 0)
            {
                continue;
            }

            for (var k = i; k < i + length; k++)
            {
                if (labels[k] != BioLabel.Outside && BioLabel.TypeOf(labels[k]) == EntityType.Person)
                {
                    labels[k] = BioLabel.Outside;
                }
            }

            if (i + length < labels.Length && labels[i + length] == BioLabel.Inside(EntityType.Person))
            {
                labels[i + length] = BioLabel.Begin(EntityType.Person);
            }

            i += length - 1;
        }
    }

    /// <summary>Words of the longest person title of two words or more that begins at token <paramref name="at"/>, or 0.</summary>
    private int TitleLength(string[] surfaces, int at)
    {
        if (at + 1 >= surfaces.Length || !MayBegin(surfaces[at], _titleHeads))
        {
            return 0;
        }

        for (var length = Math.Min(_titleWords, surfaces.Length - at); length >= 2; length--)
        {
            var kind = gazetteer.OfName(string.Join(' ', surfaces, at, length));
            if ((kind & GazetteerKind.PersonTrigger) != 0 && (kind & GazetteerKind.Person) == 0)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>The person titles of two words or more in <paramref name="lists"/>, by key phrase.</summary>
    private static IEnumerable<string> TitlesOf(Gazetteer lists) => lists.Entries
        .Where(e => (e.Kind & GazetteerKind.PersonTrigger) != 0 && (e.Kind & GazetteerKind.Person) == 0 && e.Entry.Contains(' ', StringComparison.Ordinal))
        .Select(e => e.Entry);

    /// <summary>Words in the longest person title of the lists.</summary>
    private readonly int _titleWords = TitlesOf(gazetteer).Select(t => t.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();

    /// <summary>What a word that begins a person title of the lists may read as (<see cref="Heads"/>).</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleHeads =
        Heads(TitlesOf(gazetteer).Select(FirstWord)).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string FirstWord(string keyPhrase) => keyPhrase.Split(' ')[0];

    /// <summary>
    /// The keys a word's tails are checked against (<see cref="MayBegin"/>) for it to begin a phrase whose first word is
    /// one of <paramref name="firstWords"/>: those words, and those with the article also without its «ا» (لله of الله).
    /// </summary>
    private static FrozenSet<string> Heads(IEnumerable<string> firstWords)
    {
        var words = firstWords.ToList();
        return words.Concat(words.Where(f => f.StartsWith("ال", StringComparison.Ordinal)).Select(f => f[1..])).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether some reading of a written word (<see cref="Proclitics.Readings"/> of its key) may be one of the first
    /// words <paramref name="heads"/> was made from (<see cref="Heads"/>): every reading is the key with up to three
    /// letters off its front, or «ال» and what follows «لل». Told from the key in a stack buffer: this runs on most
    /// tokens, and most begin nothing.
    /// </summary>
    private static bool MayBegin(string surface, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads)
    {
        if (surface.Length > Tokenizer.MaxTokenLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MatchKey.MaxLength(surface.Length)];
        var key = buffer[..MatchKey.Write(surface, buffer)];
        for (var cut = 0; cut <= 3 && cut < key.Length; cut++)
        {
            if (heads.Contains(key[cut..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Titles of the persons places are named after (<c>facility-namesakes.txt</c>), by key.</summary>
    private static readonly FrozenSet<string> Namesakes =
        Khabar.Text.Resources.EmbeddedWordList.LoadKeys(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.facility-namesakes.txt");

    /// <summary>Words for places and bodies named after persons, with what such a name is (<c>facility-words.txt</c>), by key.</summary>
    private static readonly FrozenDictionary<string, EntityType> FacilityWords =
        Khabar.Text.Resources.EmbeddedWordList.Load(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.facility-words.txt")
            .Select(line => line.Split(' ', 2))
            .ToFrozenDictionary(f => MatchKey.Of(f[1].Trim()), f => f[0] == "LOC" ? EntityType.Location : EntityType.Organization, StringComparer.Ordinal);

    /// <summary>What a place or body named by this word (a key, with or without a proclitic) is, or null.</summary>
    private static EntityType? FacilityOf(string key)
    {
        foreach (var reading in Proclitics.Readings(key))
        {
            if (FacilityWords.TryGetValue(reading, out var type))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Adjectives that end such a name (<c>facility-adjectives.txt</c>), by key.</summary>
    private static readonly FrozenSet<string> FacilityAdjectives =
        Khabar.Text.Resources.EmbeddedWordList.LoadKeys(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.facility-adjectives.txt");

    /// <summary>
    /// A place or body named after a person is that place or body, not the person: a person's run after a word of
    /// <c>facility-words.txt</c> without the article and a title of <c>facility-namesakes.txt</c> («مطار الملك عبدالعزيز
    /// الدولي», «بمركز الملك فهد الثقافي», «جامعة الأمير سلطان») becomes, from that word on, a place (مطار، استاد، طريق) or
    /// a body (مركز، جامعة، مستشفى), with an adjective of <c>facility-adjectives.txt</c> after it. The trigger lists were too
    /// wide for this: «برئاسة الأمير», «بقيادة الأمير» and «إدارة الأمير» are the person's.
    /// The tagger had made «عبدالعزيز الدولي» a person in 34 SaudiNewsNet stories.
    /// </summary>
    private void NamedAfterPersons(string[] surfaces, int[] labels)
    {
        foreach (var (_, start, length) in TaggerEvaluation.Chunks(labels).Where(c => c.Type == EntityType.Person).ToList())
        {
            // The title inside the run («الملك عبدالعزيز» tagged whole) or just before it.
            var title = Namesakes.Contains(MatchKey.Of(surfaces[start])) ? start
                : start > 0 && labels[start - 1] == BioLabel.Outside && Namesakes.Contains(MatchKey.Of(surfaces[start - 1])) ? start - 1
                : -1;
            if (title < 1 || labels[title - 1] != BioLabel.Outside)
            {
                continue;
            }

            // The place word is the first term of a construct: no article («رئيس النادي الأمير» is a title in apposition).
            var placeKey = MatchKey.Of(surfaces[title - 1]);
            if (Proclitics.HasArticle(placeKey) || FacilityOf(placeKey) is not { } facility)
            {
                continue;
            }

            var end = start + length - 1;
            if (end + 1 < surfaces.Length && labels[end + 1] == BioLabel.Outside && FacilityAdjectives.Contains(MatchKey.Of(surfaces[end + 1])))
            {
                end++;
            }

            labels[title - 1] = BioLabel.Begin(facility);
            for (var k = title; k <= end; k++)
            {
                labels[k] = BioLabel.Inside(facility);
            }
        }
    }

    /// <summary>
    /// A definite adjective (ال…ي، ال…ية) is no name on its own: an organisation run that begins with one takes the
    /// organisation word before it that it qualifies («للجامعة الفيديرالية»: the tagger had the organisation
    /// «الفيديرالية»), and a place run of one such word right after another place is the place's adjective
    /// («جدة التاريخية») and no place of its own, unless a list holds the word as a place (اللاذقية and الشارقة end as
    /// adjectives do) and no preposition follows it: a participle with its complement is an adjective even when a list
    /// holds its word as a town («فلاديفوستوك المطلة على المحيط»).
    /// </summary>
    private void AdjectivesTakeTheirNoun(string[] surfaces, int[] labels)
    {
        foreach (var (type, start, length) in TaggerEvaluation.Chunks(labels).OrderBy(c => c.Start).ToList())
        {
            var key = MatchKey.Of(surfaces[start]);
            if (!IsDefiniteAdjective(key) || start == 0)
            {
                continue;
            }

            if (type == EntityType.Organization && labels[start - 1] == BioLabel.Outside
                && Proclitics.HasArticle(MatchKey.Of(surfaces[start - 1]))
                && (gazetteer.OfWord(MatchKey.Of(surfaces[start - 1])) & GazetteerKind.OrganizationTrigger) != 0)
            {
                labels[start - 1] = BioLabel.Begin(EntityType.Organization);
                labels[start] = BioLabel.Inside(EntityType.Organization);
            }
            else if (type == EntityType.Location && length == 1 && labels[start - 1] != BioLabel.Outside
                && BioLabel.TypeOf(labels[start - 1]) == EntityType.Location
                && (gazetteer.OfWord(key) == GazetteerKind.None || TakesComplement(surfaces, start + 1)))
            {
                labels[start] = BioLabel.Outside;
            }
            else if (type == EntityType.Location && length == 1 && labels[start - 1] == BioLabel.Outside && IsParticiple(key)
                && Proclitics.HasArticle(MatchKey.Of(surfaces[start - 1])) && TakesComplement(surfaces, start + 1))
            {
                labels[start] = BioLabel.Outside; // «الدول المطلة على المحيط»: a definite noun's participle
            }
        }
    }

    /// <summary>
    /// Whether a match key may be a definite adjective: the article, then a word ending in ي or in ة (folded to ه). Nouns
    /// ending in ة pass too; the rules that read this also look at what stands before the word.
    /// </summary>
    /// <summary>Prepositions a participle takes its complement with (<c>participle-prepositions.txt</c>), by key.</summary>
    private static readonly FrozenSet<string> ParticiplePrepositions =
        Khabar.Text.Resources.EmbeddedWordList.LoadKeys(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.participle-prepositions.txt");

    /// <summary>Whether the word at <paramref name="next"/> is a preposition that takes a participle's complement.</summary>
    private static bool TakesComplement(string[] surfaces, int next) =>
        next < surfaces.Length && ParticiplePrepositions.Contains(MatchKey.Of(surfaces[next]));

    /// <summary>A definite word shaped as a derived verb's participle: ال then م (المطلة، المجاورة، المتاخمة).</summary>
    private static bool IsParticiple(string key) => key.StartsWith("الم", StringComparison.Ordinal);

    private static bool IsDefiniteAdjective(string key) =>
        key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal) && (key.EndsWith('ي') || key.EndsWith('ه'));

    /// <summary>The match key of «آل», which names a family.</summary>
    private static readonly string Family = MatchKey.Of("آل");

    /// <summary>
    /// A person's name ends with its family («آل سعود») and the tribe's name after it, which carries the article or ends
    /// in ي (الشهراني، عسيري); another word there is the sentence's, not the name's («سلمان بن عبدالعزيز آل سعود برقية»,
    /// «عبداللطيف آل الشيخ قراراً»), and it leaves the run with whatever follows.
    /// </summary>
    private static void EndAfterFamily(string[] surfaces, int[] labels)
    {
        for (var i = 1; i + 2 < surfaces.Length; i++)
        {
            if (labels[i] != BioLabel.Inside(EntityType.Person) || labels[i + 1] != BioLabel.Inside(EntityType.Person)
                || labels[i + 2] != BioLabel.Inside(EntityType.Person) || !string.Equals(MatchKey.Of(surfaces[i]), Family, StringComparison.Ordinal))
            {
                continue;
            }

            var next = MatchKey.Of(surfaces[i + 2]);
            if (next.StartsWith("ال", StringComparison.Ordinal) || next.EndsWith('ي'))
            {
                continue;
            }

            for (var k = i + 2; k < labels.Length && BioLabel.IsInside(labels[k]); k++)
            {
                labels[k] = BioLabel.Outside;
            }
        }
    }

    /// <summary>Religious formulas that are no part of a name (<c>name-formulas.txt</c>), as key phrases.</summary>
    private static readonly FrozenSet<string> Formulas =
        Khabar.Text.Resources.EmbeddedWordList.LoadKeys(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.name-formulas.txt");

    /// <summary>Words in the longest formula.</summary>
    private static readonly int MaxFormulaWords = Formulas.Max(f => f.Count(c => c == ' ') + 1);

    /// <summary>
    /// A labelled run ends where a religious formula begins («فيصل يرحمه الله» → فيصل, «علي بن أبي طالب رضي الله عنه» →
    /// the name), and a run that begins with one is no name («والله ولي التوفيق», «بتوفيق الله تعالى»): the tagger, trained
    /// on newswire where such formulas are rare, took them for persons in press releases that close with them.
    /// </summary>
    private static void CutFormulas(string[] surfaces, int[] labels)
    {
        for (var i = 0; i < surfaces.Length; i++)
        {
            // A formula among words all left outside changes nothing: most of a text is skipped without reading a word.
            var reach = Math.Min(MaxFormulaWords, surfaces.Length - i);
            if (labels.AsSpan(i, reach).IndexOfAnyExcept(BioLabel.Outside) < 0)
            {
                continue;
            }

            var length = FormulaLength(surfaces, i);
            if (length == 0)
            {
                continue;
            }

            // The formula's words, labelled or not («تعالى» tagged alone after «الله»), and from there the rest of any run
            // they begin or hold, are no name.
            var k = i;
            for (; k < i + length; k++)
            {
                labels[k] = BioLabel.Outside;
            }

            for (; k < labels.Length && BioLabel.IsInside(labels[k]); k++)
            {
                labels[k] = BioLabel.Outside;
            }

            i += length - 1;
        }
    }

    /// <summary>Words of the formula that begins at token <paramref name="at"/> (its first word read with or without its proclitics), or 0.</summary>
    private static int FormulaLength(string[] surfaces, int at)
    {
        if (!MayBegin(surfaces[at], FormulaHeads))
        {
            return 0;
        }

        var phrase = new System.Text.StringBuilder();
        foreach (var reading in Proclitics.Readings(MatchKey.Of(surfaces[at])))
        {
            if (!FormulaStarts.Contains(reading))
            {
                continue;
            }

            phrase.Clear().Append(reading);
            for (var length = 1; length <= MaxFormulaWords && at + length <= surfaces.Length; length++)
            {
                if (length > 1)
                {
                    phrase.Append(' ').Append(MatchKey.Of(surfaces[at + length - 1]));
                }

                if (Formulas.Contains(phrase.ToString()))
                {
                    return length;
                }
            }
        }

        return 0;
    }

    /// <summary>The first word of each formula, by key.</summary>
    private static readonly FrozenSet<string> FormulaStarts = Formulas.Select(FirstWord).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a word that begins a formula may read as (<see cref="Heads"/>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FormulaHeads = Heads(FormulaStarts).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Two names joined by «و» that the tagger ran into one («موسكو وبيونغ يانغ» as an organisation): when the words
    /// before the «و» and those after it (without it) are each a name the lists give one type, and the whole is no
    /// listed name, the run becomes two runs of those types. A name with «و» inside it that the lists hold whole («هيئة
    /// الأمر بالمعروف والنهي عن المنكر») is left alone, as is any part the lists do not know.
    /// </summary>
    private void SplitCoordinatedNames(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        for (var s = 0; s < labels.Length; s++)
        {
            if (!BioLabel.IsBegin(labels[s]))
            {
                continue;
            }

            var e = EndOfRun(labels, s);

            for (var k = s + 1; k <= e; k++)
            {
                if (kinds[k] != TokenKind.ArabicWord || surfaces[k].Length < 3 || surfaces[k][0] != 'و')
                {
                    continue;
                }

                var right = string.Join(' ', [surfaces[k][1..], .. surfaces[(k + 1)..(e + 1)]]);
                if (gazetteer.OnlyTypeOf(string.Join(' ', surfaces[s..k])) is not { } before || gazetteer.OnlyTypeOf(right) is not { } after
                    || gazetteer.OfName(string.Join(' ', surfaces[s..(e + 1)])) != GazetteerKind.None)
                {
                    continue;
                }

                Relabel(s, k - 1, before);
                Relabel(k, e, after);
                break;
            }

            s = e;
        }

        void Relabel(int from, int to, EntityType type)
        {
            labels[from] = BioLabel.Begin(type);
            for (var k = from + 1; k <= to; k++)
            {
                labels[k] = BioLabel.Inside(type);
            }
        }
    }

    /// <summary>
    /// A place's run that ends in a country's adjective («الرقة السورية», «زيوريخ السويسرية») ends before it when the rest
    /// still names a place (<see cref="NamesAPlace"/>): the adjective says where the place is, not which, and the labels
    /// leave nationality adjectives outside places (they stay in a state body's name, «وزارة الدفاع الروسية»). An adjective
    /// is a country's when, without the article and its ending ي or ية, it is a place the lists hold, as written or with
    /// «ا», «يا» or the article (روسي → روسيا, صيني → الصين). A run the lists hold whole keeps it («الولايات المتحدة
    /// الأمريكية», «المملكة العربية السعودية»).
    /// </summary>
    private void CountryAdjectivesOutOfPlaces(string[] surfaces, int[] labels)
    {
        for (var s = 0; s < labels.Length; s++)
        {
            if (labels[s] != BioLabel.Begin(EntityType.Location))
            {
                continue;
            }

            var e = EndOfRun(labels, s);

            if (e > s && IsCountryAdjective(surfaces[e]) && gazetteer.OfName(string.Join(' ', surfaces[s..(e + 1)])) == GazetteerKind.None
                && NamesAPlace(surfaces[s..e]))
            {
                labels[e] = BioLabel.Outside;
            }

            s = e;
        }
    }

    /// <summary>
    /// Whether what is left of a place's run without its adjective still names a place: a place the lists hold («الرقة»
    /// of «الرقة السورية») or a word too rare in news to be a common noun («بيروجيا»). A common noun left alone means
    /// the adjective was part of the name («شبه الجزيرة الإيطالية», «الجزيرة السورية», «بالساحل السوري»).
    /// </summary>
    private bool NamesAPlace(string[] rest) =>
        gazetteer.OfName(string.Join(' ', rest)).HasFlag(GazetteerKind.Location)
        || (rest.Length == 1 && IsRare(MatchKey.Of(rest[0])));

    /// <summary>Whether a written word is a country's adjective with the article (الروسي، الروسية، الصيني).</summary>
    private bool IsCountryAdjective(string surface)
    {
        var key = MatchKey.Of(surface);
        if (key.Length < 5 || !key.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = key.EndsWith("يه", StringComparison.Ordinal) ? key[2..^2] : key.EndsWith('ي') ? key[2..^1] : null;
        if (stem is null || stem.Length < 2)
        {
            return false;
        }

        foreach (var place in (ReadOnlySpan<string>)[stem, stem + "ا", stem + "يا", "ال" + stem])
        {
            if (gazetteer.Of(place).HasFlag(GazetteerKind.Location))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of the run that begins at <paramref name="start"/>: the labels inside it that follow.</summary>
    private static int EndOfRun(int[] labels, int start)
    {
        var inside = BioLabel.Inside(BioLabel.TypeOf(labels[start]));
        var end = start;
        while (end + 1 < labels.Length && labels[end + 1] == inside)
        {
            end++;
        }

        return end;
    }

    /// <summary>Units of administration and state forms (<c>place-descriptors.txt</c>), by key.</summary>
    internal static readonly FrozenSet<string> PlaceDescriptors =
        Khabar.Text.Resources.EmbeddedWordList.LoadKeys(typeof(LabelRules).Assembly, "Khabar.Core.Entities.Resources.place-descriptors.txt");

    /// <summary>The match key of «أون».</summary>
    private static readonly string On = MatchKey.Of("أون");

    /// <summary>
    /// A place the tagger found only part of, or cut in two, whose whole the lists know: a place is named as the lists
    /// name it. The tagger took «المدينة» and «المنورة» for two places, «دير» of «دير الزور» and «روسيا» of «روسيا
    /// البيضاء» alone. The run takes the untagged or place words around it that make a listed place, up to two each
    /// side, the longest listed. A unit of administration or a state form (<c>place-descriptors.txt</c>: منطقة، محافظة،
    /// جمهورية) before a listed place stays out, as the project's labels keep a place's descriptor outside it (منطقة
    /// المدينة المنورة → المدينة المنورة); other words the lists hold as part of a name stay in (جنوب السودان, قناة
    /// السويس, روسيا البيضاء, دير الزور: other places than السودان, السويس, روسيا and دير). ANERcorp leaves an epithet out
    /// (مكة of مكة المكرمة, 37 times of 37), so `khabar tag`, scored in its scheme, writes labels without these rules.
    /// </summary>
    private void ExtendToListedPlaces(string[] surfaces, IReadOnlyList<TokenKind> kinds, int[] labels)
    {
        // Whether each of the three first words a run's phrases may take begins a longer entry: read once per run, not per
        // phrase (0 unknown, 1 no, 2 yes).
        Span<byte> starts = stackalloc byte[3];
        for (var s = 0; s < labels.Length; s++)
        {
            if (labels[s] != BioLabel.Begin(EntityType.Location))
            {
                continue;
            }

            var e = EndOfRun(labels, s);

            var (bestStart, bestEnd) = (s, e);
            starts.Clear();
            for (var left = 0; left <= 2; left++)
            {
                for (var right = 0; right <= 2; right++)
                {
                    var (from, to) = (s - left, e + right);
                    // Never into the middle of another place's run: its words either side of the cut would join this one.
                    if (left + right == 0 || from < 0 || to >= labels.Length || to - from <= bestEnd - bestStart
                        || !Untagged(from, s - 1) || !Untagged(e + 1, to) || BioLabel.IsInside(labels[from])
                        || (to + 1 < labels.Length && BioLabel.IsInside(labels[to + 1])))
                    {
                        continue;
                    }

                    // Most words begin no entry of two words or more: the phrase is only looked up when its first may.
                    if (starts[left] == 0)
                    {
                        starts[left] = StartsLongerEntry(surfaces[from]) ? (byte)2 : (byte)1;
                    }

                    if (starts[left] == 1 || !gazetteer.OfName(string.Join(' ', surfaces[from..(to + 1)])).HasFlag(GazetteerKind.Location))
                    {
                        continue;
                    }

                    // Whether the tagger left the descriptor outside or took it for a place of its own (سلطنة, عمان).
                    if (IsPlaceDescriptor(surfaces[from])
                        && gazetteer.OfName(string.Join(' ', surfaces[(from + 1)..(to + 1)])).HasFlag(GazetteerKind.Location))
                    {
                        continue; // a unit of administration before a listed place is its descriptor, outside it
                    }

                    (bestStart, bestEnd) = (from, to);
                }
            }

            labels[bestStart] = BioLabel.Begin(EntityType.Location);
            for (var k = bestStart + 1; k <= bestEnd; k++)
            {
                labels[k] = BioLabel.Inside(EntityType.Location);
            }

            s = bestEnd;
        }

        bool StartsLongerEntry(string surface)
        {
            foreach (var reading in Proclitics.Readings(MatchKey.Of(surface)))
            {
                if (gazetteer.StartsLongerEntry(reading))
                {
                    return true;
                }
            }

            return false;
        }

        bool IsPlaceDescriptor(string surface)
        {
            foreach (var reading in Proclitics.Readings(MatchKey.Of(surface)))
            {
                if (PlaceDescriptors.Contains(reading))
                {
                    return true;
                }
            }

            return false;
        }

        bool Untagged(int from, int to)
        {
            for (var k = from; k <= to; k++)
            {
                if ((labels[k] != BioLabel.Outside && BioLabel.TypeOf(labels[k]) != EntityType.Location) || kinds[k] != TokenKind.ArabicWord)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
