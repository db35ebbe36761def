using System.Text;
using Khabar.Core.Analyze;
using Khabar.Text.Normalize;
using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Core.Consolidate;

/// <summary>
/// Two sentences that are one text but for one run of words each, in the same place: «… لنزلاء مجمع الأمل بالرياض» /
/// «… بالدمام», «الجهني يقلد 6 ضباط …» / «العتيبي يقلد 6 ضباط …». Their content terms, compared by key in text order,
/// agree before the runs and after them, and:
/// <list type="bullet">
/// <item>each run is one to <see cref="MaxRun"/> terms, none of them a number (a changed number is a number conflict);</item>
/// <item>what agrees around them is at least <see cref="EntityConflicts.MinRestShared"/> terms;</item>
/// <item>no key of a run stands in the other's run, and no two terms of the runs share a stem (a word moved or reworded
/// in place, «مسرحية تعالج» / «عرض مسرحي يتناول», is no change of what is told);</item>
/// <item>the runs are not one name written two ways: no word of one is a word of the other without its proclitics
/// («بريطانيا» / «ببريطانيا مساء»), and they are not spelled alike (<see cref="SpelledAlike"/>).</item>
/// </list>
/// On the dev headline pairs, 90 of 128 contradictions by another name align so (agree around one run of up to three
/// terms each), 9 of 900 paraphrases and none of 574 other claims (docs/consolidation.md; counted before the checks on
/// keys, stems and spellings). Offsets are into each sentence's article's clean text.
/// </summary>
internal readonly record struct Substitution(
    StorySentence A, int StartA, int EndA, HashSet<ulong> KeysA, StorySentence B, int StartB, int EndB, HashSet<ulong> KeysB)
{
    /// <summary>Terms a changed run may have, at most: a name of up to three words («د سليمان الحبيب»).</summary>
    public const int MaxRun = 3;

    /// <summary>Terms a sentence may have for its runs to be looked for (a headline or a short lead); a longer one is read as none.</summary>
    private const int MaxTerms = 40;

    /// <summary>Whether <paramref name="keys"/> (a name's, in the first sentence) are all within its changed run.</summary>
    public bool HoldsA(HashSet<ulong> keys) => keys.Count > 0 && keys.IsSubsetOf(KeysA);

    /// <summary>Whether <paramref name="keys"/> (a name's, in the second sentence) are all within its changed run.</summary>
    public bool HoldsB(HashSet<ulong> keys) => keys.Count > 0 && keys.IsSubsetOf(KeysB);

    /// <summary>The one run each of two sentences changes, or null when they differ otherwise.</summary>
    public static Substitution? Of(StoryText story, StorySentence a, StorySentence b) => Of(story, a, TermsOf(story, a), b, TermsOf(story, b));

    /// <summary>As <see cref="Of(StoryText, StorySentence, StorySentence)"/>, with each sentence's <see cref="TermsOf"/> read before.</summary>
    public static Substitution? Of(StoryText story, StorySentence a, (ContentTerm Term, ulong Key)[] ta, StorySentence b, (ContentTerm Term, ulong Key)[] tb)
    {
        var before = 0;
        while (before < ta.Length && before < tb.Length && ta[before].Key == tb[before].Key)
        {
            before++;
        }

        var after = 0;
        while (after < ta.Length - before && after < tb.Length - before && ta[^(after + 1)].Key == tb[^(after + 1)].Key)
        {
            after++;
        }

        if (ta.Length - before - after is 0 or > MaxRun || tb.Length - before - after is 0 or > MaxRun || before + after < EntityConflicts.MinRestShared)
        {
            return null;
        }

        var (runA, runB) = (ta[before..^after], tb[before..^after]);
        if (runA.Any(t => t.Term.IsNumber) || runB.Any(t => t.Term.IsNumber))
        {
            return null;
        }

        // A word of one run in the other (a word moved) is no change; a word both also write around the runs
        // («التعصب الرياضي … بالرياض» / «… بالدمام»: one key) leaves the change a change.
        var (keysA, keysB) = (runA.Select(t => t.Key).ToHashSet(), runB.Select(t => t.Key).ToHashSet());
        if (keysA.Overlaps(keysB)
            || runA.Any(x => runB.Any(y => x.Term.Stem == y.Term.Stem)))
        {
            return null;
        }

        var (textA, textB) = (story.Terms[a.Article].Text, story.Terms[b.Article].Text);
        var (startA, endA) = (runA[0].Term.Start, runA[^1].Term.Start + runA[^1].Term.Length);
        var (startB, endB) = (runB[0].Term.Start, runB[^1].Term.Start + runB[^1].Term.Length);
        var spanA = textA.AsSpan(startA, endA - startA);
        var spanB = textB.AsSpan(startB, endB - startB);
        if (SpelledAlike(spanA, spanB) || EntityConflicts.Forms(spanA, everyReading: true).Overlaps(EntityConflicts.Forms(spanB, everyReading: true)))
        {
            return null;
        }

        return new Substitution(a, startA, endA, keysA, b, startB, endB, keysB);
    }

    /// <summary>
    /// A sentence's terms in text order without those of the times it names: «… في بريطانيا اليوم الجمعة» and «…
    /// ببريطانيا مساء أمس» tell one time two ways, which is the date conflicts' to judge. None for a sentence of more than
    /// <see cref="MaxTerms"/> terms.
    /// </summary>
    public static (ContentTerm Term, ulong Key)[] TermsOf(StoryText story, StorySentence sentence)
    {
        if (story.Terms[sentence.Article].TermsOf(sentence.Local).Length > MaxTerms)
        {
            return [];
        }

        var terms = story.TermsInOrder(sentence);
        return sentence.Dates.Count == 0
            ? terms
            : [.. terms.Where(t => !sentence.Dates.Any(d => t.Term.Start >= d.Start && t.Term.Start < d.Start + d.Length))];
    }

    /// <summary>
    /// Whether two runs are one name spelled two ways: their words' match keys joined without spaces are the same, as
    /// written or each without the article and what is written before it («عبد الرزاق» / «عبدالرزاق»); they differ only in
    /// letters of one sound (<see cref="NameKey"/>: «شويغو» / «شويجو»); or, four letters long at least, as written they
    /// differ in one hamza («سيول» / «سيئول»). A long vowel more is another name («حسن» / «حسين», «سعد» / «سعيد»),
    /// and «نجران» / «جازان» are two.
    /// </summary>
    internal static bool SpelledAlike(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var (x, y) = (Joined(a, withoutArticle: true), Joined(b, withoutArticle: true));
        return x == y || Joined(a, withoutArticle: false) == Joined(b, withoutArticle: false) || OneSound(x, y)
            || OneHamzaApart(Bare(a), Bare(b));
    }

    /// <summary>A text's letters without spaces, short-vowel marks and tatweel (<see cref="EntityConflicts.Bare"/>).</summary>
    private static string Bare(ReadOnlySpan<char> text) => EntityConflicts.Bare(string.Concat(text.ToString().Where(c => !char.IsWhiteSpace(c))));

    /// <summary>Whether two keys of one length differ only in letters that sound alike (each a consonant of one <see cref="NameKey"/> class).</summary>
    private static bool OneSound(string x, string y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i] && (NameKey.Of(x.AsSpan(i, 1)) is not { Length: > 0 } sound || sound != NameKey.Of(y.AsSpan(i, 1))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two written words of four letters at least are one but for one hamza put in («سيول» / «سيئول»).</summary>
    private static bool OneHamzaApart(string x, string y)
    {
        if (x.Length < y.Length)
        {
            (x, y) = (y, x);
        }

        if (y.Length < 4 || x.Length != y.Length + 1)
        {
            return false;
        }

        var at = 0;
        while (at < y.Length && x[at] == y[at])
        {
            at++;
        }

        return x[at] is 'ء' or 'ئ' or 'ؤ' or 'أ' or 'إ' or 'آ' && x.AsSpan(at + 1).SequenceEqual(y.AsSpan(at));
    }

    private static string Joined(ReadOnlySpan<char> text, bool withoutArticle)
    {
        var joined = new StringBuilder();
        Span<char> buffer = stackalloc char[MatchKey.MaxLength(64)];
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord && token.Length <= 64)
            {
                var key = buffer[..MatchKey.Write(token.Of(text), buffer)];
                joined.Append(!withoutArticle ? key : Proclitics.HasArticle(key) ? key[Proclitics.Length(key)..] : Proclitics.WithoutConjunction(key));
            }
        }

        return joined.ToString();
    }
}
