using Khabar.Core.Analyze;
using Khabar.Core.Entities.Tagging;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Entities;

/// <summary>
/// Merges the mentions of one article, or of all the articles of a story, into entities. Two written forms are
/// one entity when every word matches by name key (شويغو = شويجو = Shoigu; سيول = سيئول), or when they are the
/// same equipment model (Tu-160 = توبوليف 160), or when the lists give them one English name (أمريكا = الولايات المتحدة,
/// <c>latin-translations.txt</c>) and their mentions the same type. A shorter form joins a longer one whose words it repeats
/// (شويغو → سيرغي شويغو) when one longer name fits, or when it fits several but not only as their first word, then
/// the most mentioned; a first name shared by two people (سيرغي) stays on its own. A designator's bare name joins its
/// numbered form whatever its type (كوفيد → كوفيد-19), and an organisation named again by its kind and some of its words
/// joins the one organisation that holds them (الوكالة الكورية → وكالة الأنباء المركزية الكورية). A name's type is the one the
/// gazetteer gives it, else the majority of its mentions (a tie: the type of the form shown). Before any of this, a
/// known person's short form that the tagger ran into a common word is cut back (<see cref="StoryPersonMentions"/>).
/// </summary>
/// <param name="names">The romanization list's name words (<see cref="NameWords.Default"/> when null): what tells a glued «و» from a name's own.</param>
public sealed class EntityResolver(EquipmentFamilies families, LatinNames latinNames, Gazetteer gazetteer, NameWords? names = null)
{
    private readonly NameWords _nameWords = names ?? NameWords.Default;

    /// <summary>Honorifics that are no role on their own (<c>honorifics.txt</c>), by key phrase.</summary>
    private static readonly FrozenSet<string> Honorifics = EmbeddedWordList.LoadKeys(typeof(EntityResolver).Assembly, "Khabar.Core.Entities.Resources.honorifics.txt");

    // What a written form reduces to, its English name and its romanization are functions of the form (and type)
    // alone, and the same names recur story after story: each is worked out once per resolver.
    private readonly NameMemo<string, NameForm> _forms = new(StringComparer.Ordinal);

    private readonly NameMemo<(string, EntityType), string?> _translations = new();

    private readonly NameMemo<(string, EntityType), string?> _romanized = new();

    public IReadOnlyList<Entity> Resolve(IEnumerable<(string Article, IReadOnlyList<EntityMention> Mentions)> articles)
    {
        articles = StoryPersonMentions.Rewrite(articles, gazetteer, TermWeights.Default);
        var forms = new List<FormGroup>();
        var byKey = new Dictionary<(string, EntityType), FormGroup>();
        foreach (var (article, mentions) in articles)
        {
            foreach (var mention in mentions)
            {
                var surface = mention.Text.Trim();
                var key = (surface, MentionType(mention.Type, surface));
                if (!byKey.TryGetValue(key, out var group))
                {
                    group = new FormGroup(_forms.Get(surface, families, static (s, f) => NameForm.Of(s, f)), key.Item2, forms.Count);
                    byKey[key] = group;
                    forms.Add(group);
                }

                group.Mentions.Add((new SourcedMention(article, mention.Start, mention.Length, mention.Text), mention.Role));
            }
        }

        var parent = Enumerable.Range(0, forms.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        void Union(int a, int b)
        {
            (a, b) = (Find(a), Find(b));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        // Same name, word for word (or the same equipment model), whatever type the tagger gave each mention.
        for (var a = 0; a < forms.Count; a++)
        {
            for (var b = a + 1; b < forms.Count; b++)
            {
                if (forms[a].Form.SameName(forms[b].Form))
                {
                    Union(a, b);
                }
            }
        }

        // Organisations named with and without the words that say what kind they are (وكالة، الأنباء): a name left
        // the same once they are dropped is one organisation, whether the other form had them or not, when the other
        // is an organisation by its mentions or by the lists (the tagger may have typed a bare name otherwise).
        var stripped = forms.Select(f => f.Type == EntityType.Organization ? WithoutDescriptors(f.Form) : "").ToArray();
        var anyStripped = stripped.Any(s => s.Length > 0);
        var bare = anyStripped ? forms.Select(f => string.Join(' ', f.Form.Words.Select(w => Bare(w.Spellings[^1])))).ToArray() : [];
        var organization = anyStripped ? forms.Select(f => f.Type == EntityType.Organization || gazetteer.OnlyTypeOf(f.Form.Surface) == EntityType.Organization).ToArray() : [];
        for (var a = 0; a < forms.Count && anyStripped; a++)
        {
            if (stripped[a].Length == 0)
            {
                continue;
            }

            for (var b = 0; b < forms.Count; b++)
            {
                if (b != a && organization[b] && (stripped[b] == stripped[a] || bare[b] == stripped[a]))
                {
                    Union(a, b);
                }
            }
        }

        // An organisation named again by its kind with the article and some of its other words («الوكالة الكورية» after
        // «وكالة الأنباء المركزية الكورية»): the words, descriptors dropped, are those of one organisation's name in
        // order, with words between. Joined only when exactly one organisation of the same kind has them all.
        for (var a = 0; a < forms.Count && anyStripped; a++)
        {
            if (DefiniteKind(forms[a]) is not { } kind || stripped[a].Length == 0)
            {
                continue;
            }

            var words = stripped[a].Split(' ');
            var fits = Enumerable.Range(0, forms.Count)
                .Where(b => b != a && forms[b].Type == EntityType.Organization && stripped[b].Length > 0
                    && Bare(forms[b].Form.Words[0].Spellings[^1]) == kind && IsSubsequence(words, stripped[b].Split(' ')))
                .Select(Find).Distinct().ToList();
            if (fits.Count == 1)
            {
                Union(a, fits[0]);
            }
        }

        // Names the lists give one English name are one thing, however unlike they are written (أمريكا and الولايات
        // المتحدة → United States; حماس and حركة المقاومة الإسلامية → Hamas), when their mentions agree on its type.
        var byTranslation = new Dictionary<(string, EntityType), int>();
        for (var a = 0; a < forms.Count; a++)
        {
            // A Latin-script mention is its own English name («United States» joins «أمريكا»).
            forms[a].English = forms[a].Form.IsLatin ? null : _translations.Get((forms[a].Form.Surface, forms[a].Type), (Resolver: this, forms[a].Form), static (key, state) => state.Resolver.TranslationOf(state.Form, key.Item2));
            var english = forms[a].Form.IsLatin ? forms[a].Form.Surface : forms[a].English;
            if (english is null)
            {
                continue;
            }

            if (byTranslation.TryGetValue((english, forms[a].Type), out var first))
            {
                Union(a, first);
            }
            else
            {
                byTranslation[(english, forms[a].Type)] = a;
            }
        }

        // Short forms join the longer name they are part of. Several candidates are a shared given name when the
        // short form is only ever their first word (سيرغي); otherwise the most mentioned name takes it (كيم).
        foreach (var shorter in forms.OrderByDescending(f => f.Form.Words.Length))
        {
            // A form already joined to a longer name (by its spelling twin) is placed.
            var root = Find(shorter.Index);
            if (forms.Any(f => f.Form.Words.Length > shorter.Form.Words.Length && Find(f.Index) == root))
            {
                continue;
            }

            // A place is not the airport, port or road named after it («عدن», «مطار عدن الدولي»): a form the lists know as
            // a name that follows a place's kind word in a longer name is another thing than that name. A form no list
            // knows is the thing itself named without its kind word («كنيفيتشي» for «مطار كنيفيتشي»).
            var knownPlace = gazetteer.OfName(shorter.Form.Surface) != GazetteerKind.None;
            var candidates = forms
                .Where(longer => longer.Type == shorter.Type || IsNumberedOf(shorter, longer))
                .Select(longer => (Root: Find(longer.Index), Position: shorter.Form.PositionIn(longer.Form), Longer: longer))
                .Where(c => c.Position >= 0 && c.Root != Find(shorter.Index)
                    && !(knownPlace && c.Position > 0 && IsPlaceKind(c.Longer.Form.Words[c.Position - 1])))
                .Select(c => (c.Root, c.Position))
                .ToList();
            var roots = candidates.Select(c => c.Root).Distinct().ToList();

            // A given name close to another person's (سيرغي, سيرجي) is shared, even when spelt like only one.
            var sharedGivenName = roots.Count == 1 && candidates.All(c => c.Position == 0) && forms
                .Where(longer => longer.Type == shorter.Type && Find(longer.Index) != roots[0] && Find(longer.Index) != Find(shorter.Index))
                .Any(longer => shorter.Form.PositionIn(longer.Form, close: true) == 0);
            if (sharedGivenName)
            {
                continue;
            }

            if (roots.Count == 1)
            {
                Union(shorter.Index, roots[0]);
            }
            else if (roots.Count > 1 && candidates.Any(c => c.Position > 0))
            {
                var mentionsOf = roots.ToDictionary(r => r, r => forms.Where(f => Find(f.Index) == r).Sum(f => f.Mentions.Count));
                var ranked = roots.OrderByDescending(r => mentionsOf[r]).ToList();
                if (mentionsOf[ranked[0]] > mentionsOf[ranked[1]])
                {
                    Union(shorter.Index, ranked[0]);
                }
            }
        }

        var entities = forms
            .GroupBy(f => Find(f.Index))
            .Select(g => Build(g.ToList()))
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Mentions[0].Article, StringComparer.Ordinal)
            .ThenBy(e => e.Mentions[0].Start)
            .ToList();
        return entities.Select((e, i) => e with { Id = $"e{i + 1}" }).ToList();
    }

    private Entity Build(List<FormGroup> group)
    {
        var mentions = group.SelectMany(f => f.Mentions).ToList();

        // The name to show: the fullest Arabic-script form without a proclitic, the most often written of those.
        var arabic = group.Where(f => !f.Form.IsLatin).ToList();
        var shown = (arabic.Count > 0 ? arabic : group)
            .OrderByDescending(f => f.Form.Words.Length)
            .ThenBy(f => HasProcliticOf(f, group) ? 1 : 0)
            .ThenByDescending(f => f.Mentions.Count)
            .ThenBy(f => f.Form.Surface.Length)
            .ThenBy(f => f.Form.Surface, StringComparer.Ordinal)
            .First();
        // A name the lists hold is shown as they name it when the text writes it so more often than the fuller form no
        // list knows: a place or body in any case («العقبة», written 12 times, not «العقبة الاقتصادية», once, from the
        // economic zone's name); a person when the fuller form is that name with words after it, which a name run took
        // from the sentence («كيم جونغ أون» over «كيم جونغ أون سيحضر»), never a surname over the full name.
        var person = group.Any(f => f.Type == EntityType.Person);
        if (gazetteer.OfName(shown.Form.Surface) == GazetteerKind.None)
        {
            var fuller = shown.Form;
            shown = arabic
                .Where(f => f.Mentions.Count > shown.Mentions.Count && gazetteer.OfName(f.Form.Surface) != GazetteerKind.None
                    && (!person || (f.Form.Words.Length >= 2 && Begins(fuller, f.Form))))
                .OrderBy(f => HasProcliticOf(f, group) ? 1 : 0)
                .ThenByDescending(f => f.Form.Words.Length)
                .ThenByDescending(f => f.Mentions.Count)
                .ThenBy(f => f.Form.Surface, StringComparer.Ordinal)
                .FirstOrDefault() ?? shown;
        }

        // A tie goes to the type of the form shown, the fullest («وكالة ريا نوفوستي للأنباء» over «ريا نوفوستي»).
        var type = gazetteer.OnlyTypeOf(shown.Form.Surface) ?? group.GroupBy(f => f.Type)
            .OrderByDescending(t => t.Sum(f => f.Mentions.Count)).ThenByDescending(t => t.Key == shown.Type).ThenBy(t => t.Key).First().Key;
        var latin = group.Where(f => f.Form.IsLatin).OrderByDescending(f => f.Form.Words.Length).ThenByDescending(f => f.Mentions.Count)
            .Select(f => f.Form.Surface).FirstOrDefault()
            ?? shown.Form.Equipment
            ?? shown.English
            ?? group.Where(f => (gazetteer.OnlyTypeOf(f.Form.Surface) ?? type) == type).Select(f => f.English).FirstOrDefault(t => t is not null)
            ?? latinNames.Find(type, shown.Form);
        var role = mentions.Select(m => CleanRole(m.Role)).OfType<string>().GroupBy(r => r)
            .OrderByDescending(r => r.Count()).ThenByDescending(r => r.Key.Length).Select(r => r.Key).FirstOrDefault();
        var variants = group.OrderByDescending(f => f.Mentions.Count).ThenBy(f => f.Form.Surface, StringComparer.Ordinal)
            .Select(f => f.Form.Surface).Distinct().ToList();
        var ordered = mentions.Select(m => m.Mention).OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Start).ToList();
        var name = Shown(shown.Form, type);
        var guessed = latin is null && type is EntityType.Person or EntityType.Location
            ? _romanized.Get((name, type), 0, static (k, _) => k.Item2 == EntityType.Location ? RomanizedPlace(k.Item1) : Romanizer.Default.Of(k.Item1, wholeWords: true))
            : null;
        return new Entity("", type, name, latin ?? guessed, variants, role, ordered) { LatinGuessed = guessed is not null };
    }

    /// <summary>Words that begin a place's name by its kind, with the English pattern they take (<c>latin-place-heads.txt</c>), by key.</summary>
    private static readonly FrozenDictionary<string, string> PlaceHeads = EmbeddedWordList
        .Load(typeof(EntityResolver).Assembly, "Khabar.Core.Entities.Resources.latin-place-heads.txt")
        .Select(line => line.Split('\t') is [var word, var english] && english.Contains('*', StringComparison.Ordinal)
            ? (Key: EmbeddedWordList.KeyPhrase(word), English: english.Trim())
            : throw new FormatException($"latin-place-heads.txt: '{line}' is not 'word TAB English with *'"))
        .ToFrozenDictionary(e => e.Key, e => e.English, StringComparer.Ordinal);

    /// <summary>Whether a name's word is a place's kind word of <c>latin-place-heads.txt</c> (مطار، ميناء، طريق), as written or without its proclitics.</summary>
    private static bool IsPlaceKind(NameWord word) => word.IsArabic && word.Spellings.Any(PlaceHeads.ContainsKey);

    /// <summary>
    /// A place's name romanized, its first word put in English when it says what kind of place it is (مطار نيفيتشي →
    /// Nevichi Airport, not «Mtar Nevichi»).
    /// </summary>
    private static string? RomanizedPlace(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && PlaceHeads.TryGetValue(EmbeddedWordList.KeyPhrase(name.AsSpan(0, space)), out var pattern)
            && Romanizer.Default.Of(name[(space + 1)..], wholeWords: false) is { } rest)
        {
            return pattern.Replace("*", rest, StringComparison.Ordinal);
        }

        return Romanizer.Default.Of(name, wholeWords: false);
    }

    /// <summary>
    /// The English name the lists give a form, or, for an organisation, the form without the descriptor written last
    /// («أسوشيتد برس للأنباء» → Associated Press).
    /// </summary>
    private string? TranslationOf(NameForm form, EntityType type)
    {
        if (latinNames.Translation(form.Surface) is { } english)
        {
            return english;
        }

        var surface = form.Surface;
        var space = surface.LastIndexOf(' ');
        var descriptorLast = type == EntityType.Organization && form.Words.Length >= 2 && space > 0
            && form.Words[^1].Spellings.Select(Bare).Any(Descriptors.Contains);
        return descriptorLast ? latinNames.Translation(surface[..space]) : null;
    }

    /// <summary>Whether <paramref name="whole"/> starts with every word of <paramref name="start"/>, and has more.</summary>
    private static bool Begins(NameForm whole, NameForm start) =>
        whole.Words.Length > start.Words.Length
        && start.Words.Select((w, i) => w.Keys[0] == whole.Words[i].Keys[0]).All(same => same);

    /// <summary>
    /// The spelling to show, without a proclitic letter written onto it when the rest is a known name or the
    /// same model (وسوريا → سوريا, وتي.يو-95 → تي.يو-95), and with the article for the لل of ل + ال when the lists know
    /// the first word with it (للجامعة الفيديرالية → الجامعة الفيديرالية).
    /// </summary>
    private string Shown(NameForm form, EntityType type)
    {
        if (type == EntityType.Person && WithoutGluedLetter(form) is { } person)
        {
            return person;
        }

        var surface = form.Surface;
        if (surface.Length > 4 && surface.StartsWith("لل", StringComparison.Ordinal) && !form.IsLatin)
        {
            // Only when the lists know the word with its article, or without it as a word that begins names (جامعة):
            // «للجوء» is ل + لجوء, «للواء» ل + اللواء.
            var space = surface.IndexOf(' ', StringComparison.Ordinal);
            var word = surface[2..(space < 0 ? surface.Length : space)];
            const GazetteerKind begins = GazetteerKind.PersonTrigger | GazetteerKind.LocationTrigger | GazetteerKind.OrganizationTrigger;
            if (gazetteer.Of(MatchKey.Of("ال" + word)) != GazetteerKind.None || (gazetteer.Of(MatchKey.Of(word)) & begins) != 0)
            {
                return "ال" + surface[2..];
            }
        }
        if (surface.Length < 3 || !Proclitics.IsLetter(surface[0]))
        {
            return surface;
        }

        var rest = surface[1..];
        var same = form.Equipment is { } model
            ? families.KeyOf(rest) == model
            : gazetteer.Of(Gazetteer.KeyPhrase(surface)) == GazetteerKind.None && gazetteer.Of(Gazetteer.KeyPhrase(rest)) != GazetteerKind.None;
        return same ? rest : surface;
    }

    /// <summary>
    /// A person's name without the conjunction or preposition written onto its first word, when that word is no name
    /// word as written and is one without the letter: «ومحمد عيد» → «محمد عيد», «ونواف العابد» → «نواف العابد», in the
    /// line-ups and lists where a name is only ever written after «و». A name word as written keeps it («وليد»,
    /// «ويلسون», «واين روني», «وسام»). Name words are those of the romanization list (people's names from
    /// wikidata-names and google-ar2en, <see cref="NameWords"/>), seen <see cref="MinNameWordSeen"/> times or more for the
    /// word without its letter, and never for the word as written; or a person the lists hold, or a name in «عبد».
    /// </summary>
    private string? WithoutGluedLetter(NameForm form)
    {
        var surface = form.Surface;
        if (form.IsLatin || surface.Length < 4 || surface[0] is not ('و' or 'ف' or 'ب' or 'ل'))
        {
            return null;
        }

        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        var first = MatchKey.Of(space < 0 ? surface : surface[..space]);
        var rest = first[1..];
        if (rest.Length < 2 || _nameWords.Seen(first) > 0 || gazetteer.Of(first).HasFlag(GazetteerKind.Person))
        {
            return null;
        }

        var isName = _nameWords.Seen(rest) >= MinNameWordSeen || gazetteer.Of(rest).HasFlag(GazetteerKind.Person)
            || (rest.StartsWith("عبد", StringComparison.Ordinal) && rest.Length > 3);
        if (!isName)
        {
            return null;
        }

        // The letter's own vowel mark or a tatweel after it goes with it («وَمحمد» → «محمد»).
        var cut = 1;
        while (cut < surface.Length && (surface[cut] == 'ـ' || char.GetUnicodeCategory(surface[cut]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            cut++;
        }

        return surface[cut..];
    }

    /// <summary>How often the romanization list must have seen a word for it to count as a name word (<see cref="WithoutGluedLetter"/>).</summary>
    private const int MinNameWordSeen = 5;

    /// <summary>Whether <paramref name="form"/>'s first word is another form's first word with a proclitic before it (وبيونغ, بيونغ).</summary>
    private static bool HasProcliticOf(FormGroup form, List<FormGroup> group) =>
        form.Form.MayHaveProclitic && group.Any(g => g != form && g.Form.Words.Length > 0 && form.Form.Words[0].Spellings.Skip(1).Contains(g.Form.Words[0].Primary));

    /// <summary>Organisation words that say what kind it is, not which (<c>organization-descriptors.txt</c>), by key.</summary>
    internal static readonly FrozenSet<string> Descriptors = EmbeddedWordList.LoadKeys(typeof(EntityResolver).Assembly, "Khabar.Core.Entities.Resources.organization-descriptors.txt");

    /// <summary>
    /// An organisation's words without its descriptors, each without proclitics or the article, joined; empty when
    /// nothing but descriptors is left or nothing was dropped and the name is one word (it then compares as itself).
    /// </summary>
    private static string WithoutDescriptors(NameForm form)
    {
        var kept = new List<string>(form.Words.Length);
        foreach (var word in form.Words)
        {
            var bare = word.Spellings.Select(Bare).ToArray();
            if (!bare.Any(Descriptors.Contains))
            {
                kept.Add(bare[^1]);
            }
        }

        return kept.Count == 0 || kept.Count == form.Words.Length ? "" : string.Join(' ', kept);
    }

    /// <summary>
    /// The kind an organisation form names itself by when it begins with a descriptor written with the article («الوكالة»,
    /// «للوكالة») and has other words: the descriptor without the article (وكالة); otherwise null.
    /// </summary>
    private static string? DefiniteKind(FormGroup form)
    {
        if (form.Type != EntityType.Organization || form.Form.Words.Length < 2 || !form.Form.Words[0].IsArabic)
        {
            return null;
        }

        // Some reading of the first word (as written, or without its proclitics) has the article and is a descriptor.
        return form.Form.Words[0].Spellings
            .Where(s => s.StartsWith("ال", StringComparison.Ordinal) || s.StartsWith("لل", StringComparison.Ordinal))
            .Select(Bare).FirstOrDefault(Descriptors.Contains);
    }

    /// <summary>
    /// Whether every word of <paramref name="words"/> is in <paramref name="name"/>, in order, with any words between. A word
    /// of five letters or more may be spelt with one letter more or less or another («الفيديرالية», «الفيدرالية»): the
    /// join still needs every word, and exactly one organisation of the kind to hold them.
    /// </summary>
    private static bool IsSubsequence(string[] words, string[] name)
    {
        var at = 0;
        foreach (var word in name)
        {
            if (at < words.Length && (words[at] == word || (Math.Min(word.Length, words[at].Length) >= 5 && NameKey.WithinOneEdit(words[at], word))))
            {
                at++;
            }
        }

        return at == words.Length;
    }

    /// <summary>
    /// Whether <paramref name="longer"/> is <paramref name="shorter"/> with a number after it, as a designator is (كوفيد-19
    /// of كوفيد): the number says which model or variant, so the two are one thing whatever type the tagger gave the bare
    /// name. A person's name is never one.
    /// </summary>
    private static bool IsNumberedOf(FormGroup shorter, FormGroup longer) =>
        shorter.Type != EntityType.Person && longer.Type != EntityType.Person
        && longer.Form.Words.Length == shorter.Form.Words.Length + 1 && longer.Form.Words[^1].Kind == TokenKind.Number
        && shorter.Form.PositionIn(longer.Form) == 0;

    /// <summary>A spelling without a leading ال or لل (للأنباء → أنباء).</summary>
    private static string Bare(string spelling) =>
        spelling.Length > 4 && (spelling.StartsWith("ال", StringComparison.Ordinal) || spelling.StartsWith("لل", StringComparison.Ordinal))
            ? spelling[2..]
            : spelling;

    /// <summary>
    /// The tagger's type for a mention, but an organisation for a "person" of two words or more whose first word begins
    /// organisations' names (وكالة، شركة، جامعة، مجموعة: «وكالة ريا نوفوستي للأنباء», «شركة بن لادن»). Mentions tagged as
    /// places keep their type, for many are places («الاتحاد السوفيتي», «الدار البيضاء», «دار سعد»). On SaudiNewsNet's
    /// stories 9 people begin so: 5 organisations, 2 places tagged as people («ودار سعد», made organisations by this
    /// rule), 2 neither (docs/entities.md).
    /// </summary>
    private EntityType MentionType(EntityType tagged, string surface)
    {
        var space = surface.AsSpan().IndexOfAny(" \t\n\u00A0");
        if (tagged != EntityType.Person || space < 0)
        {
            return tagged;
        }

        return (gazetteer.OfWord(MatchKey.Of(surface.AsSpan(0, space))) & GazetteerKind.OrganizationTrigger) != 0 ? EntityType.Organization : tagged;
    }

    /// <summary>A role without a leading و or ل (والجنرال → الجنرال, ووزير → وزير, للمتحدث → المتحدث); honorifics alone are none.</summary>
    private string? CleanRole(string? role)
    {
        if (role is null)
        {
            return null;
        }

        if (role.StartsWith("لل", StringComparison.Ordinal))
        {
            role = "ال" + role[2..];
        }
        else if (role.Length > 3 && role[0] == 'و' && gazetteer.Of(Gazetteer.KeyPhrase(role[1..].Split(' ')[0])).HasFlag(GazetteerKind.PersonTrigger))
        {
            role = role[1..];   // والجنرال → الجنرال, ووزير → وزير
        }

        return Honorifics.Contains(EmbeddedWordList.KeyPhrase(role)) ? null : role;
    }

    private sealed class FormGroup(NameForm form, EntityType type, int index)
    {
        public NameForm Form => form;

        public EntityType Type => type;

        public int Index => index;

        /// <summary>The English name the lists give this Arabic-script form, looked up once by <see cref="Resolve"/>.</summary>
        public string? English { get; set; }

        public List<(SourcedMention Mention, string? Role)> Mentions { get; } = [];
    }

    /// <summary>
    /// Values worked out once per key and shared by all threads; past <see cref="MaxEntries"/> keys the memo stops
    /// growing (a stream of new names does not make it grow without bound) and computes the rest each time.
    /// </summary>
    private sealed class NameMemo<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        private const int MaxEntries = 100_000;

        private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

        private int _count;

        public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
        {
            if (_entries.TryGetValue(key, out var known))
            {
                return known;
            }

            var value = compute(key, state);
            // The dictionary's own Count takes every lock: the memo keeps its size apart.
            if (Volatile.Read(ref _count) < MaxEntries && _entries.TryAdd(key, value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}
