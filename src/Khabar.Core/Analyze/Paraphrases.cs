using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Analyze;

/// <summary>
/// Groups of words outlets use for one another in reworded or re-translated copy (أنهى / اختتم, تفقد / استعرض),
/// from <c>Resources/paraphrases.txt</c>. Each word's stem maps to one key for its group, so that two sentences
/// saying the same thing in other words share that key. Event groups also tell what a date or number is about.
/// </summary>
public sealed class Paraphrases
{
    /// <summary>
    /// A stem this short is many words' («قمة» stems to «قم», «بدأت» to «بد», as «لا بد» does): such a word is found by its
    /// form without its prefixes instead (<see cref="Unsuffixed"/>).
    /// </summary>
    private const int MinStem = 3;

    private readonly Dictionary<ulong, ulong> _groupOf;
    private readonly Dictionary<ulong, ulong> _groupOfForm;

    /// <summary>The short stems of the forms in <see cref="_groupOfForm"/>: only a word with one of them is looked up by form.</summary>
    private readonly HashSet<ulong> _shortStems;
    private readonly HashSet<ulong> _events;
    private readonly HashSet<ulong> _reports;
    private readonly Dictionary<ulong, float> _familyWeights;

    private Paraphrases(
        Dictionary<ulong, ulong> groupOf, Dictionary<ulong, ulong> groupOfForm, HashSet<ulong> shortStems, HashSet<ulong> events, HashSet<ulong> reports,
        Dictionary<ulong, float> familyWeights)
    {
        _groupOf = groupOf;
        _groupOfForm = groupOfForm;
        _shortStems = shortStems;
        _events = events;
        _reports = reports;
        _familyWeights = familyWeights;
    }

    /// <summary>
    /// The corpus weight of a word family's key: ln(N / df) with df the sum of its members' document frequencies, lower
    /// than any member's own, as a word that news writes in several forms is commoner than each form. Null for any other key.
    /// </summary>
    public float? FamilyWeight(ulong key) => _familyWeights.TryGetValue(key, out var weight) ? weight : null;

    /// <summary>
    /// The key of the group of word <paramref name="word"/> (as written) with stem hash <paramref name="stem"/>, or
    /// <paramref name="key"/> when it has none. A word whose stem is shorter than <see cref="MinStem"/> is looked up by its
    /// form without prefixes.
    /// </summary>
    public ulong KeyOf(ReadOnlySpan<char> word, ulong stem, ulong key)
    {
        if (_groupOf.TryGetValue(stem, out var group))
        {
            return group;
        }

        // A form has the same stem as its listed form (the stemmer reads both alike), so only a word with a listed short
        // stem is read again: every other word costs one lookup here.
        if (!_shortStems.Contains(stem) || word.Length > Tokenizer.MaxTokenLength)
        {
            return key;
        }

        Span<char> match = stackalloc char[MatchKey.MaxLength(word.Length)];
        return Unsuffixed(match[..MatchKey.Write(word, match)]) is { Length: >= MinStem } form && _groupOfForm.TryGetValue(TermHash.Of(form), out group)
            ? group
            : key;
    }

    /// <summary>
    /// A match key without the prefixes the light stemmer takes off, when its stem is shorter than <see cref="MinStem"/>
    /// («القمه» → «قمه»); empty otherwise.
    /// </summary>
    private static ReadOnlySpan<char> Unsuffixed(ReadOnlySpan<char> key)
    {
        var stem = LightStemmer.Stem(key);
        return stem.Length >= MinStem ? [] : key[stem.Start..];
    }

    /// <summary>Whether a key is an event group's (a word naming what happened: تفقد، ضربت، قتلى).</summary>
    public bool IsEvent(ulong key) => _events.Contains(key);

    /// <summary>Whether a key is a verb of saying's (قال، أعلن، مشيراً): what follows is a statement of its own.</summary>
    public bool IsReport(ulong key) => _reports.Contains(key);

    /// <summary>The groups of the built-in list, <c>Resources/paraphrases.txt</c>.</summary>
    public static Paraphrases Load() => Load(TermWeights.Default);

    /// <summary>The groups of the built-in list, and the word families, with family weights from <paramref name="weights"/>.</summary>
    public static Paraphrases Load(TermWeights weights)
    {
        var groupOf = new Dictionary<ulong, ulong>();
        var groupOfForm = new Dictionary<ulong, ulong>();
        var shortStems = new HashSet<ulong>();
        var events = new HashSet<ulong>();
        var reports = new HashSet<ulong>();
        var group = 0UL;
        foreach (var line in ReadResource().Split('\n'))
        {
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var kind = colon < 0 ? string.Empty : text[..colon].Trim();
            if (kind is not ("event" or "thing" or "report" or "word"))
            {
                throw new InvalidDataException($"paraphrases.txt: '{text}' does not start with event:, thing:, report: or word:");
            }

            var id = TermHash.Mix(0x5041524150485241UL + group++);
            if (kind == "event")
            {
                events.Add(id);
            }
            else if (kind == "report")
            {
                reports.Add(id);
            }

            foreach (var word in text[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // A past verb's forms for she, they two and they; a noun ending in ة, a hamza or an alef takes none («إدانة» +
                // «ا» stems to «اد», the stem of «أدى»).
                string[] forms = word[^1] is 'ة' or 'ء' or 'ى' or 'ا' ? [word] : [word, word + "ت", word + "ا", word + "وا"];
                foreach (var form in forms)
                {
                    // A short stem is many words'; the form without prefixes is kept instead, when three letters remain
                    // («قمه»; not «بدء», whose folded form is «بد» itself).
                    var key = MatchKey.Of(form);
                    var stem = LightStemmer.StemOf(key);
                    if (stem.Length >= MinStem)
                    {
                        groupOf.TryAdd(TermHash.Of(stem), id);
                    }
                    else if (Unsuffixed(key) is { Length: >= MinStem } unsuffixed)
                    {
                        groupOfForm.TryAdd(TermHash.Of(unsuffixed), id);
                        shortStems.Add(TermHash.Of(stem));
                    }
                }
            }
        }

        // A verb and its nouns (WordFamilies) are one key too. A word of a listed group keeps its group, and the forms
        // derived from it join it («تغلق», «يغلق» join «أغلق / إغلاق»); a form it is derived from does not («فقد» is not
        // «تفقد», inspected), and the rest of the family is a key of its own.
        var familyWeights = new Dictionary<ulong, float>();
        foreach (var family in WordFamilies.Load())
        {
            var id = TermHash.Mix(0x46414D494C590000UL + group++);
            familyWeights[id] = -MathF.Log(family.Sum(f => MathF.Exp(-weights.Of(TermHash.Of(f)))));
            var members = family.ToHashSet(StringComparer.Ordinal);
            foreach (var stem in family)
            {
                var hash = TermHash.Of(stem);
                if (groupOf.ContainsKey(hash))
                {
                    continue;
                }

                var listed = WordFamilies.Bases(stem, members.Contains).Select(b => TermHash.Of(b)).FirstOrDefault(groupOf.ContainsKey);
                groupOf[hash] = listed != 0 ? groupOf[listed] : id;
            }
        }

        return new Paraphrases(groupOf, groupOfForm, shortStems, events, reports, familyWeights);
    }

    private static string ReadResource()
    {
        const string Name = "Khabar.Core.Analyze.Resources.paraphrases.txt";
        using var stream = typeof(Paraphrases).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"embedded resource '{Name}' is missing from Khabar.Core");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
