using Khabar.Core.Entities;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;

namespace Khabar.Core.Analyze;

/// <summary>
/// Verbs and the nouns made from them, as one word for comparing sentences: «أعلن / يعلن / إعلان», «أغلق / تغلق /
/// إغلاق», «دشن / يدشن / تدشين», «ناقش / يناقش / مناقشة». Two outlets telling one event put it as a verb or as its
/// noun («إغلاق 218 محلاً» / «الأمانة تغلق 218 منشأة»), and their light stems never met. A family is derived from the
/// stems news uses (<c>Analyze/Resources/term-df.txt</c>) by the regular patterns of Arabic derivation, each link between
/// two stems both in the table; <c>bench word-families</c> writes them to <c>Resources/word-families.txt</c>, which
/// <see cref="Paraphrases"/> reads. Stems are match keys' light stems (alef forms folded: «إعلان» is «اعلان»).
/// </summary>
public static class WordFamilies
{
    /// <summary>
    /// A family larger than this is left out whole: chains of links through short stems (ت + a three-letter word) join
    /// words of unrelated sense, and a true family of one verb has few members among the stems news uses.
    /// </summary>
    public const int MaxFamily = 6;

    /// <summary>
    /// The families among <paramref name="stems"/>: groups of at least two stems joined by these links, each stem
    /// of a link in <paramref name="stems"/>:
    /// <list type="bullet">
    /// <item>a present verb and its past or its bare stem: ي/ت/ن + X with X (يعلن → علن), and with ا + X (the past of
    /// the causative: يعلن → اعلن) when ا + X has its verbal noun (اعلان), the whole four letters or more; ت + X and
    /// ن + X only when ي + X is a stem too;</item>
    /// <item>a verbal noun with ا before its last letter and its verb: ا…ا_ without that ا (اعلان → اعلن, اختتام →
    /// اختتم, استقبال → استقبل), five letters or more;</item>
    /// <item>the verbal noun تفعيل and its verb: ت + X + ي + its last letter, without the ت and the ي (تدشين → دشن),
    /// five letters;</item>
    /// <item>the verbal noun مفاعلة and its verb: م + X where X has ا second (مناقش → ناقش), five letters or more, when
    /// ي + X is a stem too.</item>
    /// </list>
    /// Each family is given in ordinal order, the families ordered by their first stem, so the result depends on
    /// the set of stems alone.
    /// </summary>
    public static IReadOnlyList<string[]> Derive(IReadOnlyCollection<string> stems, int maxFamily = MaxFamily)
    {
        var known = new HashSet<string>(stems, StringComparer.Ordinal);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);

        string Root(string s)
        {
            while (parent.TryGetValue(s, out var p) && p != s)
            {
                s = p;
            }

            return s;
        }

        void Link(string a, string b)
        {
            if (a == b)
            {
                return;
            }

            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Root(a), Root(b));
            if (ra != rb)
            {
                // The smaller (ordinal) root stays, so the families do not depend on the order the links come in.
                if (string.CompareOrdinal(ra, rb) < 0)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        foreach (var stem in known)
        {
            foreach (var basis in Bases(stem, known.Contains))
            {
                Link(stem, basis);
            }
        }

        return [.. parent.Keys.GroupBy(Root, StringComparer.Ordinal)
            .Select(g => g.Order(StringComparer.Ordinal).ToArray())
            .Where(f => f.Length >= 2 && f.Length <= maxFamily)
            .OrderBy(f => f[0], StringComparer.Ordinal)];
    }

    /// <summary>
    /// The families of a term table's stems (the text of <c>term-df.txt</c>: stem TAB count a line, numbers and the
    /// <c>documents</c> line skipped), less the stems that are also a weekday's or a month's name, or a one-word person's
    /// name in the gazetteer that the stemmer leaves whole: «الجمعة» (Friday) has the stem of «جمع» (gathered), «مارس»
    /// (March) is «practised», «ياسر» is no present of «أسر», and a date or a name is no verb.
    /// </summary>
    public static IReadOnlyList<string[]> OfTable(string table, int maxFamily = MaxFamily)
    {
        var left = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in TemporalWords.Weekdays.Keys)
        {
            left.Add(LightStemmer.StemOf(MatchKey.Of(day)).ToString());
            left.Add(LightStemmer.StemOf(MatchKey.Of("ال" + day)).ToString());
        }

        foreach (var (entry, kind) in Gazetteer.Default.Entries)
        {
            // A name whose stem is the name itself (ياسر، أيمن); «فهمي» is stemmed to «فهم», which stays a verb.
            if (kind == GazetteerKind.Person && !entry.Contains(' ', StringComparison.Ordinal)
                && MatchKey.Of(entry) is var key && LightStemmer.StemOf(key).SequenceEqual(key))
            {
                left.Add(key);
            }
        }

        var stems = table.Split('\n').Select(l => l.Split('\t')[0].Trim())
            .Where(s => s.Length > 0 && s[0] != '#' && s != "documents" && !char.IsAsciiDigit(s[0]));
        return Derive([.. stems.Where(s => !left.Contains(s) && MonthNames.Of(s) == 0)], maxFamily);
    }

    /// <summary>
    /// The stems <paramref name="stem"/> is derived from by the patterns of <see cref="Derive"/>, among those
    /// <paramref name="known"/> holds: the past or bare stem of a present, the verb of a verbal noun.
    /// </summary>
    public static IEnumerable<string> Bases(string stem, Func<string, bool> known)
    {
        // ا + X + ا + its last letter: the verbal noun of a causative verb (اعلان for اعلن); only a verb that has one is
        // read as causative, so that an elative (افضل، اكبر) does not join the present of another verb (يفضل، يكبر).
        bool Causative(string x) => x.Length >= 3 && known(string.Concat("ا", x.AsSpan(0, x.Length - 1), "ا", x.AsSpan(x.Length - 1)));

        if (stem.Length >= 4 && stem[0] is 'ي' or 'ت' or 'ن')
        {
            // ت and ن begin nouns too (توتر، نزيف): they are a present's prefix only where the same verb is said with ي.
            var rest = stem[1..];
            if (stem[0] == 'ي' || known("ي" + rest))
            {
                if (known(rest))
                {
                    yield return rest;
                }

                if (Causative(rest) && known("ا" + rest))
                {
                    yield return "ا" + rest;
                }
            }
        }

        if (stem.Length >= 5 && stem[0] == 'ا' && stem[^2] == 'ا' && string.Concat(stem.AsSpan(0, stem.Length - 2), stem.AsSpan(stem.Length - 1)) is var verb && known(verb))
        {
            yield return verb;
        }

        // تفعيل of a three-letter root is five letters; a longer ت…ي_ is another pattern (تفاصيل، a plural).
        if (stem.Length == 5 && stem[0] == 'ت' && stem[^2] == 'ي' && string.Concat(stem.AsSpan(1, stem.Length - 3), stem.AsSpan(stem.Length - 1)) is var root && known(root))
        {
            yield return root;
        }

        // م + فاعل is also the plural مفاعل (مراكب، مظالم): the verbal noun only where the verb's present is used.
        if (stem.Length >= 5 && stem[0] == 'م' && stem[2] == 'ا' && known("ي" + stem[1..]) && known(stem[1..]))
        {
            yield return stem[1..];
        }
    }

    /// <summary>The families of the built-in list, <c>Resources/word-families.txt</c>: one family a line, stems apart by spaces.</summary>
    public static IReadOnlyList<string[]> Load()
    {
        const string Name = "Khabar.Core.Analyze.Resources.word-families.txt";
        using var stream = typeof(WordFamilies).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"embedded resource '{Name}' is missing from Khabar.Core; rebuild it with `bench word-families`");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<string[]> Parse(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>The text of the resource file for <paramref name="families"/>.</summary>
    public static string Write(IReadOnlyList<string[]> families) =>
        "# Verb and noun families of the stems in Analyze/Resources/term-df.txt, one family a line (WordFamilies.OfTable).\n"
        + "# Rebuilt by `dotnet run -c Release --project bench/Khabar.Bench -- word-families --write`.\n"
        + string.Concat(families.Select(f => string.Join(' ', f) + "\n"));
}
