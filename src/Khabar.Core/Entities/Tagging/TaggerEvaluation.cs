namespace Khabar.Core.Entities.Tagging;

/// <summary>Counts for one entity type: exact-span entities found, missed and wrongly claimed.</summary>
public sealed record TypeScore(EntityType Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Entity-level scoring as CoNLL's conlleval does it: an entity is right only when its type and both its
/// boundaries are. A chunk starts at B-X, or at I-X after anything but X (so stray I tags still count).
/// </summary>
public sealed class TaggerEvaluation
{
    private readonly Dictionary<EntityType, (int Gold, int Predicted, int Correct)> _counts = [];

    public int Tokens { get; private set; }

    public int CorrectTokens { get; private set; }

    public void Add(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        foreach (var chunk in goldChunks)
        {
            Bump(chunk.Type, gold: 1);
        }

        foreach (var chunk in predictedChunks)
        {
            Bump(chunk.Type, predicted: 1, correct: goldChunks.Contains(chunk) ? 1 : 0);
        }

        Tokens += gold.Count;
        for (var i = 0; i < gold.Count; i++)
        {
            CorrectTokens += gold[i] == predicted[i] ? 1 : 0;
        }
    }

    public TypeScore Of(EntityType type)
    {
        var (g, p, c) = _counts.GetValueOrDefault(type);
        return new TypeScore(type, g, p, c);
    }

    /// <summary>Micro-averaged over <paramref name="types"/>.</summary>
    public (double Precision, double Recall, double F1) Overall(IEnumerable<EntityType> types)
    {
        int g = 0, p = 0, c = 0;
        foreach (var type in types)
        {
            var score = Of(type);
            g += score.Gold;
            p += score.Predicted;
            c += score.Correct;
        }

        var total = new TypeScore(0, g, p, c);
        return (total.Precision, total.Recall, total.F1);
    }

    /// <summary>The entities of a label sequence as (type, first token, token count).</summary>
    public static HashSet<(EntityType Type, int Start, int Length)> Chunks(IReadOnlyList<int> labels)
    {
        var chunks = new HashSet<(EntityType, int, int)>();
        var start = -1;
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : BioLabel.Outside;
            var continues = start >= 0 && BioLabel.IsInside(label) && BioLabel.TypeOf(label) == BioLabel.TypeOf(labels[start]);
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                chunks.Add((BioLabel.TypeOf(labels[start]), start, i - start));
                start = -1;
            }

            if (label != BioLabel.Outside)
            {
                start = i;
            }
        }

        return chunks;
    }

    private void Bump(EntityType type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var (g, p, c) = _counts.GetValueOrDefault(type);
        _counts[type] = (g + gold, p + predicted, c + correct);
    }
}
