using Khabar.Text;
using Khabar.Core.Analyze;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Entities;

/// <summary>
/// Person mentions the tagger ran into the word after them («كيم أيضاً»، «كيم النووية»، «أوباما قابل»), cut back with
/// what the whole story knows. A story's <b>known people</b> are the person names of two words or more it mentions at
/// least twice; their <b>short forms</b> are their first or last words that the story also uses alone for a person at
/// least three times (كيم، أوباما, not محمد or عبدالله: a given name shared by many rarely stands alone for one). A
/// two-word person mention made of a short form and then a word that is no name (a stop word, or a word in at least
/// 1 % of news that the lists do not give as a person's and that is no known person's short form) is that short form
/// alone. Arabic family names are common words too (المصري، الزهراني، الخميس): without the short-form test, «محمد
/// المصري» became «محمد»; with it, of the 25 mentions it cuts in SaudiNewsNet's 3,694 stories of two articles or more,
/// 21 are made right, 1 wrong and 3 stay wrong (docs/entities.md). A mistake the tagger makes twice in one story
/// («كيم النووية» twice) is a known person by this count and is left alone. Two known people's short forms run together
/// («دعا كيم بوتين لزيارة»), a pair the story never names twice and no known person holds whole, are two mentions
/// (SaudiNewsNet: 2 such, both right). A longer name run into a known person's short form that begins that person's
/// name («نيكولاي يفمينوف كيم») is the name and the short form.
/// </summary>
public static class StoryPersonMentions
{
    /// <summary>How often a word must stand alone for a person in the story to be that person's short form.</summary>
    private const int MinAlone = 3;

    /// <summary>A word in at least 1 % of news (term weight ln 100) is common.</summary>
    private const float CommonWeight = 4.6f;

    /// <summary>Each article's mentions, with the rewritten ones in their place (in text order).</summary>
    public static List<(string Article, IReadOnlyList<EntityMention> Mentions)> Rewrite(
        IEnumerable<(string Article, IReadOnlyList<EntityMention> Mentions)> articles, Gazetteer gazetteer, TermWeights weights)
    {
        var list = articles.ToList();
        var people = list.SelectMany(a => a.Mentions).Where(m => m.Type == EntityType.Person).Select(m => Words(m.Text)).ToList();
        var knownGroups = people.Where(w => w.Length >= 2)
            .GroupBy(w => string.Join(' ', w), StringComparer.Ordinal).Where(g => g.Count() >= 2).ToList();
        var known = knownGroups.Select(g => g.First()).ToList();

        // Only a short form the story itself uses, alone, at least MinAlone times (كيم, بوتين) is a known person's:
        // a given name shared by many (محمد، عبدالله) rarely stands alone for one.
        var alone = people.Where(w => w.Length == 1).GroupBy(w => w[0], StringComparer.Ordinal)
            .Where(g => g.Count() >= MinAlone).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        // Each short form, to the known people it begins or ends.
        var ends = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var person in known)
        {
            foreach (var word in new[] { person[0], person[^1] }.Distinct(StringComparer.Ordinal).Where(alone.Contains))
            {
                (ends.TryGetValue(word, out var those) ? those : ends[word] = []).Add(person);
            }
        }

        if (ends.Count == 0)
        {
            return list; // most stories: nothing to cut, nothing copied
        }

        var knownNames = knownGroups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        // The person names of two words or more the story writes, under their last word.
        var endingIn = people.Where(w => w.Length >= 2).GroupBy(w => w[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => string.Join(' ', w)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var story = new StoryPeople(ends, knownNames, endingIn);
        return [.. list.Select(a => (a.Article, (IReadOnlyList<EntityMention>)[.. a.Mentions.SelectMany(m => Rewrite(m, story, gazetteer, weights))]))];
    }

    /// <summary>What a story knows of its people: short forms to the known names they begin or end, known names, and the names ending in each word.</summary>
    private sealed record StoryPeople(Dictionary<string, List<string[]>> Ends, HashSet<string> KnownNames, Dictionary<string, HashSet<string>> EndingIn);

    /// <summary>Words that join the parts of one name (<c>name-links.txt</c>), by key.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NameLinks =
        Khabar.Text.Resources.EmbeddedWordList.LoadKeys(typeof(StoryPersonMentions).Assembly, "Khabar.Core.Entities.Resources.name-links.txt");

    private static IEnumerable<EntityMention> Rewrite(EntityMention mention, StoryPeople story, Gazetteer gazetteer, TermWeights weights)
    {
        var (ends, knownNames) = (story.Ends, story.KnownNames);

        if (mention.Type != EntityType.Person)
        {
            return [mention];
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(mention.Text, tokens);
        if (tokens.Count < 2 || !tokens.TrueForAll(t => t.IsWord))
        {
            return [mention];
        }

        if (tokens.Count > 2)
        {
            return RunIntoNext(mention, tokens, story, gazetteer);
        }

        var (first, last) = (MatchKey.Of(tokens[0].Of(mention.Text)), MatchKey.Of(tokens[1].Of(mention.Text)));
        if (knownNames.Contains(first + " " + last) || !ends.TryGetValue(first, out var people) || people.Any(p => p.Contains(last, StringComparer.Ordinal)))
        {
            return [mention];
        }

        if (NoName(last, ends, gazetteer, weights))
        {
            return [Part(mention, tokens[0])];
        }

        // Two known people's short forms side by side, each standing for its own person («دعا كيم بوتين لزيارة»), and the
        // pair never a name of its own in the story: two mentions.
        return ends.TryGetValue(last, out var others) && others.All(p => !p.Contains(first, StringComparer.Ordinal))
            ? [Part(mention, tokens[0]), Part(mention, tokens[1])]
            : [mention];
    }

    /// <summary>
    /// A name of two words or more that the tagger ran into the next person's short form («الأدميرال نيكولاي يفمينوف
    /// كيم على قدرات السفينة»: the admiral showed Kim the ship): two mentions, when the last word begins every known
    /// person it is the short form of (a family name written first, as كيم is), ends none of them, no other name of the
    /// story ends with it, none of them holds another word of the mention or a title, and the word before it is no link
    /// of a name (بن، آل: «… بن عبدالعزيز آل سعود» ends on the family, whatever «سعود الفيصل» makes of سعود). A shared
    /// family name written last (the Kennedys) ends another name and so stays; so does «محمد بن سلمان».
    /// </summary>
    private static IEnumerable<EntityMention> RunIntoNext(EntityMention mention, List<Token> tokens, StoryPeople story, Gazetteer gazetteer)
    {
        var words = tokens.Select(t => MatchKey.Of(t.Of(mention.Text))).ToArray();
        var whole = string.Join(' ', words);
        if (!story.Ends.TryGetValue(words[^1], out var people) || story.KnownNames.Contains(whole) || NameLinks.Contains(words[^2]))
        {
            return [mention];
        }

        if (story.EndingIn.TryGetValue(words[^1], out var names) && names.Any(n => n != whole))
        {
            return [mention]; // «هيلاري كلينتون» elsewhere: كلينتون ends a name here too
        }

        var rest = words[..^1];
        // Each known person it begins has no title or stop word after it: «جون نائب», the tagger's run of a name into
        // a title, is no person that «تشونغ مونغ جون» could have swallowed the short form of.
        const GazetteerKind titles = GazetteerKind.PersonTrigger | GazetteerKind.LocationTrigger | GazetteerKind.OrganizationTrigger;
        var shortFormFirst = people.TrueForAll(p => p[0] == words[^1] && p[^1] != words[^1] && !p.Any(rest.Contains)
            && p.Skip(1).All(w => NameLinks.Contains(w) || ((gazetteer.OfWord(w) & titles) == 0 && !StopWords.Default.Contains(w))));
        if (!shortFormFirst)
        {
            return [mention];
        }

        var name = mention with { Length = tokens[^2].End, Text = mention.Text[..tokens[^2].End] };
        return [name, Part(mention, tokens[^1]) with { Role = null }];
    }

    /// <summary>The mention cut to one of its words.</summary>
    private static EntityMention Part(EntityMention mention, Token word) =>
        mention with { Start = mention.Start + word.Start, Length = word.Length, Text = mention.Text.Substring(word.Start, word.Length) };

    /// <summary>Whether a word is no part of a name: a stop word, or common in news and given by no list as a person's, and no known person's short form.</summary>
    private static bool NoName(string key, Dictionary<string, List<string[]>> ends, Gazetteer gazetteer, TermWeights weights) =>
        !ends.ContainsKey(key) && (gazetteer.OfWord(key) & GazetteerKind.Person) == 0
        && (StopWords.Default.Contains(key) || weights.Of(TermHash.Of(LightStemmer.StemOf(key))) <= CommonWeight);

    /// <summary>A mention's words, as match keys.</summary>
    private static string[] Words(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return [.. tokens.Where(t => t.IsWord).Select(t => MatchKey.Of(t.Of(text)))];
    }
}
