using Khabar.Core.Analyze;
using Khabar.Core.Entities.Tagging;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Numbers;
using Khabar.Text.Sentences;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Entities;

/// <summary>
/// Finds the entity mentions of an article's clean text: the tagger labels each sentence's tokens, labelled
/// runs become mentions, and model designators (Tu-160, MiG-31I, تي.يو160) are equipment even where the
/// tagger, trained on older news, has not seen them. A person's role is the title written before the name.
/// </summary>
public sealed class MentionFinder(EntityTagger tagger, Gazetteer gazetteer)
{
    /// <summary>Words a role may run over between its trigger and the name (وزير الدفاع الروسي → 2 after وزير).</summary>
    private const int MaxRoleWords = 4;

    private static readonly Lazy<MentionFinder> DefaultFinder = new(() => new MentionFinder(EntityTagger.Default, Gazetteer.Default));

    public static MentionFinder Default => DefaultFinder.Value;

    /// <summary>The mentions of one text, in order. The whole text is tagged as one document, so a name tagged in one sentence helps the others.</summary>
    public List<EntityMention> Find(string text)
    {
        var extents = new List<TextExtent>();
        SentenceSplitter.Split(text, extents);
        var sentences = new List<(List<Token> Tokens, string[] Surfaces)>(extents.Count);
        foreach (var extent in extents)
        {
            var tokens = new List<Token>();
            foreach (var token in Tokenizer.Tokenize(extent.Of(text)))
            {
                tokens.Add(token with { Start = token.Start + extent.Start });
            }

            if (tokens.Count > 0)
            {
                sentences.Add((tokens, tokens.Select(t => t.Of(text).ToString()).ToArray()));
            }
        }

        var labels = tagger.TagSentences(sentences.Select(s => (IReadOnlyList<string>)s.Surfaces).ToList());
        var mentions = new List<EntityMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            AddMentions(text, sentences[s].Tokens, sentences[s].Surfaces, labels[s], mentions);
        }

        return mentions;
    }

    private void AddMentions(string text, List<Token> tokens, string[] surfaces, int[] labels, List<EntityMention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is TokenKind.Url or TokenKind.Email or TokenKind.Handle or TokenKind.Hashtag)
            {
                labels[i] = BioLabel.Outside;
            }
            else if (BioLabel.IsInside(labels[i]) && (i == 0 || labels[i - 1] == BioLabel.Outside))
            {
                labels[i] = BioLabel.Begin(BioLabel.TypeOf(labels[i]));
            }
        }

        MarkDesignators(surfaces, tokens, labels);
        MarkLatinNames(surfaces, tokens, labels);
        ExtendGivenNames(surfaces, tokens, labels);
        MarkNamedPlaces(surfaces, tokens, labels);
        foreach (var (type, start, length) in TaggerEvaluation.Chunks(labels).OrderBy(c => c.Start))
        {
            if (type == EntityType.Misc && length == 1 && QuantityFinder.IsUnit(surfaces[start]))
            {
                continue;   // ANERcorp tags currencies (دولار، ريال) as MISC; here they are units of quantities.
            }

            var nameStart = type == EntityType.Person ? AfterTitleWords(surfaces, start, start + length - 1) : start;
            foreach (var (first, last, skip) in Coordinated(surfaces, nameStart, start + length - 1))
            {
                var from = tokens[first].Start + skip;
                var to = tokens[last].End;
                var role = type == EntityType.Person ? RoleBefore(text, tokens, surfaces, labels, first) : null;
                mentions.Add(new EntityMention(type, from, to - from, text[from..to], role));
            }
        }
    }

    /// <summary>
    /// A person's run without the title words the tagger took into it (الكازاخستاني غريغوري بافلنكو → the name):
    /// leading words with the article ال that no list knows as a name; they stay before the name, in its role.
    /// </summary>
    private int AfterTitleWords(string[] surfaces, int first, int last)
    {
        var at = first;
        while (at < last)
        {
            var key = MatchKey.Of(surfaces[at]);
            var known = gazetteer.Of(Proclitics.Core(key));
            var titleLike = known.HasFlag(GazetteerKind.PersonTrigger) || (key.StartsWith("ال", StringComparison.Ordinal) && !known.HasFlag(GazetteerKind.Person));
            if (!titleLike)
            {
                break;
            }

            at++;
        }

        return at;
    }

    /// <summary>
    /// Latin-script names inside Arabic sentences (Grigory Pavlenko, Reuters): a run of capitalised Latin words
    /// the tagger, trained on Arabic only, leaves outside. Known names take their listed type; an unknown run of
    /// two or three capitalised words is taken for a person.
    /// </summary>
    private void MarkLatinNames(string[] surfaces, List<Token> tokens, int[] labels)
    {
        if (!tokens.Any(t => t.Kind == TokenKind.ArabicWord))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (labels[i] != BioLabel.Outside || !IsCapitalisedLatin(tokens[i], surfaces[i]))
            {
                continue;
            }

            var end = i;
            while (end + 1 < tokens.Count && end - i < 3 && labels[end + 1] == BioLabel.Outside && IsCapitalisedLatin(tokens[end + 1], surfaces[end + 1]))
            {
                end++;
            }

            var phrase = string.Join(' ', surfaces[i..(end + 1)]);
            var known = gazetteer.Of(Gazetteer.KeyPhrase(phrase));
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

    /// <summary>
    /// A known given name tagged alone and followed by a family name with the article (سامر الحديدي, خالد
    /// المعمري) takes that word in: the tagger, trained on older news, often stops at the ال.
    /// </summary>
    private void ExtendGivenNames(string[] surfaces, List<Token> tokens, int[] labels)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (labels[i] != BioLabel.Begin(EntityType.Person) || labels[i + 1] != BioLabel.Outside || tokens[i + 1].Kind != TokenKind.ArabicWord
                || !gazetteer.Of(Proclitics.Core(MatchKey.Of(surfaces[i]))).HasFlag(GazetteerKind.Person))
            {
                continue;
            }

            var next = MatchKey.Of(surfaces[i + 1]);
            var known = gazetteer.Of(Proclitics.Core(next));
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
    private void MarkNamedPlaces(string[] surfaces, List<Token> tokens, int[] labels)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (labels[i] != BioLabel.Outside || labels[i - 1] != BioLabel.Outside || tokens[i].Kind != TokenKind.ArabicWord
                || !gazetteer.Of(Proclitics.Core(MatchKey.Of(surfaces[i - 1]))).HasFlag(GazetteerKind.LocationTrigger))
            {
                continue;
            }

            var key = MatchKey.Of(surfaces[i]);
            if (!key.StartsWith("ال", StringComparison.Ordinal) && !TermWeights.Default.IsKnown(TermHash.Of(LightStemmer.StemOf(key))))
            {
                labels[i] = BioLabel.Begin(EntityType.Location);
            }
        }
    }

    private static bool IsCapitalisedLatin(Token token, string surface) =>
        token.Kind == TokenKind.LatinWord && surface.Length > 1 && char.IsUpper(surface[0]);

    /// <summary>
    /// A run the tagger took for one name that is two joined by و (كيم وبوتين), or a name and the title of the
    /// next (شويغو واللفتنانت): cut before each inner word whose remainder after و is a known name or title;
    /// parts that are only a title are dropped. Each part is (first token, last token, characters to skip).
    /// </summary>
    private IEnumerable<(int First, int Last, int Skip)> Coordinated(string[] surfaces, int first, int last)
    {
        var partStart = first;
        var skip = 0;
        for (var k = first + 1; k <= last + 1; k++)
        {
            var cut = k > last;
            if (!cut && surfaces[k].Length > 3 && surfaces[k][0] == 'و')
            {
                cut = (gazetteer.Of(Proclitics.Core(MatchKey.Of(surfaces[k]))) & ~GazetteerKind.SpeechVerb) != GazetteerKind.None;
            }

            if (!cut)
            {
                continue;
            }

            var onlyTitle = k - 1 == partStart && IsOnlyTrigger(surfaces[partStart]);
            if (!onlyTitle)
            {
                yield return (partStart, k - 1, skip);
            }

            (partStart, skip) = (k, 1);
        }
    }

    private bool IsOnlyTrigger(string word)
    {
        var kind = gazetteer.Of(Proclitics.Core(MatchKey.Of(word)));
        const GazetteerKind names = GazetteerKind.Person | GazetteerKind.Location | GazetteerKind.Organization | GazetteerKind.Equipment;
        return (kind & names) == 0 && kind != GazetteerKind.None;
    }

    /// <summary>
    /// Equipment the tagger misses: a designator token (Tu-160, F-16), or a known equipment family word followed
    /// by a number or designator (توبوليف 160, ميغ 31); marked only over tokens the tagger left outside.
    /// </summary>
    private void MarkDesignators(string[] surfaces, List<Token> tokens, int[] labels)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (labels[i] != BioLabel.Outside)
            {
                continue;
            }

            var designator = tokens[i].Kind == TokenKind.Designator && surfaces[i].Any(char.IsLetter) && surfaces[i].Any(char.IsDigit);
            var numbered = i + 1 < tokens.Count && labels[i + 1] == BioLabel.Outside && tokens[i + 1].Kind is TokenKind.Number or TokenKind.Designator;
            var family = tokens[i].IsWord && (numbered || !designator) && IsEquipmentWord(surfaces[i], alone: !numbered);
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
        var key = MatchKey.Of(surface);
        if (!gazetteer.Of(Proclitics.Core(key)).HasFlag(GazetteerKind.Equipment))
        {
            return false;
        }

        return !alone || !TermWeights.Default.IsKnown(TermHash.Of(LightStemmer.StemOf(key)));
    }

    /// <summary>Whether tokens <paramref name="k"/> to <paramref name="name"/> are one labelled run.</summary>
    private static bool SameRun(int[] labels, int k, int name)
    {
        for (var j = k + 1; j <= name; j++)
        {
            if (!BioLabel.IsInside(labels[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The title before a person's name: from the earliest person trigger within a few words, up to the name.</summary>
    private string? RoleBefore(string text, List<Token> tokens, string[] surfaces, int[] labels, int name)
    {
        var roleStart = -1;
        for (var k = name - 1; k >= 0 && k >= name - 1 - MaxRoleWords; k--)
        {
            // A role never runs over punctuation or into another name (وزير النقل سامر الحديدي والوزير …); title
            // words the tagger took into this name's own run are fine.
            if (!tokens[k].IsWord || (labels[k] != BioLabel.Outside && !SameRun(labels, k, name)))
            {
                break;
            }

            var key = MatchKey.Of(surfaces[k]);
            if (gazetteer.Of(Proclitics.Core(key)).HasFlag(GazetteerKind.PersonTrigger))
            {
                roleStart = k;
            }
        }

        return roleStart < 0 ? null : text[tokens[roleStart].Start..tokens[name - 1].End];
    }
}
