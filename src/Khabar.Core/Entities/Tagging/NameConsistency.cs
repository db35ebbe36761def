namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// One document, one reading of a name: after both passes, a word the tagger left outside any entity is labelled
/// as the document labels it elsewhere. A person named in full («نجيب محفوظ») is then found by the surname alone
/// («محفوظ», «لمحفوظ») in the sentences around; a word tagged alone as one type at most of its other places takes
/// that type where it was missed. Words are compared by their core (proclitics off), within
/// <see cref="DocumentMemory.Window"/> sentences, as the second pass's memory is.
/// </summary>
internal static class NameConsistency
{
    /// <summary>Share of a word's other places, tagged as one type, needed to tag the rest.</summary>
    private const double AgreeingShare = 0.5;

    [Flags]
    internal enum Rules
    {
        None = 0,

        /// <summary>The last word of a person's name of two words or more is that person alone.</summary>
        Surnames = 1,

        /// <summary>A word tagged as a one-word entity of one type at most of its places is that entity everywhere.</summary>
        Majority = 2,

        All = Surnames | Majority,
    }

    internal static Rules Enabled { get; set; } = Rules.All;

    /// <summary>Least corpus weight (<see cref="Khabar.Core.Analyze.TermWeights"/>, whole units) of a word carried over.</summary>
    internal static int MinWeight { get; set; } = 3;

    /// <summary>Times a word must end a longer person's name in the window to be carried over.</summary>
    internal static int MinSurnames { get; set; } = 2;

    /// <summary>Rewrites <paramref name="labels"/> in place; <paramref name="cores"/> are <see cref="TaggerFeatures.NameCores"/> (0 = never carried over).</summary>
    public static void Apply(IReadOnlyList<uint[]> cores, int[][] labels)
    {
        if (Enabled == Rules.None)
        {
            return;
        }

        // Labels are read as the passes left them, not as this step rewrites them, so the result does not
        // depend on the order the sentences are visited in. What the document says of each core is counted over a
        // sliding window of sentences (see the slots below).
        var original = labels.Select(l => (int[])l.Clone()).ToArray();
        var counts = new Dictionary<uint, int[]>();
        void Count(int s, int sign)
        {
            if (s < 0 || s >= cores.Count)
            {
                return;
            }

            for (var t = 0; t < original[s].Length; t++)
            {
                var core = cores[s][t];
                if (core == 0)
                {
                    continue;
                }

                if (!counts.TryGetValue(core, out var c))
                {
                    counts[core] = c = new int[Slots];
                }

                c[SlotOf(original[s], t)] += sign;
            }
        }

        for (var s = 0; s <= DocumentMemory.Window; s++)
        {
            Count(s, 1);
        }

        for (var s = 0; s < cores.Count; s++)
        {
            if (s > 0)
            {
                Count(s + DocumentMemory.Window, 1);
                Count(s - DocumentMemory.Window - 1, -1);
            }

            var sentence = labels[s];
            for (var t = 0; t < sentence.Length; t++)
            {
                if (original[s][t] != BioLabel.Outside || cores[s][t] == 0 || !counts.TryGetValue(cores[s][t], out var c))
                {
                    continue;
                }

                // Never glued to an entity beside it: that would change the neighbour's extent.
                var before = t > 0 ? original[s][t - 1] : BioLabel.Outside;
                var after = t + 1 < sentence.Length ? original[s][t + 1] : BioLabel.Outside;
                if (before != BioLabel.Outside || BioLabel.IsInside(after))
                {
                    continue;
                }

                if (Chosen(c) is { } type)
                {
                    sentence[t] = BioLabel.Begin(type);
                }
            }
        }
    }

    /// <summary>Slot 0: outside any entity; 1–4: a one-word entity of that <see cref="EntityType"/>; then the last word of a longer person, then any other word of a longer entity.</summary>
    private const int Slots = 5 + 2;

    private const int SurnameSlot = 5;

    private const int OtherSlot = 6;

    private static int SlotOf(int[] sentence, int t)
    {
        var label = sentence[t];
        if (label == BioLabel.Outside)
        {
            return 0;
        }

        var ends = t + 1 >= sentence.Length || !BioLabel.IsInside(sentence[t + 1]);
        if (!ends)
        {
            return OtherSlot;
        }

        if (BioLabel.IsBegin(label))
        {
            return (int)BioLabel.TypeOf(label);
        }

        return BioLabel.TypeOf(label) == EntityType.Person ? SurnameSlot : OtherSlot;
    }

    private static EntityType? Chosen(int[] counts)
    {
        if ((Enabled & Rules.Surnames) != 0 && counts[SurnameSlot] >= MinSurnames)
        {
            return EntityType.Person;
        }

        if ((Enabled & Rules.Majority) == 0)
        {
            return null;
        }

        var total = counts.Sum();
        foreach (var type in EntityTypes.All)
        {
            if (counts[(int)type] >= 2 && counts[(int)type] > AgreeingShare * total)
            {
                return type;
            }
        }

        return null;
    }
}
