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

    /// <summary>The label of each token of one text, cut into sentences after . ! ? ؟.</summary>
    public int[] Tag(IReadOnlyList<string> tokens)
    {
        var sentences = new List<string[]>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ConllReader.IsSentenceEnd(tokens[i]) || i == tokens.Count - 1)
            {
                sentences.Add(Slice(tokens, start, i + 1 - start));
                start = i + 1;
            }
        }

        return TagSentences(sentences).SelectMany(l => l).ToArray();
    }

    /// <summary>The labels of the sentences of one document, in order.</summary>
    public int[][] TagSentences(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var extracted = sentences.Select(features.Extract).ToArray();
        var first = extracted.Select(model.First.Decode).ToArray();
        var cores = sentences.Select(features.Cores).ToArray();
        var second = DocumentMemory.Extend(extracted, cores, first);
        return second.Select(model.Second.Decode).ToArray();
    }

    private static string[] Slice(IReadOnlyList<string> tokens, int start, int count)
    {
        var slice = new string[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = tokens[start + i];
        }

        return slice;
    }
}
