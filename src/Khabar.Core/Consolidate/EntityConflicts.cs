using Khabar.Core.Analyze;
using Khabar.Core.Consolidate.Stance;
using Khabar.Core.Entities;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Finds statements of different independent sources that say one thing of two different persons, places or
/// organisations: «استشهاد رقيب … في نجران» / «… في جازان», «داعش يتبنى الهجوم» / «القاعدة يتبنى الهجوم». Two short
/// leads (each its article's first sentence: where a report says who and where; on SaudiNewsNet, every such pair of
/// later sentences read was a list's items, a dateline, a reprint's house style or a spelling no merge caught;
/// docs/consolidation.md), within the claim gate's length, of one fact or at least <see cref="ConflictFinder.MinSimilarity"/> alike,
/// of one event when the story's events are given, not one outlet's, and not of articles that are copies of one text
/// beyond these sentences (<see cref="IndependentSources.ShareCopyBeside"/>: there a name changed is house style or
/// spelling, «داعش» for «الدولة الإسلامية», far more often than a correction), nor of duplicates naming two
/// organisations (an outlet's name for a group, even in a one-sentence brief), conflict when:
/// <list type="bullet">
/// <item>of the persons, places and organisations the story's resolved entities name in them, each names exactly one
/// that the other does not, both of one type (a merged spelling is one entity, so «سيول» / «سيئول» is no difference),
/// and not a country and its capital (<see cref="Capitals"/>: «واشنطن» for «الولايات المتحدة»);</item>
/// <item>each name has words of its own (not «جازان» inside «منطقة جازان»), and none of them stands anywhere in the
/// other sentence (a name the tagger missed there is still named);</item>
/// <item>without the two names, they say the same: at least <see cref="MinRestShared"/> content keys in common outside
/// their dates' words, and a Dice of at least <see cref="MinRestDice"/>;</item>
/// <item>they do not each give a number the other lacks (<see cref="StanceFeatures.OtherOccurrences"/>: two
/// occurrences of one kind of thing).</item>
/// </list>
/// A sentence naming two places of one event («من الرياض إلى جدة») names both, so it differs from one naming either
/// in nothing of its own. Pairs that share a sentence are one conflict; each side is an entity, its value the name
/// the story shows for it.
/// </summary>
internal static class EntityConflicts
{
    /// <summary>
    /// Content keys two sentences share besides the names they differ in and their dates' words, at the least. On the dev
    /// headline pairs 3 and 4 flag the same 17 entity pairs, 5 flag 16 and 6 flag 13; 4 keeps out a dateline («جدة 25
    /// شوال 1436 ه الموافق 10 اغسطس 2015 م واس» / «أملج …»), which shares three.
    /// </summary>
    public const int MinRestShared = 4;

    /// <summary>
    /// Dice of the two sentences' content keys without the names they differ in, at the least. On the dev headline pairs
    /// (docs/consolidation.md has the curve; measured before leads alone were compared) every value from 0.4 to 0.8 flags
    /// the same 18 of 43 contradictions by another name, and paraphrases flagged fall from 7 to 3 (the 3 flagged without
    /// this rule); 0.9 loses one.
    /// </summary>
    public const double MinRestDice = 0.8;

    public static List<(Conflict Conflict, int[] Sentences)> Find(
        StoryText story, IReadOnlyList<Entity> entities, IReadOnlyList<int[]> facts, SentencePairs pairs, IndependentSources sources,
        ClaimGate gate, int[]? eventOfArticle)
    {
        // Only leads are compared: each article's first sentence.
        var leads = story.Sentences.Where(s => s.Local == 0).ToList();
        if (leads.Count < 2)
        {
            return [];
        }

        var named = NamedIn(story, entities, leads);
        var all = new List<Entity>(entities);
        AddListedNames(story, leads, named, all, countryAdjectives: false);
        // A country named by its adjective («عاملة نظافة برازيلية»), read only where the names say no difference: an
        // adjective one telling adds to the same names («الرئيس الأمريكي أوباما» / «أوباما») is no second name told.
        var byOrigin = named.Select(n => n is null ? null : new Dictionary<int, Name>(n)).ToArray();
        AddListedNames(story, leads, byOrigin, all, countryAdjectives: true);
        entities = all;
        var factOf = new Dictionary<int, int>();
        for (var f = 0; f < facts.Count; f++)
        {
            foreach (var s in facts[f])
            {
                factOf[s] = f;
            }
        }

        var statements = new Statement?[story.Sentences.Count];
        Statement StatementOf(int s) => statements[s] ??= Statement.Of(story.TextOf(story.Sentences[s]), StanceCues.Default);
        var words = new HashSet<string>?[story.Sentences.Count];
        HashSet<string> WordsOf(int s) => words[s] ??= Forms(story.SpanOf(story.Sentences[s]), everyReading: true);
        HashSet<ulong> TimeKeys(StorySentence s) => [.. s.Dates.SelectMany(d => story.KeysIn(s, d.Start, d.Start + d.Length))];
        var edges = new List<(int A, int B, int EntityA, int EntityB)>();
        var swapped = new Dictionary<(EntityType, string), int>();
        var ordered = new (ContentTerm Term, ulong Key)[]?[story.Sentences.Count];
        (ContentTerm Term, ulong Key)[] OrderedTerms(StorySentence s) => ordered[s.Index] ??= Substitution.TermsOf(story, s);
        foreach (var (sa, sb) in leads.SelectMany((x, i) => leads.Skip(i + 1).Select(y => (x, y))))
        {
            var (a, b) = (sa.Index, sb.Index);
            // Candidates as for claims (ClaimConflicts.Candidates): one fact, or alike enough.
            if ((factOf.GetValueOrDefault(a, -1) != factOf.GetValueOrDefault(b, -2) && pairs[a, b] < ConflictFinder.MinSimilarity)
                || (eventOfArticle is not null && eventOfArticle[sa.Article] != eventOfArticle[sb.Article])
                || story.KeysOf(sa).Length > gate.MaxWords || story.KeysOf(sb).Length > gate.MaxWords
                || sources.SameOutletOrText(sa, sb))
            {
                continue;
            }

            // The names each tells the other does not; or, where the lists and the tagger tell none apart, the one run of
            // words the two change, when both runs are names.
            Substitution? swap = null;
            var swapRead = false;
            Substitution? Swap()
            {
                if (!swapRead)
                {
                    (swapRead, swap) = (true, Substitution.Of(story, sa, OrderedTerms(sa), sb, OrderedTerms(sb)));
                }

                return swap;
            }

            var told = Told(named[a], named[b]) ?? (SameNames(named[a], named[b]) ? Told(byOrigin[a], byOrigin[b]) : null);
            if (told is null && Swap() is { } found)
            {
                told = SwappedNames(story, found, all, swapped);
            }

            if (told is not (var na, var nb, var ea, var eb)
                || entities[ea].Type != entities[eb].Type
                || (entities[ea].Type == EntityType.Location && Capitals.Default.OnePlace(na[ea].Forms, nb[eb].Forms))
                // One name in Latin letters, the other in Arabic, that may be one body in two scripts («STC» / «الاتصالات السعودية»).
                || na[ea].MaybeOneInTwoScripts(nb[eb])
                // Names inside the one run the sentences change are told apart by where they stand: a word of one
                // elsewhere in the other («التعصب الرياضي … بالرياض») does not make it named there.
                || !(SameRest(story.KeysOf(sa), na[ea], WordsOf(a), TimeKeys(sa), story.KeysOf(sb), nb[eb], WordsOf(b), MinRestDice)
                    || (Swap() is { } run && run.HoldsA(na[ea].Keys) && run.HoldsB(nb[eb].Keys)
                        && SameRest(story.KeysOf(sa), na[ea], [], TimeKeys(sa), story.KeysOf(sb), nb[eb], [], MinRestDice)))
                || sources.ShareCopyBeside(sa, sb)
                || (entities[ea].Type == EntityType.Organization && sources.Duplicates(sa, sb))
                || StanceFeatures.OtherOccurrences(StatementOf(a), StatementOf(b)))
            {
                continue;
            }

            edges.Add((a, b, ea, eb));
        }

        return Group(story, entities, edges);
    }

    /// <summary>
    /// For each lead, the persons, places and organisations named in it (indexes into <paramref name="entities"/>) with
    /// the content keys of their names as written there; null for a sentence that names none or is no lead.
    /// </summary>
    private static Dictionary<int, Name>?[] NamedIn(StoryText story, IReadOnlyList<Entity> entities, List<StorySentence> leads)
    {
        var leadOf = leads.ToDictionary(s => s.Article);
        var named = new Dictionary<int, Name>?[story.Sentences.Count];
        var articleOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < story.Articles.Count; i++)
        {
            articleOf.TryAdd(story.Articles[i].Id, i);
        }

        for (var e = 0; e < entities.Count; e++)
        {
            if (entities[e].Type is not (EntityType.Person or EntityType.Location or EntityType.Organization))
            {
                continue;
            }

            foreach (var mention in entities[e].Mentions)
            {
                if (articleOf.TryGetValue(mention.Article, out var article) && leadOf.TryGetValue(article, out var sentence)
                    && mention.Start >= sentence.Extent.Start && mention.Start < sentence.Extent.End)
                {
                    var keys = story.DistinctiveKeys(sentence, mention.Start, mention.Start + mention.Length, maxShare: 1);
                    var forms = Forms(mention.Text);
                    var of = named[sentence.Index] ??= [];
                    if (of.TryGetValue(e, out var known))
                    {
                        known.Keys.UnionWith(keys);
                        known.Forms.UnionWith(forms);
                    }
                    else
                    {
                        of[e] = new Name(keys, forms, mention.Text);
                    }
                }
            }
        }

        return named;
    }

    /// <summary>
    /// Adds to <paramref name="named"/> the words of each lead that the lists know as exactly one of person, place or
    /// organisation (<see cref="Gazetteer.OfWord(ReadOnlySpan{char})"/>, through «و» «ب» «ال» and the like) where no mention
    /// of the story stands: the tagger, reading a headline or a one-line flash with little context, misses names
    /// («… لنزلاء مجمع الأمل.. بالدمام»). Each listed name read so becomes an entity of its own in <paramref name="all"/>,
    /// one per type and name, shown as written without its proclitics.
    /// </summary>
    private static void AddListedNames(StoryText story, List<StorySentence> leads, Dictionary<int, Name>?[] named, List<Entity> all, bool countryAdjectives)
    {
        var covered = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        foreach (var entity in all)
        {
            foreach (var mention in entity.Mentions)
            {
                (covered.TryGetValue(mention.Article, out var spans) ? spans : covered[mention.Article] = []).Add((mention.Start, mention.Start + mention.Length));
            }
        }

        var listed = new Dictionary<(EntityType, string), int>();
        foreach (var lead in leads)
        {
            var article = story.Articles[lead.Article];
            var text = story.SpanOf(lead);
            covered.TryGetValue(article.Id, out var spans);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                var (start, end) = (lead.Extent.Start + token.Start, lead.Extent.Start + token.Start + token.Length);
                if (token.Kind != TokenKind.ArabicWord || token.Length > 64 || (spans is not null && spans.Exists(m => m.Start < end && start < m.End)))
                {
                    continue;
                }

                var key = MatchKey.Of(token.Of(text).ToString());
                foreach (var reading in Proclitics.Readings(key))
                {
                    if (StopWords.Default.Contains(reading))
                    {
                        break; // «على» folds to the name «علي», and «فعلي» read without its «ف» is «علي» too
                    }

                    var kind = !countryAdjectives
                        ? Gazetteer.Default.Of(reading) & (GazetteerKind.Person | GazetteerKind.Location | GazetteerKind.Organization)
                        : PlaceAdjectives.HasAdjectiveEnding(reading) && Gazetteer.Default.Of(reading) == GazetteerKind.None && Capitals.Default.IsCountry(Forms(reading))
                            ? GazetteerKind.Location
                            : GazetteerKind.None;

                    if (kind == GazetteerKind.None)
                    {
                        continue;
                    }

                    if (OnlyType(kind) is { } t) // listed as two kinds: not told here
                    {
                        var written = token.Of(text).ToString();
                        var shown = Shown(Bare(written), key, reading);
                        if (countryAdjectives && Bare(written) is var bare && bare.Length > shown.Length + 1 && bare.EndsWith(shown, StringComparison.Ordinal)
                            && bare.AsSpan(0, bare.Length - shown.Length).EndsWith("ال"))
                        {
                            shown = "ال" + shown; // an adjective keeps its article: «الألماني», not «ألماني»
                        }

                        if (!listed.TryGetValue((t, reading), out var e))
                        {
                            e = all.Count;
                            listed[(t, reading)] = e;
                            all.Add(new Entity($"listed-{e}", t, shown, null, [shown], null, [new SourcedMention(article.Id, start, token.Length, written)]));
                        }

                        (named[lead.Index] ??= []).TryAdd(e, new Name(story.DistinctiveKeys(lead, start, end, maxShare: 1), Forms(written), written));
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// The names of the one run of words two sentences change (<see cref="Substitution"/>), when each run is a name: a
    /// mention the tagger made there (of any type), a word the lists know as one of person, place or organisation, a
    /// country's adjective («الشعب الكولومبي» / «الإكوادوري»), a word in Latin letters, or a word that says what kind
    /// of organisation or place a name is (<see cref="RunName"/>). The type is the first run's when known, else the
    /// second's; runs of two known different types, or of no known type, are not told.
    /// Each run becomes an entity of its own in <paramref name="all"/> (one per type and text), its mention the run.
    /// </summary>
    private static (Dictionary<int, Name>, Dictionary<int, Name>, int, int)? SwappedNames(
        StoryText story, Substitution swap, List<Entity> all, Dictionary<(EntityType, string), int> swapped)
    {
        // Runs the resolver (or the lists) already read as one name («شويغو» / «شويجو») are one name told two ways.
        var articleA = story.Articles[swap.A.Article].Id;
        var articleB = story.Articles[swap.B.Article].Id;
        if (all.Exists(e => e.Mentions.Any(m => In(m, articleA, swap.StartA, swap.EndA)) && e.Mentions.Any(m => In(m, articleB, swap.StartB, swap.EndB))))
        {
            return null;
        }

        var a = RunName(story, swap.A, swap.StartA, swap.EndA);
        var b = RunName(story, swap.B, swap.StartB, swap.EndB);
        // Both runs wholly names, each with a word that is a name and not only says what kind: a run partly a name
        // («STC الأولى» / «الاتصالات السعودية تتصدر») says something else besides, a word no list knows against a name
        // («الصحف الرياضية» / «الصحف الإسبانية») is mostly no name, and «الشركة» against «أرامكو» is one told two ways.
        // A name the tagger found to be neither person, place nor organisation (Misc: «كأس آسيا») keeps that type.
        if (!a.Whole || !b.Whole || (a.Type is { } x && b.Type is { } y && x != y)
            || (a.Type ?? b.Type) is not { } type || type is not (EntityType.Person or EntityType.Location or EntityType.Organization))
        {
            return null;
        }

        int EntityOf(StorySentence sentence, int start, int end)
        {
            var article = story.Articles[sentence.Article].Article;
            var written = article.CleanText[start..end];
            var shown = WithoutProcliticsBeforeArticle(written);
            if (!swapped.TryGetValue((type, shown), out var e))
            {
                e = all.Count;
                swapped[(type, shown)] = e;
                all.Add(new Entity($"swapped-{e}", type, shown, null, [shown], null, [new SourcedMention(article.Id, start, end - start, written)]));
            }

            return e;
        }

        var (ea, eb) = (EntityOf(swap.A, swap.StartA, swap.EndA), EntityOf(swap.B, swap.StartB, swap.EndB));
        if (ea == eb)
        {
            return null;
        }

        Name NameOf(StorySentence sentence, int start, int end) =>
            new(story.DistinctiveKeys(sentence, start, end, maxShare: 1), Forms(story.Articles[sentence.Article].Article.CleanText.AsSpan(start, end - start)),
                story.Articles[sentence.Article].Article.CleanText[start..end]);
        return (new() { [ea] = NameOf(swap.A, swap.StartA, swap.EndA) }, new() { [eb] = NameOf(swap.B, swap.StartB, swap.EndB) }, ea, eb);
    }

    /// <summary>Whether a mention is of an article and overlaps a stretch of its clean text.</summary>
    private static bool In(SourcedMention mention, string article, int start, int end) =>
        string.Equals(mention.Article, article, StringComparison.Ordinal) && mention.Start < end && start < mention.Start + mention.Length;

    /// <summary>
    /// A name as written without what stands before its article («بالرياض» → «الرياض», «للمدينة» → «المدينة»), or without
    /// the «ل» before a listed name that itself begins with «ل» («للبنان» → «لبنان»). As written when its match key does
    /// not line up letter for letter (short vowels, a dropped hamza).
    /// </summary>
    private static string WithoutProcliticsBeforeArticle(string written)
    {
        var key = MatchKey.Of(written);
        if (key.Length != written.Length || !Proclitics.HasArticle(key))
        {
            return written;
        }

        var before = Proclitics.Length(key);
        if (!key.AsSpan(before - 2).StartsWith("لل"))
        {
            return written[(before - 2)..];
        }

        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? key[(before - 1)..] : key[(before - 1)..space];
        return Gazetteer.Default.Of(word) != GazetteerKind.None ? written[(before - 1)..] : "ال" + written[before..];
    }

    /// <summary>What a changed run of words (offsets into its article's clean text) is, as a name (<see cref="RunName"/>).</summary>
    private readonly record struct RunReading(int Words, int Named, int Proper, EntityType? Type)
    {
        /// <summary>Every content word of the run is a name's, and one at least is a name itself, not a word of kind.</summary>
        public bool Whole => Words > 0 && Named == Words && Proper > 0;
    }

    /// <summary>
    /// How much of a run of words (offsets into its article's clean text) a name covers, and its type when known. A
    /// content word is a name's when a mention of the tagger takes it in (its type, Misc too), the lists know it as one of
    /// person, place or organisation, it is a country's adjective, it is written in Latin letters (taken for an
    /// organisation); or, without being a name itself, when it says what kind of organisation or place a name is
    /// («جامعة», «محافظة»: no type).
    /// </summary>
    private static RunReading RunName(StoryText story, StorySentence sentence, int start, int end)
    {
        var article = story.Articles[sentence.Article];
        EntityType? type = null;
        var (named, proper, words) = (0, 0, 0);
        var text = article.Article.CleanText.AsSpan(start, end - start);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord) || token.Length > 64)
            {
                continue;
            }

            var key = MatchKey.Of(token.Of(text).ToString());
            if (StopWords.Default.Contains(key))
            {
                continue;
            }

            words++;
            var (from, to) = (start + token.Start, start + token.Start + token.Length);
            var mention = article.Analysis.Mentions.FirstOrDefault(m => m.Start < to && from < m.Start + m.Length);
            if (token.Kind == TokenKind.LatinWord)
            {
                (named, proper) = (named + 1, proper + 1);
                type ??= mention?.Type ?? EntityType.Organization;
                continue;
            }

            if (mention is not null)
            {
                (named, proper) = (named + 1, proper + 1);
                type ??= mention.Type;
                continue;
            }

            foreach (var reading in Proclitics.Readings(key))
            {
                if (StopWords.Default.Contains(reading))
                {
                    break;
                }

                var kind = Gazetteer.Default.Of(reading) & (GazetteerKind.Person | GazetteerKind.Location | GazetteerKind.Organization);
                var listed = kind != GazetteerKind.None ? OnlyType(kind)
                    : PlaceAdjectives.HasAdjectiveEnding(reading) && Capitals.Default.IsCountry(Forms(reading)) ? EntityType.Location : (EntityType?)null;
                if (listed is not null || kind != GazetteerKind.None)
                {
                    (named, proper) = (named + 1, proper + 1);
                    type ??= listed;
                    break;
                }

                // A word that says what kind of organisation or place a name is (EntityResolver's and LabelRules' lists).
                if (EntityResolver.Descriptors.Contains(reading) || LabelRules.PlaceDescriptors.Contains(reading))
                {
                    named++;
                    break;
                }
            }
        }

        return new RunReading(words, named, proper, type);
    }

    /// <summary>The one entity type a gazetteer kind is, or null for none or several.</summary>
    private static EntityType? OnlyType(GazetteerKind kind) => kind switch
    {
        GazetteerKind.Person => EntityType.Person,
        GazetteerKind.Location => EntityType.Location,
        GazetteerKind.Organization => EntityType.Organization,
        _ => null,
    };

    /// <summary>
    /// A listed name as the text writes it, without what came off for the reading: the written word's last letters
    /// (its spelling, «جدة» not the folded «جده»), or after «لل» the article put back («للرياض» → «الرياض»). The reading
    /// itself when the letters do not line up.
    /// </summary>
    private static string Shown(string bare, string key, string reading)
    {
        if (bare.Length == key.Length && key.EndsWith(reading, StringComparison.Ordinal))
        {
            return bare[(key.Length - reading.Length)..];
        }

        return bare.Length == key.Length && key.StartsWith("لل", StringComparison.Ordinal) && reading.Length == key.Length
            && reading.StartsWith("ال", StringComparison.Ordinal) && key.AsSpan(2).SequenceEqual(reading.AsSpan(2))
            ? "ال" + bare[2..]
            : reading;
    }

    /// <summary>A written word without its short-vowel marks and tatweel, letter for letter as its match key.</summary>
    internal static string Bare(string written) =>
        string.Concat(written.Where(c => c is not ('\u0640' or (>= '\u064B' and <= '\u065F') or '\u0670')));

    /// <summary>Two sentences' names when each names exactly one entity the other does not, with those two.</summary>
    private static (Dictionary<int, Name> X, Dictionary<int, Name> Y, int OwnX, int OwnY)? Told(Dictionary<int, Name>? x, Dictionary<int, Name>? y) =>
        x is not null && y is not null && OnlyOne(x, y) is { } ownX && OnlyOne(y, x) is { } ownY ? (x, y, ownX, ownY) : null;

    /// <summary>Whether two sentences name the same entities (or none).</summary>
    private static bool SameNames(Dictionary<int, Name>? x, Dictionary<int, Name>? y) =>
        (x?.Count ?? 0) == (y?.Count ?? 0) && (x is null || x.Keys.All(e => y!.ContainsKey(e)));

    /// <summary>The one entity <paramref name="x"/> names and <paramref name="y"/> does not, or null when none or several.</summary>
    private static int? OnlyOne(Dictionary<int, Name> x, Dictionary<int, Name> y)
    {
        int? only = null;
        foreach (var e in x.Keys)
        {
            if (!y.ContainsKey(e))
            {
                if (only is not null)
                {
                    return null;
                }

                only = e;
            }
        }

        return only;
    }

    /// <summary>
    /// Whether two sentences say the same thing but for one name each: each name has words of its own that the other
    /// sentence does not write in any form (<see cref="Forms"/>), and the content keys left without the two names
    /// agree: Dice at least <paramref name="minDice"/>, and <see cref="MinRestShared"/> of the shared ones outside
    /// <paramref name="time"/> (the words of the first sentence's dates: a dateline «جدة 25 شوال 1436 ه الموافق 10 اغسطس»
    /// says nothing but where it was filed).
    /// </summary>
    private static bool SameRest(ReadOnlySpan<ulong> a, Name nameA, HashSet<string> wordsA, HashSet<ulong> time, ReadOnlySpan<ulong> b, Name nameB, HashSet<string> wordsB, double minDice)
    {
        var ownA = nameA.Forms.Where(f => !nameB.Forms.Contains(f)).ToList();
        var ownB = nameB.Forms.Where(f => !nameA.Forms.Contains(f)).ToList();
        if (ownA.Count == 0 || ownB.Count == 0 || ownA.Any(wordsB.Contains) || ownB.Any(wordsA.Contains))
        {
            return false;
        }

        var (restA, restB, shared, said) = (0, 0, 0, 0);
        foreach (var k in a)
        {
            if (!nameA.Keys.Contains(k))
            {
                restA++;
                var both = b.Contains(k) && !nameB.Keys.Contains(k);
                shared += both ? 1 : 0;
                said += both && !time.Contains(k) ? 1 : 0;
            }
        }

        foreach (var k in b)
        {
            restB += nameB.Keys.Contains(k) ? 0 : 1;
        }

        return said >= MinRestShared && 2.0 * shared / (restA + restB) >= minDice;
    }

    /// <summary>
    /// The forms of a text's words a name is compared by: each word's match key without the article and what is written
    /// before it (بالرياض → رياض) and without an ending that makes a name an adjective or a plural of it (إيراني → إيران،
    /// السعودية → سعودي → سعود، روسيا → روس), so that a place named by its adjective («الاتفاق النووي الإيراني») is still
    /// named. A one-letter proclitic without the article is ambiguous (فرنسا، بريطانيا، لبنان begin with one), so a name's
    /// words keep it; with <paramref name="everyReading"/> (the words a name is looked for among) each word gives its form
    /// without it as well (بجازان → بجازان، جازان).
    /// </summary>
    internal static HashSet<string> Forms(ReadOnlySpan<char> text, bool everyReading = false)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[MatchKey.MaxLength(64)];
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord && token.Length <= 64)
            {
                var key = buffer[..MatchKey.Write(token.Of(text), buffer)];
                forms.Add(FormOf(key).ToString());
                if (everyReading)
                {
                    forms.Add(Base(Proclitics.Core(key)).ToString());
                }
            }
        }

        return forms;
    }

    /// <summary>The form one word's match key is compared by (<see cref="Forms"/>): without the article and an adjective's or plural's ending.</summary>
    internal static ReadOnlySpan<char> FormOf(ReadOnlySpan<char> key) => Base(WithoutArticle(key));

    /// <summary>A match key without its proclitics when they end with the article (والرياض، بالرياض، للرياض → رياض); the key itself otherwise.</summary>
    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> key) => Proclitics.HasArticle(key) ? Proclitics.Core(key) : key;

    /// <summary>The longest of these endings, when three letters are left: يين يون يه يا ي ه ا.</summary>
    private static ReadOnlySpan<char> Base(ReadOnlySpan<char> core)
    {
        foreach (var ending in (ReadOnlySpan<string>)["يين", "يون", "يه", "يا", "ي", "ه", "ا"])
        {
            if (core.Length - ending.Length >= 3 && core.EndsWith(ending, StringComparison.Ordinal))
            {
                return core[..^ending.Length];
            }
        }

        return core;
    }

    /// <summary>An entity as one sentence names it: the content keys of its mentions there, and their words' <see cref="Forms"/>.</summary>
    private sealed record Name(HashSet<ulong> Keys, HashSet<string> Forms, string Written)
    {
        /// <summary>Whether the name is written in Latin letters (a word of it at least).</summary>
        public bool InLatin => Written.Any(char.IsAsciiLetter);

        /// <summary>
        /// Whether this name and <paramref name="other"/> may be one body written in two scripts: one in Latin letters and
        /// the other not, and the Latin one an acronym («STC», which no letters tie to «الاتصالات السعودية») or sounding
        /// as the other (<see cref="NameKey"/>: «Google» / «غوغل»). «CNN» / «الجزيرة» is thereby not told; «Google» /
        /// «مايكروسوفت» is.
        /// </summary>
        public bool MaybeOneInTwoScripts(Name other)
        {
            if (InLatin == other.InLatin)
            {
                return false;
            }

            var (latin, arabic) = InLatin ? (Written, other.Written) : (other.Written, Written);
            var letters = latin.Where(char.IsAsciiLetter).ToList();
            return letters.TrueForAll(char.IsAsciiLetterUpper) || NameKey.Of(latin) == NameKey.Of(arabic);
        }
    }

    /// <summary>
    /// Joins conflicting pairs that share a sentence into one conflict whose sides are the entities named, each
    /// sentence on the side of the entity it named alone in its first pair, one quote per article; the side with the
    /// most articles first.
    /// </summary>
    private static List<(Conflict, int[])> Group(StoryText story, IReadOnlyList<Entity> entities, List<(int A, int B, int EntityA, int EntityB)> edges)
    {
        var neighbours = new Dictionary<int, List<int>>();
        var sideOf = new Dictionary<int, int>();
        foreach (var (a, b, ea, eb) in edges)
        {
            (neighbours.TryGetValue(a, out var na) ? na : neighbours[a] = []).Add(b);
            (neighbours.TryGetValue(b, out var nb) ? nb : neighbours[b] = []).Add(a);
            sideOf.TryAdd(a, ea);
            sideOf.TryAdd(b, eb);
        }

        var seen = new HashSet<int>();
        var found = new List<(Conflict, int[])>();
        foreach (var start in neighbours.Keys.Order())
        {
            if (!seen.Add(start))
            {
                continue;
            }

            var members = new List<int>();
            var queue = new Queue<int>([start]);
            while (queue.TryDequeue(out var s))
            {
                members.Add(s);
                foreach (var next in neighbours[s])
                {
                    if (seen.Add(next))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            var placed = new HashSet<int>();
            var sides = new List<(ConflictSide Side, int Articles, int First)>();
            foreach (var side in members.Order().GroupBy(m => sideOf[m]))
            {
                var quotes = side.Select(s => story.Sentences[s]).Where(s => placed.Add(s.Article)).Select(story.QuoteOf).ToList();
                if (quotes.Count > 0)
                {
                    sides.Add((new ConflictSide(entities[side.Key].Name, quotes), quotes.Count, side.First()));
                }
            }

            if (sides.Count >= 2)
            {
                var kind = entities[sideOf[start]].Type switch
                {
                    EntityType.Person => ConflictKind.Person,
                    EntityType.Location => ConflictKind.Place,
                    _ => ConflictKind.Organization,
                };
                found.Add((new Conflict(kind, "", "", [.. sides.OrderByDescending(s => s.Articles).ThenBy(s => s.First).Select(s => s.Side)]), [.. members.Order()]));
            }
        }

        return found;
    }
}
