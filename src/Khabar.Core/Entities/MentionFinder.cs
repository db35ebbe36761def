using System.Collections.Frozen;
using Khabar.Core.Entities.Tagging;
using Khabar.Text;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;
using Khabar.Text.Numbers;
using Khabar.Text.Resources;
using Khabar.Text.Sentences;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Entities;

/// <summary>
/// Finds the entity mentions of an article's clean text: the tagger labels each sentence's tokens, the
/// <see cref="LabelRules"/> add what it cannot know, and labelled runs become mentions, cut where two names are
/// joined by و and without title words. A person's role is the title written before the name.
/// </summary>
public sealed class MentionFinder(EntityTagger tagger, Gazetteer gazetteer)
{
    /// <summary>See <see cref="EntityTagger.ForgetTokens"/>.</summary>
    public void ForgetTokens() => tagger.ForgetTokens();

    /// <summary>Words a role may run over between its trigger and the name (وزير الدفاع الروسي → 2 after وزير).</summary>
    private const int MaxRoleWords = 4;

    private readonly LabelRules rules = new(gazetteer);

    /// <summary>The mentions of one text, in order. The whole text is tagged as one document, so a name tagged in one sentence helps the others.</summary>
    public List<EntityMention> Find(string text) => Find(text, TemporalFinder.Find(text));

    /// <summary>
    /// The mentions of one text whose dates and times are <paramref name="dates"/> (as <see cref="TemporalFinder"/>
    /// finds them): a name does not run into them.
    /// </summary>
    public List<EntityMention> Find(string text, IReadOnlyList<TemporalExpression> dates)
    {
        var extents = new List<TextExtent>();
        SentenceSplitter.Split(text, extents);
        var sentences = new List<(List<Token> Tokens, string[] Surfaces)>(extents.Count);
        var surfaces = new List<IReadOnlyList<string>>(extents.Count);
        foreach (var extent in extents)
        {
            var tokens = new List<Token>();
            foreach (var token in Tokenizer.Tokenize(extent.Of(text)))
            {
                tokens.Add(token with { Start = token.Start + extent.Start });
            }

            if (tokens.Count > 0)
            {
                var words = new string[tokens.Count];
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = tokens[i].Of(text).ToString();
                }

                sentences.Add((tokens, words));
                surfaces.Add(words);
            }
        }

        var labels = tagger.TagSentences(surfaces);
        var mentions = new List<EntityMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            AddMentions(text, sentences[s].Tokens, sentences[s].Surfaces, labels[s], dates, mentions);
        }

        return mentions;
    }

    private void AddMentions(string text, List<Token> tokens, string[] surfaces, int[] labels, IReadOnlyList<TemporalExpression> dates, List<EntityMention> mentions)
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

        var kinds = new TokenKind[tokens.Count];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = tokens[i].Kind;
        }

        rules.Apply(surfaces, kinds, labels);
        foreach (var (type, start, chunkLength) in TaggerEvaluation.Chunks(labels).OrderBy(c => c.Start))
        {
            var length = chunkLength;
            while (length > 0 && RunsIntoDate(tokens[start + length - 1], dates))
            {
                length--; // «أمضى كيم صباح أمس»: the tagger ran the name into the time that follows it
            }

            if (length == 0)
            {
                continue;
            }

            if (type == EntityType.Misc && length == 1 && (QuantityFinder.IsUnit(surfaces[start]) || IsNotName(surfaces[start])))
            {
                continue;   // ANERcorp tags currencies (دولار، ريال) and الله as MISC; here they are no named things to follow.
            }

            var nameStart = type == EntityType.Person ? AfterTitleWords(surfaces, start, start + length - 1) : start;
            var after = nameStart == start && AfterAnd(surfaces, labels, start, length) ? 1 : 0;
            foreach (var (first, last, skip) in Coordinated(surfaces, nameStart, start + length - 1, after))
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
            var known = gazetteer.OfWord(key);
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
    /// Whether a run right after another begins with the «و» that joins them (بوتين | وأردوغان, as the label rules split
    /// «بوتين وأردوغان»): its first word is no listed name as written, and the run without the «و» is one. The «و» is then
    /// left out of the mention, as <see cref="Coordinated"/> leaves it out inside one run.
    /// </summary>
    private bool AfterAnd(string[] surfaces, int[] labels, int start, int length)
    {
        if (start == 0 || labels[start - 1] == BioLabel.Outside || surfaces[start].Length <= 3 || surfaces[start][0] != 'و'
            || gazetteer.Of(Gazetteer.KeyPhrase(surfaces[start])) != GazetteerKind.None)
        {
            return false;
        }

        var rest = string.Join(' ', [surfaces[start][1..], .. surfaces[(start + 1)..(start + length)]]);
        return (gazetteer.OfName(rest) & ~GazetteerKind.SpeechVerb) != GazetteerKind.None;
    }

    /// <summary>
    /// A run the tagger took for one name that is two joined by و (كيم وبوتين), or a name and the title of the
    /// next (شويغو واللفتنانت): cut before each inner word whose remainder after و is a known name or title;
    /// parts that are only a title are dropped. Each part is (first token, last token, characters to skip).
    /// </summary>
    private IEnumerable<(int First, int Last, int Skip)> Coordinated(string[] surfaces, int first, int last, int firstSkip)
    {
        var partStart = first;
        var skip = firstSkip;
        for (var k = first + 1; k <= last + 1; k++)
        {
            var cut = k > last;
            if (!cut && surfaces[k].Length > 3 && surfaces[k][0] == 'و')
            {
                cut = (gazetteer.OfWord(MatchKey.Of(surfaces[k])) & ~GazetteerKind.SpeechVerb) != GazetteerKind.None;
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

    /// <summary>
    /// Whether a name's last token begins a date or time that goes on after it («كيم صباح» of «أمضى كيم صباح أمس»):
    /// the tagger ran the name into the time that follows. A date the name holds whole is left to the name (أحمد
    /// الخميس is a family; the analysis then drops the weekday, not the name).
    /// </summary>
    private static bool RunsIntoDate(Token last, IReadOnlyList<TemporalExpression> dates)
    {
        foreach (var date in dates)
        {
            if (date.Start <= last.Start && last.End < date.Start + date.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>MISC words that are no named thing (<c>misc-not-names.txt</c>), by key.</summary>
    private static readonly FrozenSet<string> NotNames = EmbeddedWordList.LoadKeys(typeof(MentionFinder).Assembly, "Khabar.Core.Entities.Resources.misc-not-names.txt");

    internal static bool IsNotName(string word) => NotNames.Contains(MatchKey.Of(word));

    private bool IsOnlyTrigger(string word)
    {
        var kind = gazetteer.OfWord(MatchKey.Of(word));
        const GazetteerKind names = GazetteerKind.Person | GazetteerKind.Location | GazetteerKind.Organization | GazetteerKind.Equipment;
        return (kind & names) == 0 && kind != GazetteerKind.None;
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
            if (gazetteer.OfWord(key).HasFlag(GazetteerKind.PersonTrigger))
            {
                roleStart = k;
            }
        }

        return roleStart < 0 ? null : text[tokens[roleStart].Start..tokens[name - 1].End];
    }
}
