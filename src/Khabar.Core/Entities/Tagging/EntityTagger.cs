namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// Labels tokens with <see cref="BioLabel"/>s in two passes: the first from each sentence alone, the second
/// also from how the first labelled the same words in the sentences around (<see cref="DocumentMemory"/>).
/// </summary>
public sealed class EntityTagger(StackedTaggerModel model, TaggerFeatures features)
{
    private static readonly Lazy<EntityTagger> DefaultTagger = new(() => new EntityTagger(StackedTaggerModel.Default, TaggerFeatures.Default));

    public static EntityTagger Default => DefaultTagger.Value;

    public StackedTaggerModel Model => model;

    /// <summary>
    /// Drops what tagging keeps per distinct token (its traits and scores: 200-300 MB once a large corpus has been
    /// tagged), so that the stages after tagging do not carry it. Call between stages, never while tagging; the
    /// labels stay the same.
    /// </summary>
    public void ForgetTokens()
    {
        features.ForgetTokens();
        model.First.ForgetTokens();
        model.Second.ForgetTokens();
    }

    /// <summary>The label of each token of one text, cut into sentences after . ! ? ؟.</summary>
    public int[] Tag(IReadOnlyList<string> tokens)
    {
        var sentences = new List<string[]>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ConllReader.IsSentenceEnd(tokens[i]) || i == tokens.Count - 1)
            {
                sentences.Add((string[])Slice(tokens, start, i + 1 - start));
                start = i + 1;
            }
        }

        return TagSentences(sentences).SelectMany(l => l).ToArray();
    }

    /// <summary>
    /// The labels of the sentences of one document, in order. Sentences longer than <see cref="MaxPiece"/> tokens
    /// (scraped text without punctuation) are tagged in pieces: features look two tokens around, so little is
    /// lost, and every buffer stays small.
    /// </summary>
    public int[][] TagSentences(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var pieces = new List<IReadOnlyList<string>>(sentences.Count);
        foreach (var sentence in sentences)
        {
            for (var start = 0; start < sentence.Count; start += MaxPiece)
            {
                pieces.Add(start == 0 && sentence.Count <= MaxPiece ? sentence : Slice(sentence, start, Math.Min(MaxPiece, sentence.Count - start)));
            }
        }

        var extracted = pieces.Select(features.Extract).ToArray();
        var first = extracted.Select(model.First.Decode).ToArray();
        var cores = pieces.Select(features.Cores).ToArray();
        var second = DocumentMemory.Extend(extracted, cores, first).Select(model.Second.Decode).ToArray();
        NameConsistency.Apply(pieces.Select(features.NameCores).ToArray(), second);

        var labels = new int[sentences.Count][];
        var piece = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (sentences[s].Count <= MaxPiece)
            {
                labels[s] = sentences[s].Count == 0 ? [] : second[piece++];
                continue;
            }

            labels[s] = new int[sentences[s].Count];
            for (var start = 0; start < sentences[s].Count; start += MaxPiece)
            {
                second[piece].CopyTo(labels[s], start);
                piece++;
            }
        }

        return labels;
    }

    /// <summary>Longest run of tokens decoded at once.</summary>
    private const int MaxPiece = 100;

    private static IReadOnlyList<string> Slice(IReadOnlyList<string> tokens, int start, int count)
    {
        var slice = new string[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = tokens[start + i];
        }

        return slice;
    }
}
