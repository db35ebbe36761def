using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Pipeline;

/// <summary>
/// The models and tables the stages run with, given to the pipeline rather than looked up by the stages: the
/// analyzer (entity tagger and gazetteers), the corpus term weights, the consolidator (paraphrase groups, name
/// resolver) and the clock. Each is built on first use, so reading an up-to-date store loads no model.
/// <see cref="BuiltIn"/> is the one place the shipped resources are chosen; tests and benches may assemble other
/// parts.
/// </summary>
public sealed class PipelineParts(Func<ArticleAnalyzer> analyzer, Func<TermWeights> weights, Func<StoryConsolidator> consolidator)
{
    private readonly Lazy<ArticleAnalyzer> _analyzer = new(analyzer);
    private readonly Lazy<TermWeights> _weights = new(weights);
    private readonly Lazy<StoryConsolidator> _consolidator = new(consolidator);

    public ArticleAnalyzer Analyzer => _analyzer.Value;

    public TermWeights Weights => _weights.Value;

    public StoryConsolidator Consolidator => _consolidator.Value;

    /// <summary>Where the pipeline reads the time (elapsed figures); default the system clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The parts built from the resources shipped in this assembly (each loaded once per process, when first used).</summary>
    public static PipelineParts BuiltIn() => Shipped;

    private static readonly PipelineParts Shipped = new(
        () => new ArticleAnalyzer(new MentionFinder(EntityTagger.Default, Gazetteer.Default)),
        () => TermWeights.Default,
        () => new StoryConsolidator(TermWeights.Default, Paraphrases.Load(),
            new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, Gazetteer.Default)));
}
