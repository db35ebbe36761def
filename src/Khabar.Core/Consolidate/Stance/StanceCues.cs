using System.Collections.Frozen;
using Khabar.Text.Normalize;
using Khabar.Text.Resources;
using Khabar.Text.Stem;

namespace Khabar.Core.Consolidate.Stance;

/// <summary>
/// The word lists stance reads (<c>Consolidate/Resources/stance-*.txt</c>): negations and the idioms and particles
/// that cancel them, denials, postponements, modality, relations that hold both ways, and
/// opposite senses (each stem with the senses it carries: group number, positive on the list's left side and
/// negative on its right).
/// </summary>
public sealed class StanceCues
{
    private static readonly Lazy<StanceCues> Shipped = new(Load);

    private StanceCues(FrozenSet<string> negations, FrozenSet<string> denials, FrozenSet<string> modality, FrozenDictionary<string, int[]> senses, FrozenSet<string> negationIdioms, FrozenSet<string> purpose, FrozenSet<string> auxiliaries, FrozenSet<string> symmetric, FrozenSet<string> postponements)
    {
        Postponements = postponements;
        Symmetric = symmetric;
        Auxiliaries = auxiliaries;
        NegationIdioms = negationIdioms;
        Purpose = purpose;
        Negations = negations;
        Denials = denials;
        Modality = modality;
        Senses = senses;
    }

    /// <summary>The lists shipped with Khabar.</summary>
    public static StanceCues Default => Shipped.Value;

    /// <summary>Match keys of negating words.</summary>
    public FrozenSet<string> Negations { get; }

    /// <summary>Match keys of words after which a negation is an idiom, not a negation (لا يزال، لا سيما).</summary>
    public FrozenSet<string> NegationIdioms { get; }

    /// <summary>Light stems of verbs of ability through which a negation bears on the next word (لم يتمكن من السيطرة).</summary>
    public FrozenSet<string> Auxiliaries { get; }

    /// <summary>Light stems of words of a relation that holds both ways (التقى، تعادل، بين): two names trading places around them swap no roles.</summary>
    public FrozenSet<string> Symmetric { get; }

    /// <summary>Match keys of particles of purpose (لكي لا).</summary>
    public FrozenSet<string> Purpose { get; }

    /// <summary>Match keys of denying words.</summary>
    public FrozenSet<string> Denials { get; }

    /// <summary>Words, as written (hamza and all), that put off what they stand before (يرجئ، تأجيل): a denial that it happens as the other side says.</summary>
    public FrozenSet<string> Postponements { get; }

    /// <summary>Match keys of words of possibility and plans.</summary>
    public FrozenSet<string> Modality { get; }

    /// <summary>For a light stem, the senses it carries: ± (group + 1).</summary>
    public FrozenDictionary<string, int[]> Senses { get; }

    /// <summary>The stem a word's senses are looked up by: its match key, light-stemmed.</summary>
    public static string StemOf(string key) => LightStemmer.StemOf(key).ToString();

    private static StanceCues Load()
    {
        var assembly = typeof(StanceCues).Assembly;
        FrozenSet<string> Keys(string file) =>
            EmbeddedWordList.Load(assembly, $"Khabar.Core.Consolidate.Resources.{file}").Select(w => MatchKey.Of(w)).ToFrozenSet(StringComparer.Ordinal);

        var senses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var group = 0;
        foreach (var line in EmbeddedWordList.Load(assembly, "Khabar.Core.Consolidate.Resources.stance-opposites.txt"))
        {
            var sides = line.Split('\t');
            if (sides.Length != 2 || sides.Any(s => s.Trim().Length == 0))
            {
                throw new FormatException($"stance-opposites.txt: '{line}' is not 'forms TAB forms'");
            }

            group++;
            for (var side = 0; side < 2; side++)
            {
                foreach (var form in sides[side].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var stem = StemOf(MatchKey.Of(form));
                    var sense = side == 0 ? group : -group;
                    var list = senses.TryGetValue(stem, out var found) ? found : senses[stem] = [];
                    if (!list.Contains(sense))
                    {
                        list.Add(sense);
                    }
                }
            }
        }

        return new StanceCues(Keys("stance-negation.txt"), Keys("stance-denial.txt"), Keys("stance-modality.txt"),
            senses.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            Keys("stance-negation-idioms.txt"), Keys("stance-purpose.txt"),
            Keys("stance-auxiliaries.txt").Select(StemOf).ToFrozenSet(StringComparer.Ordinal),
            Keys("stance-symmetric.txt").Select(StemOf).ToFrozenSet(StringComparer.Ordinal),
            EmbeddedWordList.Load(assembly, "Khabar.Core.Consolidate.Resources.stance-postponement.txt").ToFrozenSet(StringComparer.Ordinal));
    }
}
