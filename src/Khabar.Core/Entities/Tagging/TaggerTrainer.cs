namespace Khabar.Core.Entities.Tagging;

/// <summary>How <see cref="TaggerTrainer"/> trains.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="MinCount">Features seen fewer times than this in training are left out of the model.</param>
/// <param name="Seed">Seeds the order of sentences in each pass, so training is repeatable.</param>
/// <param name="Bags">Models trained on other sentence orders and averaged into one (1: a single model).</param>
public sealed record TrainerOptions(int Epochs = 15, int MinCount = 2, int Seed = 20231, int Bags = 3)
{
    public static TrainerOptions Default { get; } = new();
}

/// <summary>
/// Trains a <see cref="TaggerModel"/> as an averaged structured perceptron (Collins 2002): decode each
/// training sentence with the current weights, move the weights of the features where the best guess is wrong
/// towards the right labels, and keep the average of the weights over all steps.
/// </summary>
public static class TaggerTrainer
{
    private const int L = BioLabel.Count;

    /// <summary>Weights whose averaged magnitude stays below this for every label are not stored.</summary>
    private const float Negligible = 1e-3f;

    /// <summary>First-pass labels for the second pass's training come from models that did not see the sentence: this many folds.</summary>
    private const int Folds = 5;

    /// <summary>
    /// Trains both passes. The second pass must learn from first-pass labels as imperfect as they will be on
    /// new text, so those come from <see cref="Folds"/> models each trained without the sentences it labels.
    /// </summary>
    public static StackedTaggerModel Train(
        IReadOnlyList<TaggedSentence> sentences,
        TaggerFeatures features,
        TrainerOptions options,
        Action<string>? progress = null)
    {
        var extracted = new SentenceFeatures[sentences.Count];
        Parallel.For(0, sentences.Count, i => extracted[i] = features.Extract(sentences[i].Tokens));
        var gold = sentences.Select(s => s.Labels).ToArray();
        var cores = sentences.Select(s => features.Cores(s.Tokens)).ToArray();

        var firstLabels = new int[sentences.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var (from, to) = (fold * sentences.Count / Folds, (fold + 1) * sentences.Count / Folds);
            var others = Enumerable.Range(0, sentences.Count).Where(s => s < from || s >= to).ToArray();
            var model = TrainPass(others.Select(s => extracted[s]).ToArray(), others.Select(s => gold[s]).ToArray(), features.Fingerprint, options);
            for (var s = from; s < to; s++)
            {
                firstLabels[s] = model.Decode(extracted[s]);
            }

            progress?.Invoke($"fold {fold + 1}/{Folds} labelled");
        }

        var remembered = DocumentMemory.Extend(extracted, cores, firstLabels);
        var second = Bagged(remembered, gold, features.Fingerprint, options, progress);
        var first = Bagged(extracted, gold, features.Fingerprint, options, null);
        return new StackedTaggerModel(first, second);
    }

    /// <summary>
    /// <see cref="TaggerModel.Mean"/> of <see cref="TrainerOptions.Bags"/> passes, each over the sentences in another
    /// seeded order: the perceptron keeps what one order taught it, and the mean smooths that out at no cost in tagging.
    /// </summary>
    private static TaggerModel Bagged(
        IReadOnlyList<SentenceFeatures> extracted, IReadOnlyList<IReadOnlyList<int>> gold, ulong fingerprint, TrainerOptions options, Action<string>? progress)
    {
        if (options.Bags <= 1)
        {
            return TrainPass(extracted, gold, fingerprint, options, progress);
        }

        var models = Enumerable.Range(0, options.Bags)
            .Select(b => TrainPass(extracted, gold, fingerprint, options with { Seed = options.Seed + (7919 * b) }, progress))
            .ToList();
        return TaggerModel.Mean(models);
    }

    /// <summary>One averaged perceptron over given features.</summary>
    public static TaggerModel TrainPass(
        IReadOnlyList<SentenceFeatures> extracted,
        IReadOnlyList<IReadOnlyList<int>> gold,
        ulong fingerprint,
        TrainerOptions options,
        Action<string>? progress = null)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var sentence in extracted)
        {
            foreach (var f in sentence.All)
            {
                if (f != TaggerFeatures.NoFeature)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }
            }
        }

        var rowOf = new Dictionary<uint, int>();
        foreach (var (f, count) in counts)
        {
            if (count >= options.MinCount)
            {
                rowOf[f] = rowOf.Count;
            }
        }

        var rows = extracted.Select(s => RowsOf(s, rowOf)).ToArray();
        var state = new PerceptronState(rowOf.Count);
        var order = Enumerable.Range(0, extracted.Count).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                mistakes += state.Learn(rows[s], gold[s]);
            }

            progress?.Invoke($"epoch {epoch + 1}: {mistakes} tokens wrong");
        }

        return state.Averaged(rowOf, fingerprint);
    }

    private static (int[] Rows, int[] Starts) RowsOf(SentenceFeatures sentence, Dictionary<uint, int> rowOf)
    {
        var kept = new List<int>();
        var starts = new int[sentence.Length + 1];
        for (var i = 0; i < sentence.Length; i++)
        {
            starts[i] = kept.Count;
            foreach (var f in sentence.Of(i))
            {
                if (rowOf.TryGetValue(f, out var r))
                {
                    kept.Add(r);
                }
            }
        }

        starts[sentence.Length] = kept.Count;
        return ([.. kept], starts);
    }

    /// <summary>Weights, and for averaging the step-weighted sum of every update (the "lazy" averaging trick).</summary>
    private sealed class PerceptronState(int rows)
    {
        private readonly float[] _weights = new float[rows * L];
        private readonly float[] _updates = new float[rows * L];
        private readonly float[] _transitions = new float[(L + 1) * L];
        private readonly float[] _transitionUpdates = new float[(L + 1) * L];
        private int _step = 1;

        /// <summary>One perceptron step on one sentence; returns the tokens it got wrong.</summary>
        public int Learn((int[] Rows, int[] Starts) sentence, IReadOnlyList<int> gold)
        {
            var n = gold.Count;
            var emissions = new float[n * L];
            for (var i = 0; i < n; i++)
            {
                for (var k = sentence.Starts[i]; k < sentence.Starts[i + 1]; k++)
                {
                    var r = sentence.Rows[k] * L;
                    for (var l = 0; l < L; l++)
                    {
                        emissions[(i * L) + l] += _weights[r + l];
                    }
                }
            }

            var guess = new int[n];
            ViterbiDecoder.Decode(emissions, _transitions, guess);
            var wrong = 0;
            for (var i = 0; i < n; i++)
            {
                var goldPrevious = i == 0 ? -1 : gold[i - 1];
                var guessPrevious = i == 0 ? -1 : guess[i - 1];
                if (gold[i] != guess[i])
                {
                    wrong++;
                    for (var k = sentence.Starts[i]; k < sentence.Starts[i + 1]; k++)
                    {
                        var r = sentence.Rows[k] * L;
                        Update(_weights, _updates, r + gold[i], 1);
                        Update(_weights, _updates, r + guess[i], -1);
                    }
                }

                if (gold[i] != guess[i] || goldPrevious != guessPrevious)
                {
                    Update(_transitions, _transitionUpdates, ((goldPrevious + 1) * L) + gold[i], 1);
                    Update(_transitions, _transitionUpdates, ((guessPrevious + 1) * L) + guess[i], -1);
                }
            }

            _step++;
            return wrong;
        }

        public TaggerModel Averaged(Dictionary<uint, int> rowOf, ulong featureFingerprint)
        {
            var kept = new Dictionary<uint, int>();
            var weights = new List<float>();
            var average = new float[L];
            foreach (var (feature, row) in rowOf)
            {
                var significant = false;
                for (var l = 0; l < L; l++)
                {
                    average[l] = _weights[(row * L) + l] - (_updates[(row * L) + l] / _step);
                    significant |= MathF.Abs(average[l]) >= Negligible;
                }

                if (significant)
                {
                    kept[feature] = kept.Count;
                    weights.AddRange(average);
                }
            }

            var transitions = new float[_transitions.Length];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = _transitions[i] - (_transitionUpdates[i] / _step);
            }

            return new TaggerModel(kept, [.. weights], transitions, featureFingerprint);
        }

        private void Update(float[] weights, float[] updates, int at, float delta)
        {
            weights[at] += delta;
            updates[at] += _step * delta;
        }
    }
}
