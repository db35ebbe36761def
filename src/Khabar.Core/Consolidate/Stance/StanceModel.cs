using System.Globalization;
using System.IO.Compression;

namespace Khabar.Core.Consolidate.Stance;

/// <summary>How two alike statements differ in polarity where it counts (<see cref="StanceFeatures.Difference"/>).</summary>
public enum PolarityDifference
{
    /// <summary>Not at all, or they are not alike enough to say.</summary>
    None,

    /// <summary>A negation on one side (لم، لن، لا، ليس، غير), inside what both say: for the stance model to judge.</summary>
    Negation,

    /// <summary>One side denies what the other says (نفى، كذّب، أنكر): for the stance model to judge.</summary>
    Denial,

    /// <summary>One side puts off what the other says happens (يرجئ، تأجيل): for the stance model to judge, as a denial.</summary>
    Postponement,

    /// <summary>Words of opposite sense in one place (رحّب / انتقد، نجح / فشل): for the stance model to judge.</summary>
    Opposite,

    /// <summary>Only who did what to whom (<see cref="StanceFeatures.RolesSwapped"/>): a contradiction by itself.</summary>
    RolesOnly,
}

/// <summary>How one statement stands to another about the same thing.</summary>
public enum StanceKind
{
    /// <summary>Both say the same (a paraphrase, or one says more).</summary>
    Agree,

    /// <summary>Both cannot be true.</summary>
    Contradict,

    /// <summary>Another claim: neither the same nor the opposite.</summary>
    Other,
}

/// <summary>
/// The features of a pair of statements, the same whichever comes first: how much they share, and what differs
/// between them that could make them opposite (a negation or denial on one side only, opposite senses, the shared
/// words in another order, a rare word of each side the other lacks, hedging on one side). Other numbers and days
/// are left to the value conflicts (<see cref="ConflictFinder"/>), which know what a value is about.
/// </summary>
public static class StanceFeatures
{
    /// <summary>The names of the features, in order; a model has one weight per feature and class.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "bias", "dice", "covered", "log shared", "negation on one side", "negation on both", "denial on one side",
        "opposite senses", "order reversed", "unmatched words", "hedge on one side", "dice × negation", "dice × denial",
        "dice × opposite", "dice × reversed", "rare word swapped", "dice × rare word swapped",
        "negation inside what both say", "opposite senses at one place", "denial of what both say", "dice × polarity cue",
        "negation × share of the negated side the other says", "negation × share of the other side the negated says",
    ];

    public static int Count => Names.Count;

    public static double[] Of(Statement a, Statement b)
    {
        var setA = a.Stems.ToHashSet(StringComparer.Ordinal);
        var setB = b.Stems.ToHashSet(StringComparer.Ordinal);
        var shared = setA.Count(setB.Contains);
        var dice = setA.Count + setB.Count == 0 ? 0 : 2.0 * shared / (setA.Count + setB.Count);
        var covered = Math.Min(setA.Count, setB.Count) == 0 ? 0 : (double)shared / Math.Min(setA.Count, setB.Count);
        var negationOne = (a.Negations > 0) != (b.Negations > 0) ? 1.0 : 0;
        var negationBoth = a.Negations > 0 && b.Negations > 0 ? 1.0 : 0;
        var denial = a.Denies != b.Denies ? 1.0 : 0;
        var opposite = a.Senses.Any(s => b.Senses.Contains(-s) && !b.Senses.Contains(s)) || b.Senses.Any(s => a.Senses.Contains(-s) && !a.Senses.Contains(s)) ? 1.0 : 0;
        var reversed = Reversed(a.Stems, b.Stems, setB);
        var unmatched = Math.Min(setA.Count - shared, setB.Count - shared) / (double)Math.Max(1, Math.Min(setA.Count, setB.Count));
        var hedge = a.Modal != b.Modal ? 1.0 : 0;
        var swapped = Math.Min(RarestUnmatched(a, setB), RarestUnmatched(b, setA));
        var alignment = Alignment.Of(a.Stems, b.Stems);
        var negatedAsserted = NegationInside(a, b, alignment) ? 1.0 : 0;
        var alignedOpposite = OppositeInside(a, b, alignment) ? 1.0 : 0;
        var deniedInside = DenialInside(a, b, alignment) ? 1.0 : 0;
        var polarity = Math.Max(Math.Max(negatedAsserted, alignedOpposite), deniedInside);
        var (negatedSide, otherSide) = a.Negations > 0 ? (setA, setB) : (setB, setA);
        var negatedSaid = negationOne * shared / Math.Max(1, negatedSide.Count);
        var otherSaid = negationOne * shared / Math.Max(1, otherSide.Count);
        return
        [
            1, dice, covered, Math.Log(1 + shared), negationOne, negationBoth, denial, opposite, reversed, unmatched, hedge,
            dice * negationOne, dice * denial, dice * opposite, dice * reversed, swapped, dice * swapped,
            negatedAsserted, alignedOpposite, deniedInside, dice * polarity, negatedSaid, otherSaid,
        ];
    }

    /// <summary>
    /// Whether two words each statement has once trade places around a verb both have between them: who did what to
    /// whom reversed («الهلال يهزم النصر» / «النصر يهزم الهلال», «مواطن يطالب إدارة السجون» / «إدارة السجون
    /// تطالب مواطناً»). Words are compared in their loose form (يطالب = تطالب). Not when a word of a relation that
    /// holds both ways stands between them in either (التقى، تعادل، بين، مع): «التقى الوزير نظيره» says what «التقى
    /// نظيره الوزير» says.
    /// </summary>
    public static bool RolesSwapped(Statement a, Statement b)
    {
        var (x, y) = (Loose(a), Loose(b));
        if (Transposed(a, b, x, y))
        {
            return true;
        }

        var inY = Once(y);
        var inX = Once(x);
        for (var i = 0; i < x.Length; i++)
        {
            if (!inX.ContainsKey(x[i]) || !inY.TryGetValue(x[i], out var yi))
            {
                continue;
            }

            for (var j = i + 2; j < x.Length; j++)
            {
                if (!inX.ContainsKey(x[j]) || !inY.TryGetValue(x[j], out var yj) || yj >= yi || Symmetric(a, i, j) || Symmetric(b, yj, yi))
                {
                    continue;
                }

                for (var k = i + 1; k < j; k++)
                {
                    if (inX.ContainsKey(x[k]) && inY.TryGetValue(x[k], out var yk) && yk > yj && yk < yi && PresentVerb(a.Stems[k], b.Stems[yk])
                        && !a.ObjectPronounAt.Contains(k) && !b.ObjectPronounAt.Contains(yk))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Words of each phrase that may trade places in <see cref="Transposed"/>: a name of up to four words («هيئة الهلال الأحمر السعودي»).</summary>
    private const int MaxTransposed = 4;

    /// <summary>
    /// Whether one statement is the other with two phrases (of up to <see cref="MaxTransposed"/> words, words between them)
    /// exchanged and every other word the same and in the same order: «فرنسا تلغي العقد وتتعهد بتعويض روسيا» / «روسيا
    /// تلغي العقد وتتعهد بتعويض فرنسا», «حجبوني في الهلال وأبحث عن الظهور في الشباب» / «… في الشباب … في الهلال». Nothing
    /// but the places changed, so nothing else can be what a rewording changed; the verb test of <see cref="RolesSwapped"/>
    /// is for statements that also differ in other words. Not around a word of a relation that holds both ways (one
    /// just before the first phrase too: «بين مصر والسودان»), nor a verb that carries its object's pronoun («الطالب يكرمه
    /// المعلم»: the object put first); not when a phrase took its preposition along («من مكة … إلى الرياض» / «إلى الرياض …
    /// من مكة»: the words before each place must stay), nor when the second is joined by «و» (a list in another order:
    /// «السعودية والإمارات ومصر» / «مصر والإمارات والسعودية»).
    /// </summary>
    private static bool Transposed(Statement a, Statement b, string[] x, string[] y)
    {
        if (x.Length != y.Length || x.Length < 3)
        {
            return false;
        }

        var start = 0;
        while (start < x.Length && x[start] == y[start])
        {
            start++;
        }

        var end = x.Length;
        while (end > start && x[end - 1] == y[end - 1])
        {
            end--;
        }

        // x[start..end] is P M Q and y[start..end] is Q M P, with M not empty.
        var span = end - start;
        for (var p = 1; p <= MaxTransposed; p++)
        {
            for (var q = 1; q <= MaxTransposed && p + q < span; q++)
            {
                var m = span - p - q;
                if (Same(x, start, y, end - p, p) && Same(x, end - q, y, start, q) && Same(x, start + p, y, start + q, m)
                    && !Symmetric(a, start - 1, end - 1) && !Symmetric(b, start - 1, end - 1)
                    && a.Before[start] == b.Before[start] && a.Before[end - q] == b.Before[end - p]
                    && !a.JoinedAt.Contains(end - q) && !b.JoinedAt.Contains(end - p)
                    && !PronounMoved(a, b, start, end) && !PronounMoved(b, a, start, end))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of <paramref name="a"/> between <paramref name="start"/> and <paramref name="end"/> carries an object
    /// pronoun that the same word of <paramref name="b"/> does not: a verb that put its object first («الطالب يكرمه المعلم»
    /// / «المعلم يكرم الطالب»). A word with its pronoun on both sides («إثر مقاومته») is the same phrase in both.
    /// </summary>
    private static bool PronounMoved(Statement a, Statement b, int start, int end) =>
        a.ObjectPronounAt.Any(k => k >= start && k < end
            && !b.ObjectPronounAt.Any(j => j >= start && j < end && string.Equals(b.Stems[j], a.Stems[k], StringComparison.Ordinal)));

    private static bool Same(string[] x, int i, string[] y, int j, int length) =>
        x.AsSpan(i, length).SequenceEqual(y.AsSpan(j, length));

    /// <summary>
    /// Whether two stems read as one verb in the present tense: a prefix ي on at least one side (ت and ن begin
    /// verbal nouns too: تجسس، تطوير) and three letters more on both. That is the word two swapped roles turn around.
    /// A noun between two phrases that trade places is mostly a sentence turned around its topic («20 مليار ترفع سقف
    /// المطالبات» / «المطالبات يرتفع سقفها بـ20 مليار»), which keeps the roles; so is a verb that carries its object's
    /// pronoun («سر الشباب يكشفه الماضي»: the object put first), which <see cref="Statement.ObjectPronounAt"/> marks.
    /// </summary>
    private static bool PresentVerb(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 && a[0] is 'ي' or 'ت' or 'ن' && b[0] is 'ي' or 'ت' or 'ن' && (a[0] == 'ي' || b[0] == 'ي');

    /// <summary>
    /// A statement's words in their loose form (<see cref="LooseForm"/>), a country's name and adjective as one word:
    /// «السلطات الإيرانية تنصح … إلى تركيا» / «السلطات التركية تنصح … إلى إيران» trade two countries.
    /// </summary>
    private static string[] Loose(Statement statement)
    {
        var loose = new string[statement.Stems.Count];
        for (var i = 0; i < loose.Length; i++)
        {
            loose[i] = statement.CountryAt[i] is { } country
                ? string.Create(CultureInfo.InvariantCulture, $"country:{country}")
                : LooseForm(statement.Stems[i]);
        }

        return loose;
    }

    /// <summary>Each word that stands once, with its position.</summary>
    private static Dictionary<string, int> Once(string[] words)
    {
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        var twice = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            if (!at.TryAdd(words[i], i))
            {
                twice.Add(words[i]);
            }
        }

        foreach (var word in twice)
        {
            at.Remove(word);
        }

        return at;
    }

    private static bool Symmetric(Statement s, int from, int to) => s.SymmetricAt.Any(at => at > from && at <= to);

    /// <summary>The Dice coefficient of two statements' content words (their distinct stems: the keys of <see cref="Statement.Rarity"/>).</summary>
    public static double Dice(Statement a, Statement b)
    {
        var (x, y) = (a.Rarity, b.Rarity);
        if (x.Count + y.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var stem in x.Keys)
        {
            if (y.ContainsKey(stem))
            {
                shared++;
            }
        }

        return 2.0 * shared / (x.Count + y.Count);
    }

    /// <summary>
    /// The Dice of two statements when one denies (a denial word, not a postponement) and the other does not, without the
    /// denial's frame: the words up to and with the first denying word that the other statement lacks (who denies, and the verb),
    /// when the word denied is one the other says. «المتحدث باسم الحركة … ينفي الهجوم على قرية …» is compared with «… في
    /// هجوم للحركة على قرية …» on what it denies. 0 otherwise.
    /// </summary>
    internal static double ClaimDice(Statement a, Statement b)
    {
        static bool Denying(Statement s) => s.DeniedAt.Any(at => !s.PostponedAt.Contains(at));
        if (Denying(a) == Denying(b) || (a.Denies && b.Denies))
        {
            return 0;
        }

        var (denying, other) = Denying(a) ? (a, b) : (b, a);
        var first = denying.DeniedAt.Where(at => !denying.PostponedAt.Contains(at)).Min();
        if (!NegatesShared(denying, first + 1, other))
        {
            // What is denied must be what the other says: «تنفي وفاة الفنان» against «نقل الفنان إلى المستشفى» is no answer.
            return 0;
        }

        var claim = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < denying.Stems.Count; i++)
        {
            if (i > first || other.Rarity.ContainsKey(denying.Stems[i]))
            {
                claim.Add(denying.Stems[i]);
            }
        }

        var shared = claim.Count(other.Rarity.ContainsKey);
        return claim.Count + other.Rarity.Count == 0 ? 0 : 2.0 * shared / (claim.Count + other.Rarity.Count);
    }

    /// <summary>Aligned words (either side) a cue may stand from its anchors on each side.</summary>
    private const int Reach = 3;

    /// <summary>
    /// Whether the two statements differ in polarity inside what they share: a negation on one side only, an opposite
    /// sense, or a denial, standing among words the two statements share in the same order (an anchor before it and
    /// one after it, each within <see cref="Reach"/> words; a denial needs only what follows it, the thing it denies).
    /// A negation in a clause only one side has («ولم تسجل حالات وفاة» added to a reprint) or a denial of something
    /// else («لكن نائب الرئيس ينفي الاتهامات») reverses nothing the other says. Without such a difference two alike
    /// statements are not told apart as contradicting: other values are the value conflicts' business, and a reprint
    /// edited here and there changes words without reversing anything. Roles swapped (<see cref="RolesSwapped"/>) reverse
    /// what is said too, unless an opposite sense turns it back («فاز أ على ب» / «خسر ب أمام أ»).
    /// </summary>
    public static bool PolarityDiffers(Statement a, Statement b, ClaimGate gate) => Difference(a, b, gate) != PolarityDifference.None;

    /// <summary>
    /// Whether what two alike statements differ in is who did what to whom, and nothing turns it back: roles swapped
    /// (<see cref="RolesSwapped"/>) with no negation, denial or opposite sense inside what both say. The stance model,
    /// fitted mostly on pairs that differ in words rather than in order, does not judge these; a swap of roles inside
    /// the claim gate is a contradiction by itself (docs/consolidation.md has what it finds).
    /// </summary>
    public static bool OnlyRolesSwapped(Statement a, Statement b, ClaimGate gate) => Difference(a, b, gate) == PolarityDifference.RolesOnly;

    /// <summary>How two statements differ in polarity (<see cref="PolarityDiffers"/>), read once for both questions.</summary>
    public static PolarityDifference Difference(Statement a, Statement b, ClaimGate gate)
    {
        if (!Comparable(a, b, gate))
        {
            // Two negative statements say the same thing however they negate it, unless nothing but two phrases was
            // traded between them: «السلطات الإيرانية تنصح مواطنيها بعدم التوجه إلى تركيا» / «السلطات التركية … إلى إيران».
            return Negative(a, b) && Negative(b, a) && !OtherOccurrences(a, b) && Math.Max(a.Stems.Count, b.Stems.Count) <= gate.MaxWords
                && Transposed(a, b, Loose(a), Loose(b))
                ? PolarityDifference.RolesOnly
                : PolarityDifference.None;
        }

        var alignment = Alignment.Of(a.Stems, b.Stems);
        if (NegationInside(a, b, alignment))
        {
            return PolarityDifference.Negation;
        }

        if (DenialInside(a, b, alignment))
        {
            // Named as the denying side words it: a postponement when every denying word of it puts off.
            var denying = a.Denies ? a : b;
            return denying.DeniedAt.All(denying.PostponedAt.Contains) ? PolarityDifference.Postponement : PolarityDifference.Denial;
        }

        var opposite = OppositeInside(a, b, alignment);
        var swapped = RolesSwapped(a, b);
        return opposite == swapped ? PolarityDifference.None
            : swapped ? PolarityDifference.RolesOnly
            : PolarityDifference.Opposite;
    }

    /// <summary>
    /// Whether two statements are alike enough, short enough and of one occurrence for a difference between them to be
    /// a contradiction: the claim gate's share of words and length, no figure of its own on each side
    /// (<see cref="OtherOccurrences"/>), and not both negative (two negative statements, «نفى ... ما تداول» / «أكد عدم
    /// صحة ما تداول», «غير مهزوم» / «لم يُهزم», say the same thing).
    /// </summary>
    public static bool Comparable(Statement a, Statement b, ClaimGate gate) =>
        !OtherOccurrences(a, b) && Math.Max(Dice(a, b), ClaimDice(a, b)) >= gate.MinDice && Math.Max(a.Stems.Count, b.Stems.Count) <= gate.MaxWords
        && !(Negative(a, b) && Negative(b, a));

    /// <summary>
    /// Whether a statement negates or denies anything, «غير» included where it negates the word the other negates
    /// («خرج … غير مهزوم» / «… ولم يُهزم»; not «الأعباء غير المبررة سرقت فرحة العيد» / «… لم تنتقص من فرحة العيد»).
    /// </summary>
    private static bool Negative(Statement s, Statement other) =>
        s.Negations > 0 || s.Denies
        || s.GhayrAt.Any(g => g < s.Stems.Count && other.NegatedAt.Any(n => n < other.Stems.Count
            && RootLetters(s.Stems[g]) is { Length: >= 3 } root && string.Equals(root, RootLetters(other.Stems[n]), StringComparison.Ordinal)));

    /// <summary>
    /// What the polarity gate read of a pair, and the shipped model's contradiction probability, for reading why a pair
    /// did or did not pass (<c>bench headline-pairs --show KIND --why</c>).
    /// </summary>
    internal static string Why(Statement a, Statement b, ClaimGate gate)
    {
        var alignment = Alignment.Of(a.Stems, b.Stems);
        string Negations(Statement s, Statement other, bool inA) => string.Join(",", s.NegatedAt.Select(at =>
            $"{at}:{(at < s.Stems.Count ? s.Stems[at] : "-")}{(alignment.Surrounds(at, inA) ? "" : " !surrounds")}{(NegatesShared(s, at, other) ? " shared" : "")}{(NegatesInstead(s, at, other, inA ? alignment : Alignment.Of(b.Stems, a.Stems)) ? " instead" : "")}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"p {StanceModel.Default.Contradiction(a, b):F2} dice {Dice(a, b):F2} words {a.Stems.Count}/{b.Stems.Count} other-occurrences {OtherOccurrences(a, b)} neg [{Negations(a, b, true)}] / [{Negations(b, a, false)}] denies {a.Denies}/{b.Denies} senses {a.SensesAt.Count}/{b.SensesAt.Count} → {Difference(a, b, gate)} | {string.Join(' ', a.Stems)} | {string.Join(' ', b.Stems)}");
    }

    /// <summary>
    /// Whether two statements tell of two occurrences of one kind of thing rather than one: each gives a number the
    /// other does not («زاد المؤشر 0.9 في المئة إلى 11750 نقطة» / «انخفض المؤشر 0.9 في المئة إلى 6499 نقطة»: two
    /// indexes; and two counts of one thing are the value conflicts' business), or
    /// both name weekdays and share none (a count announced on Friday and another on Sunday).
    /// </summary>
    public static bool OtherOccurrences(Statement a, Statement b) =>
        (a.Numbers.Any(n => !b.Numbers.Contains(n)) && b.Numbers.Any(n => !a.Numbers.Contains(n)))
        || (a.Weekdays.Count > 0 && b.Weekdays.Count > 0 && !a.Weekdays.Overlaps(b.Weekdays));

    private static bool NegationInside(Statement a, Statement b, Alignment alignment) =>
        (a.Negations > 0 && b.Negations == 0 && a.NegatedAt.Any(at => NegatesWhatBothSay(a, at, b, alignment, inA: true)))
        || (b.Negations > 0 && a.Negations == 0 && b.NegatedAt.Any(at => NegatesWhatBothSay(b, at, a, alignment, inA: false)))
        || (a.Negations == 0 && b.Negations == 0 && (GhayrOnOneSide(a, b, alignment, inA: true) || GhayrOnOneSide(b, a, alignment, inA: false)));

    /// <summary>
    /// Whether the negation before word <paramref name="at"/> of <paramref name="negating"/> reverses what the other
    /// statement says: it stands among what both say (<see cref="Alignment.Surrounds"/>) and negates a word the other has
    /// or stands where the other has a word of its own. <paramref name="alignment"/> has statement a first, whichever side negates.
    /// A negation after which nothing shared follows is a clause one side added («… ولم تسجل وفيات»), unless it negates
    /// the last word both say (<see cref="Alignment.Surrounds"/>).
    /// </summary>
    private static bool NegatesWhatBothSay(Statement negating, int at, Statement other, Alignment alignment, bool inA) =>
        alignment.Surrounds(at, inA) && (NegatesShared(negating, at, other) || NegatesInstead(negating, at, other, inA ? alignment : Alignment.Of(negating.Stems, other.Stems)));

    /// <summary>
    /// Whether <paramref name="negating"/> says with «غير» a word the other says without it, among what both say
    /// («قادرة على المنافسة» / «غير قادرة على المنافسة»). When the other has «غير» too, however it is read, nothing is
    /// reversed: a name both give with it (منظمة غير حكومية), or one phrase spelt two ways (المدارس غير الآمنة / الغير آمنه).
    /// </summary>
    private static bool GhayrOnOneSide(Statement negating, Statement other, Alignment alignment, bool inA) =>
        !other.MentionsGhayr && negating.GhayrAt.Any(at => at < negating.Stems.Count && alignment.Surrounds(at, inA) && NegatesShared(negating, at, other));

    /// <summary>
    /// Whether the negated word stands where the other statement has a word of its own between the same shared words:
    /// one side denies in its own words what the other asserts («الرئيس يتناول العشاء مع أسرته» / «الرئيس لن يلتقي أسرته»).
    /// Only a particle's negation (not «عدم التحرك», what someone is asked not to do), and only after a shared word (a
    /// subject both name), not at the start («لم يتضح سبب الانفجار» / «وقع انفجار …»).
    /// <paramref name="alignment"/> has the negating statement first.
    /// </summary>
    private static bool NegatesInstead(Statement negating, int at, Statement other, Alignment alignment)
    {
        var i = negating.AuxiliaryAt.Contains(at) ? at + 1 : at;
        if (!negating.ParticleAt.Contains(at) || i >= negating.Stems.Count || other.Stems.Contains(negating.Stems[i]) || !alignment.SharedBefore(at, inA: true))
        {
            return false;
        }

        for (var j = 0; j < other.Stems.Count; j++)
        {
            if (!negating.Stems.Contains(other.Stems[j]) && alignment.SamePlace(i, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word a negation stands before is one the other statement has, as it is or in another person or
    /// tense of the verb (لم يعلن / أعلن): the thing negated must be the thing the other asserts.
    /// </summary>
    private static bool NegatesShared(Statement negating, int at, Statement other)
    {
        // The negated word, or the word after a verb of ability («لم يتمكن من السيطرة» / «يسيطر»).
        var i = negating.AuxiliaryAt.Contains(at) ? at + 1 : at;
        if (i >= negating.Stems.Count)
        {
            return false;
        }

        var negated = LooseForm(negating.Stems[i]);
        if (other.Stems.Any(s => string.Equals(LooseForm(s), negated, StringComparison.Ordinal)))
        {
            return true;
        }

        // Its letters without the long vowels, against a word only the other side has: a negated verb loses a weak
        // letter (لم يزر / يزور، لم يعد / عودة، لم يبق / يبقى) and a verbal noun has its own (لا يخفي / إخفاء). The
        // word must be one the negating side lacks, so a shared word that happens to reduce alike (وزير) is no match.
        if (Consonants(negating.Stems[i]) is not { Length: >= 2 } bare)
        {
            return false;
        }

        // Without a derived form's letter, three root letters must be left: two (توقف / الوقوف → قف) meet too much.
        var bareRoot = RootLetters(negating.Stems[i]);
        foreach (var s in other.Stems)
        {
            if (!negating.Stems.Contains(s) && (string.Equals(Consonants(s), bare, StringComparison.Ordinal)
                || (bareRoot is { Length: >= 3 } && string.Equals(RootLetters(s), bareRoot, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A stem without the letter a derived form puts before the root, once the present prefix is off: the ت of the
    /// reflexive forms (تتأخر → تأخر / يؤخر) and the م of a noun of place or event (مقتل / قتلى). Only for words of
    /// four letters or more, so that a root beginning with ت or م keeps three.
    /// </summary>
    private static string Underived(string stem)
    {
        var form = stem.Length >= 4 && stem[0] is 'ي' or 'ت' or 'ن' ? stem[1..] : stem;
        return form.Length >= 4 && form[0] is 'ت' or 'م' ? form[1..] : form;
    }

    /// <summary>
    /// The letters of <see cref="Underived"/> without long vowels, hamza seats and a final ه, no further prefix taken off
    /// (متحدث → تحدث stays تحدث, not حدث). Null when nothing is left.
    /// </summary>
    private static string? RootLetters(string stem) => WithoutVowels(Underived(stem));

    /// <summary>
    /// A stem without a present prefix (ي ت ن ا, when two letters or more remain), a final ه, and every long vowel and
    /// hamza seat: what a verb, its shortened forms and its noun share (يزر، يزور، زيارة → زر). Null when nothing is left.
    /// </summary>
    private static string? Consonants(string stem) =>
        WithoutVowels(stem.Length >= 3 && stem[0] is 'ي' or 'ت' or 'ن' or 'ا' ? stem.AsSpan(1) : stem.AsSpan());

    /// <summary>A form without a final ه (three letters or more) and without its long vowels and hamza seats; null when nothing is left.</summary>
    private static string? WithoutVowels(ReadOnlySpan<char> form)
    {
        if (form.Length >= 3 && form[^1] == 'ه')
        {
            form = form[..^1];
        }

        Span<char> kept = stackalloc char[form.Length];
        var n = 0;
        foreach (var c in form)
        {
            if (c is not ('ا' or 'و' or 'ي' or 'ى' or 'ء' or 'أ' or 'إ' or 'آ' or 'ؤ' or 'ئ'))
            {
                kept[n++] = c;
            }
        }

        return n == 0 ? null : new string(kept[..n]);
    }

    /// <summary>
    /// A stem with a present or first-person prefix (ي ت ن ا) and a final ه taken off when three letters or more remain:
    /// what a verb and its other tenses and its noun often share (يعلن / أعلن، يسيطر / السيطرة).
    /// </summary>
    private static string LooseForm(string stem)
    {
        var form = stem.Length >= 4 && stem[0] is 'ي' or 'ت' or 'ن' or 'ا' ? stem[1..] : stem;
        return form.Length >= 4 && form[^1] == 'ه' ? form[..^1] : form;
    }

    private static bool DenialInside(Statement a, Statement b, Alignment alignment) =>
        (a.Denies && !b.Denies && a.DeniedAt.Any(at => alignment.Follows(at, inA: true)))
        || (b.Denies && !a.Denies && b.DeniedAt.Any(at => alignment.Follows(at, inA: false)));

    /// <summary>
    /// Whether a word of one sense in one statement and a word of the opposite sense in the other stand at the same
    /// place of what the two share (يوجه بإنشاء مكاتب / يوجه بإلغاء مكاتب). Opposite words in clauses about different
    /// things («في ختام زيارة» / «حفل الافتتاح») do not count.
    /// </summary>
    private static bool OppositeInside(Statement a, Statement b, Alignment alignment)
    {
        foreach (var (sense, at) in a.SensesAt)
        {
            var oneSided = !a.Senses.Contains(-sense) && !b.Senses.Contains(sense);
            foreach (var (other, bt) in b.SensesAt)
            {
                if (other == -sense && alignment.SamePlace(at, bt) && (oneSided || Swapped(a, b, alignment, sense, at, bt)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether both statements have both senses and traded them at one place: at this place <paramref name="a"/> says
    /// <paramref name="sense"/> and <paramref name="b"/> the opposite, and neither also says the other's sense there
    /// («الأسهم تواصل الارتفاع لكن انخفاض السيولة …» / «الأسهم تعود للانخفاض رغم ارتفاع السيولة»); or, where both say
    /// both at one place, the words of this sense group there read, in order, as the other's with every sense reversed
    /// («النحاس يرتفع مع تراجع المخزونات» / «النحاس يتراجع مع ارتفاع المخزونات»: rise, fall / fall, rise).
    /// </summary>
    private static bool Swapped(Statement a, Statement b, Alignment alignment, int sense, int at, int bt)
    {
        var group = Math.Abs(sense);
        var inA = a.SensesAt.Where(s => Math.Abs(s.Sense) == group && alignment.SamePlace(s.At, bt)).OrderBy(s => s.At).Select(s => s.Sense).ToList();
        var inB = b.SensesAt.Where(s => Math.Abs(s.Sense) == group && alignment.SamePlace(at, s.At)).OrderBy(s => s.At).Select(s => -s.Sense).ToList();
        return (!inA.Contains(-sense) && !inB.Contains(-sense)) || (inA.Count > 1 && inA.SequenceEqual(inB) && !Paired(a, group) && !Paired(b, group));
    }

    /// <summary>
    /// Whether two words of one sense group stand side by side, the second joined by «و» («بين الصعود والهبوط»،
    /// «صعوداً وهبوطاً»): up and down in either order say the same.
    /// </summary>
    private static bool Paired(Statement s, int group)
    {
        foreach (var (sense, at) in s.SensesAt)
        {
            if (Math.Abs(sense) == group && s.JoinedAt.Contains(at + 1) && s.SensesAt.Any(o => o.At == at + 1 && Math.Abs(o.Sense) == group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words two statements share in the same order (a longest common subsequence of their stems), as pairs of
    /// positions, by which a cue is placed inside or outside what they share.
    /// </summary>
    private sealed class Alignment
    {
        private readonly List<(int A, int B)> _pairs;

        private readonly HashSet<int> _sharedA;

        private readonly HashSet<int> _sharedB;

        private readonly int _lengthA;

        private readonly int _lengthB;

        private Alignment(List<(int A, int B)> pairs, HashSet<int> sharedA, HashSet<int> sharedB, int lengthA, int lengthB) =>
            (_pairs, _sharedA, _sharedB, _lengthA, _lengthB) = (pairs, sharedA, sharedB, lengthA, lengthB);

        public static Alignment Of(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            var lengths = new int[a.Count + 1, b.Count + 1];
            for (var i = a.Count - 1; i >= 0; i--)
            {
                for (var j = b.Count - 1; j >= 0; j--)
                {
                    lengths[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                        ? lengths[i + 1, j + 1] + 1
                        : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            var pairs = new List<(int, int)>();
            var (x, y) = (0, 0);
            while (x < a.Count && y < b.Count)
            {
                if (string.Equals(a[x], b[y], StringComparison.Ordinal))
                {
                    pairs.Add((x++, y++));
                }
                else if (lengths[x + 1, y] >= lengths[x, y + 1])
                {
                    x++;
                }
                else
                {
                    y++;
                }
            }

            var (inA, inB) = (a.ToHashSet(StringComparer.Ordinal), b.ToHashSet(StringComparer.Ordinal));
            return new Alignment(pairs,
                [.. Enumerable.Range(0, a.Count).Where(i => inB.Contains(a[i]))],
                [.. Enumerable.Range(0, b.Count).Where(j => inA.Contains(b[j]))],
                a.Count,
                b.Count);
        }

        /// <summary>Whether a shared word stands within <see cref="Reach"/> before position <paramref name="at"/> of one side.</summary>
        public bool SharedBefore(int at, bool inA) => Enumerable.Range(Math.Max(0, at - Reach), Math.Min(Reach, at)).Any(i => SharedAt(i, inA));

        /// <summary>
        /// Whether a negation standing before word <paramref name="at"/> bears on what both say: a shared word within
        /// <see cref="Reach"/> before it (or it stands first), and one of the two words it negates shared («لم يعلن» /
        /// «يعلن»), not a clause only its side has («في معلومات لا يمكن التأكد منها»); or, when it negates the statement's
        /// last word, that word shared.
        /// </summary>
        public bool Surrounds(int at, bool inA)
        {
            var before = at < Reach || SharedBefore(at, inA);
            return before && (Follows(at, inA) || EndsShared(at, inA));
        }

        /// <summary>
        /// Whether the statement ends with the negated word and the other says it: «السعوديون في سيدني بخير» / «…
        /// ليسوا بخير», where no second shared word can follow because nothing follows.
        /// </summary>
        private bool EndsShared(int at, bool inA) => at == (inA ? _lengthA : _lengthB) - 1 && SharedAt(at, inA);

        /// <summary>Whether shared words follow word position <paramref name="at"/> closely: one within <see cref="Reach"/> + 1 (a subject may come between a verb and its object), and two in all within twice <see cref="Reach"/>.</summary>
        public bool Follows(int at, bool inA) =>
            Enumerable.Range(at, Reach + 1).Any(i => SharedAt(i, inA))
            && Enumerable.Range(at, 2 * Reach).Count(i => SharedAt(i, inA)) >= 2;

        /// <summary>Whether the word at position <paramref name="i"/> of one side is anywhere in the other (in any order: outlets reorder).</summary>
        private bool SharedAt(int i, bool inA) => (inA ? _sharedA : _sharedB).Contains(i);

        /// <summary>Whether position <paramref name="a"/> of the first statement and <paramref name="b"/> of the second lie between the same two shared words (or one and an end).</summary>
        public bool SamePlace(int a, int b)
        {
            (int A, int B) before = _pairs.LastOrDefault<(int A, int B)>(p => p.A < a, (-1, -1));
            (int A, int B) after = _pairs.FirstOrDefault<(int A, int B)>(p => p.A > a, (int.MaxValue, int.MaxValue));
            var anchored = (before.A >= 0 && a - before.A <= Reach) || (after.A != int.MaxValue && after.A - a <= Reach);
            return anchored && b > before.B && b < after.B && (before.B < 0 || b - before.B <= Reach + 1) && (after.B == int.MaxValue || after.B - b <= Reach + 1);
        }

        private static int Side((int A, int B) pair, bool inA) => inA ? pair.A : pair.B;
    }

    /// <summary>The rarity of the rarest word of <paramref name="a"/> that the other statement lacks (0 when it lacks none).</summary>
    private static double RarestUnmatched(Statement a, HashSet<string> other)
    {
        var rarest = 0.0;
        foreach (var (stem, rarity) in a.Rarity)
        {
            if (!other.Contains(stem))
            {
                rarest = Math.Max(rarest, rarity);
            }
        }

        return rarest;
    }

    /// <summary>The share of pairs of shared words that come in the other order in <paramref name="b"/>.</summary>
    private static double Reversed(IReadOnlyList<string> a, IReadOnlyList<string> b, HashSet<string> inB)
    {
        var firstInB = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < b.Count; i++)
        {
            firstInB.TryAdd(b[i], i);
        }

        var order = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in a)
        {
            if (inB.Contains(stem) && seen.Add(stem))
            {
                order.Add(firstInB[stem]);
            }
        }

        if (order.Count < 2)
        {
            return 0;
        }

        var (discordant, pairs) = (0, 0);
        for (var i = 0; i < order.Count; i++)
        {
            for (var j = i + 1; j < order.Count; j++)
            {
                pairs++;
                discordant += order[i] > order[j] ? 1 : 0;
            }
        }

        return (double)discordant / pairs;
    }
}

/// <summary>
/// Which pairs of statements a difference in polarity may make a conflict about what happened.
/// </summary>
/// <param name="MinDice">
/// Share of their content words (Dice) two statements need: a contradiction says the same thing the other way;
/// sentences that share a subject and little else («نفى الوزير ما يتداول عن تأجيل الدراسة» / «أقامت الوزارة حفل
/// معايدة بحضور الوزير») say different things.
/// </param>
/// <param name="MaxWords">
/// Content words each may have: in a headline or a short lead a negation or an opposite word bears on the claim; in a
/// long sentence of several clauses it mostly bears on a clause one side adds.
/// </param>
/// <remarks>Both chosen on SaudiNewsNet and the dev headline pairs: docs/consolidation.md has the curve.</remarks>
public sealed record ClaimGate(double MinDice, int MaxWords)
{
    public static ClaimGate Default { get; } = new(0.5, 16);
}

/// <summary>
/// A softmax regression over <see cref="StanceFeatures"/> (one weight per feature and <see cref="StanceKind"/>) and
/// over the hashed words of the pair (<see cref="StanceWords"/>: one weight per bucket and kind). The shipped weights
/// are <c>Consolidate/Resources/stance-model.txt</c> and <c>stance-words.bin</c>, both rebuilt by
/// <c>bench stance-train --write</c>.
/// </summary>
public sealed class StanceModel
{
    private const string Resources = "Khabar.Core.Consolidate.Resources.";

    private static readonly Lazy<StanceModel> Shipped = new(() =>
    {
        using var stream = Resource("stance-model.txt");
        using var reader = new StreamReader(stream);
        var model = Parse(reader.ReadToEnd());
        using var words = Resource("stance-words.bin");
        return new StanceModel(model._weights, ReadWords(words));
    });

    private readonly double[][] _weights;

    /// <summary>The word weights, <see cref="StanceWords.Buckets"/> × 3, a bucket's three kinds side by side; empty without words.</summary>
    private readonly float[] _words;

    public StanceModel(double[][] weights, float[]? words = null)
    {
        if (weights.Length != 3 || weights.Any(w => w.Length != StanceFeatures.Count))
        {
            throw new ArgumentException($"a stance model has 3 rows of {StanceFeatures.Count} weights", nameof(weights));
        }

        if (words is not null && words.Length != 3 * StanceWords.Buckets)
        {
            throw new ArgumentException($"a stance model has 3 word weights for each of {StanceWords.Buckets} buckets", nameof(words));
        }

        _weights = weights;
        _words = words ?? [];
    }

    public static StanceModel Default => Shipped.Value;

    /// <summary>The weights of each class, in <see cref="StanceKind"/> order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Weights => _weights;

    /// <summary>Whether the model reads the pair's words as well as its cues.</summary>
    public bool ReadsWords => _words.Length > 0;

    /// <summary>The word weights, a bucket's three kinds side by side (empty when the model reads no words).</summary>
    public ReadOnlySpan<float> WordWeights => _words;

    /// <summary>The probability of each <see cref="StanceKind"/>, in its order, from the cues alone.</summary>
    public double[] Probabilities(ReadOnlySpan<double> features) => Probabilities(features, WordFeatures.None);

    /// <summary>The probability of each <see cref="StanceKind"/>, in its order.</summary>
    public double[] Probabilities(ReadOnlySpan<double> features, WordFeatures words)
    {
        var scores = new double[3];
        for (var c = 0; c < 3; c++)
        {
            for (var k = 0; k < features.Length; k++)
            {
                scores[c] += _weights[c][k] * features[k];
            }
        }

        if (_words.Length > 0)
        {
            for (var i = 0; i < words.Buckets.Length; i++)
            {
                var at = 3 * words.Buckets[i];
                for (var c = 0; c < 3; c++)
                {
                    scores[c] += _words[at + c] * words.Values[i];
                }
            }
        }

        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < 3; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < 3; c++)
        {
            scores[c] /= sum;
        }

        return scores;
    }

    /// <summary>The probability that <paramref name="a"/> and <paramref name="b"/> cannot both be true.</summary>
    public double Contradiction(Statement a, Statement b) =>
        Probabilities(StanceFeatures.Of(a, b), ReadsWords ? StanceWords.Of(a, b) : WordFeatures.None)[(int)StanceKind.Contradict];

    /// <summary>Writes the word weights as 16-bit floats, gzipped, after a header naming the format and the bucket count.</summary>
    public void WriteWords(Stream stream)
    {
        if (!ReadsWords)
        {
            throw new InvalidOperationException("this stance model reads no words: there are no word weights to write");
        }

        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(WordsMagic);
        writer.Write(StanceWords.Bits);
        foreach (var weight in _words)
        {
            // A 16-bit float ends at ±65504: larger weights are kept at its end, not made infinite.
            writer.Write((Half)Math.Clamp(weight, -65504f, 65504f));
        }
    }

    /// <summary>Reads word weights written by <see cref="WriteWords"/>.</summary>
    public static float[] ReadWords(Stream stream)
    {
        const string Rebuild = "; rebuild it with `bench stance-train --write`";
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var reader = new BinaryReader(gzip);
            if (reader.ReadInt32() != WordsMagic)
            {
                throw new InvalidDataException("stance words: not a stance word model" + Rebuild);
            }

            var bits = reader.ReadInt32();
            if (bits != StanceWords.Bits)
            {
                throw new InvalidDataException($"stance words: {bits} bits of buckets, not {StanceWords.Bits}" + Rebuild);
            }

            var words = new float[3 * StanceWords.Buckets];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = (float)reader.ReadHalf();
                if (!float.IsFinite(words[i]))
                {
                    throw new InvalidDataException($"stance words: weight {i} is not a number" + Rebuild);
                }
            }

            if (gzip.ReadByte() >= 0)
            {
                throw new InvalidDataException("stance words: more bytes follow the weights" + Rebuild);
            }

            return words;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("stance words: the file ends before its weights do" + Rebuild);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith("stance words:", StringComparison.Ordinal))
        {
            throw new InvalidDataException("stance words: not gzip data (" + e.Message + ")" + Rebuild, e);
        }
    }

    private const int WordsMagic = 0x3157534B; // "KSW1"

    private static Stream Resource(string name) =>
        typeof(StanceModel).Assembly.GetManifestResourceStream(Resources + name)
        ?? throw new InvalidOperationException($"{name} is missing from Khabar.Core; rebuild it with `bench stance-train --write`");

    public string Write() =>
        "# Khabar stance model: one line per class (agree, contradict, other), one weight per feature: "
        + string.Join(", ", StanceFeatures.Names) + ". Rebuilt by `bench stance-train --write`.\n"
        + string.Join('\n', Enum.GetValues<StanceKind>().Select(k =>
            k.ToString().ToLowerInvariant() + "\t" + string.Join('\t', _weights[(int)k].Select(w => w.ToString("R", CultureInfo.InvariantCulture))))) + "\n";

    public static StanceModel Parse(string text)
    {
        var rows = new double[3][];
        foreach (var line in text.Split('\n').Where(l => l.Length > 0 && l[0] != '#'))
        {
            var fields = line.Split('\t');
            if (!Enum.TryParse<StanceKind>(fields[0], ignoreCase: true, out var kind))
            {
                throw new InvalidDataException($"stance model: '{fields[0]}' is not a stance");
            }

            rows[(int)kind] = [.. fields.Skip(1).Select(f => double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                ? weight
                : throw new InvalidDataException($"stance model: '{f}' on the {fields[0]} line is not a number"))];
        }

        if (rows.Any(r => r is null))
        {
            throw new InvalidDataException("stance model: a line for each of agree, contradict and other is needed");
        }

        if (rows.FirstOrDefault(r => r.Length != StanceFeatures.Count) is { } wrong)
        {
            throw new InvalidDataException($"stance model: {wrong.Length} weights on a line, not {StanceFeatures.Count} (one per feature); rebuild it with `bench stance-train --write`");
        }

        return new StanceModel(rows);
    }
}
