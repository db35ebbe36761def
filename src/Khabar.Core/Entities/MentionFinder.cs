using Khabar.Core.Entities.Tagging;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Sentences;
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
        foreach (var (type, start, length) in TaggerEvaluation.Chunks(labels).OrderBy(c => c.Start))
        {
            foreach (var (first, last, skip) in Coordinated(surfaces, start, start + length - 1))
            {
                var from = tokens[first].Start + skip;
                var to = tokens[last].End;
                var role = type == EntityType.Person ? RoleBefore(text, tokens, surfaces, first) : null;
                mentions.Add(new EntityMention(type, from, to - from, text[from..to], role));
            }
        }
    }

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
            var designator = tokens[i].Kind == TokenKind.Designator;
            if (labels[i] != BioLabel.Outside || !(designator || (i + 1 < tokens.Count && tokens[i + 1].Kind is TokenKind.Number or TokenKind.Designator)))
            {
                continue;
            }

            var end = i;
            var family = tokens[i].IsWord && gazetteer.Of(Proclitics.Core(MatchKey.Of(surfaces[i]))).HasFlag(GazetteerKind.Equipment);
            if (family && i + 1 < tokens.Count && labels[i + 1] == BioLabel.Outside
                && tokens[i + 1].Kind is TokenKind.Number or TokenKind.Designator)
            {
                end = i + 1;
            }
            else if (!family && !(designator && surfaces[i].Any(char.IsLetter) && surfaces[i].Any(char.IsDigit)))
            {
                continue;
            }

            labels[i] = BioLabel.Begin(EntityType.Misc);
            for (var k = i + 1; k <= end; k++)
            {
                labels[k] = BioLabel.Inside(EntityType.Misc);
            }

            i = end;
        }
    }

    /// <summary>The title before a person's name: from the earliest person trigger within a few words, up to the name.</summary>
    private string? RoleBefore(string text, List<Token> tokens, string[] surfaces, int name)
    {
        var roleStart = -1;
        for (var k = name - 1; k >= 0 && k >= name - 1 - MaxRoleWords; k--)
        {
            if (!tokens[k].IsWord)
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
