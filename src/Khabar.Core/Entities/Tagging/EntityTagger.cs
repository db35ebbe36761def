using System.Collections.Concurrent;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// Labels tokens with <see cref="BioLabel"/>s in two passes: the first from each sentence alone, the second
/// also from how the first labelled the same words in the sentences around (<see cref="DocumentMemory"/>).
/// </summary>
public sealed class EntityTagger(StackedTaggerModel model, TaggerFeatures features)
{
    private const int L = BioLabel.Count;

    private const int C = TaggerFeatures.ContextPerToken;

    private static readonly Lazy<EntityTagger> DefaultTagger = new(() => new EntityTagger(StackedTaggerModel.Default, TaggerFeatures.Default));

    /// <summary>Scratch for the documents being tagged, one set per thread at a time.</summary>
    private readonly ConcurrentBag<TaggingBuffers> _buffers = [];

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

        var labels = new int[tokens.Count];
        var at = 0;
        foreach (var sentence in TagSentences(sentences))
        {
            sentence.CopyTo(labels, at);
            at += sentence.Length;
        }

        return labels;
    }

    /// <summary>
    /// The labels of the sentences of one document, in order. Sentences longer than <see cref="MaxPiece"/> tokens
    /// (scraped text without punctuation) are tagged in pieces: features look two tokens around, so little is
    /// lost, and every buffer stays small.
    /// </summary>
    public int[][] TagSentences(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var buffers = _buffers.TryTake(out var kept) ? kept : new TaggingBuffers();
        var pieces = buffers.Plan(sentences);
        try
        {
            FirstPass(sentences, buffers, pieces);
            var labels = SecondPass(sentences, buffers, pieces);
            NameConsistency.Apply(NameCores(sentences, buffers, pieces), labels);
            return labels;
        }
        finally
        {
            buffers.Release(pieces);
            _buffers.Add(buffers);
        }
    }

    /// <summary>Longest run of tokens decoded at once.</summary>
    internal const int MaxPiece = 100;

    /// <summary>Each sentence's <see cref="TaggerFeatures.NameCores"/>, from the traits the first pass read.</summary>
    private static uint[][] NameCores(IReadOnlyList<IReadOnlyList<string>> sentences, TaggingBuffers buffers, int pieces)
    {
        var cores = new uint[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            cores[s] = sentences[s].Count == 0 ? [] : new uint[sentences[s].Count];
        }

        for (var p = 0; p < pieces; p++)
        {
            var (sentence, from) = buffers.Pieces[p];
            var at = buffers.PieceStarts[p];
            for (var i = 0; i < buffers.PieceStarts[p + 1] - at; i++)
            {
                cores[sentence][from + i] = TaggerFeatures.NameCoreOf(buffers.Traits[at + i]);
            }
        }

        return cores;
    }

    /// <summary>Each token's traits, core and context features, and the first pass's labels.</summary>
    private void FirstPass(IReadOnlyList<IReadOnlyList<string>> sentences, TaggingBuffers buffers, int pieces)
    {
        for (var p = 0; p < pieces; p++)
        {
            var (sentence, from) = buffers.Pieces[p];
            var at = buffers.PieceStarts[p];
            var n = buffers.PieceStarts[p + 1] - at;
            var traits = buffers.Traits.AsSpan(at, n);
            for (var i = 0; i < n; i++)
            {
                traits[i] = features.Traits(sentences[sentence][from + i]);
                buffers.Cores[at + i] = TaggerFeatures.CoreOf(traits[i]);
            }

            var context = buffers.Context.AsSpan(at * C, n * C);
            features.Context(traits, buffers.Spans.AsSpan(0, n), context);
            var emissions = buffers.Emissions.AsSpan(0, n * L);
            model.First.Emissions(traits, context, [], [], buffers.Scores, emissions);

            ViterbiDecoder.Decode(emissions, model.First.Transitions, buffers.FirstLabels.AsSpan(at, n), buffers.ViterbiScores, buffers.ViterbiBack);
        }
    }

    /// <summary>The second pass's labels, sentence by sentence.</summary>
    private int[][] SecondPass(IReadOnlyList<IReadOnlyList<string>> sentences, TaggingBuffers buffers, int pieces)
    {
        var labels = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            labels[s] = sentences[s].Count == 0 ? [] : new int[sentences[s].Count];
        }

        buffers.Memory.Start(buffers.Cores, buffers.FirstLabels, buffers.PieceStarts, pieces);
        for (var p = 0; p < pieces; p++)
        {
            var (sentence, from) = buffers.Pieces[p];
            var at = buffers.PieceStarts[p];
            var n = buffers.PieceStarts[p + 1] - at;
            var remembered = buffers.MemoryFeatures;
            var starts = buffers.MemoryStarts;
            buffers.Memory.Features(p, remembered, starts);
            var traits = buffers.Traits.AsSpan(at, n);
            var context = buffers.Context.AsSpan(at * C, n * C);
            var emissions = buffers.Emissions.AsSpan(0, n * L);
            model.Second.Emissions(traits, context, remembered, starts.AsSpan(0, n + 1), buffers.Scores, emissions);

            ViterbiDecoder.Decode(emissions, model.Second.Transitions, labels[sentence].AsSpan(from, n), buffers.ViterbiScores, buffers.ViterbiBack);
        }

        return labels;
    }

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
