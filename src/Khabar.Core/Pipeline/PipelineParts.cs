using Khabar.Core.Analyze;
using Khabar.Core.Consolidate;
using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Pipeline;

/// <summary>
/// The models and tables the stages run with, given to the pipeline rather than looked up by the stages: the
/// analyzer (entity tagger and gazetteers), the corpus term weights, the consolidator (paraphrase groups, name
/// resolver) and the clock. <see cref="BuiltIn"/> is the one place the shipped resources are chosen; tests and
/// benches may assemble other parts.
/// </summary>
public sealed record PipelineParts
{
    public required ArticleAnalyzer Analyzer { get; init; }

    public required TermWeights Weights { get; init; }

    public required StoryConsolidator Consolidator { get; init; }

    /// <summary>Where the pipeline reads the time (elapsed figures); default the system clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The parts built from the resources shipped in this assembly (loaded once per process).</summary>
    public static PipelineParts BuiltIn() => Shipped.Value;

    private static readonly Lazy<PipelineParts> Shipped = new(() =>
    {
        var gazetteer = Gazetteer.Default;
        var weights = TermWeights.Default;
        return new PipelineParts
        {
            Analyzer = new ArticleAnalyzer(new MentionFinder(EntityTagger.Default, gazetteer)),
            Weights = weights,
            Consolidator = new StoryConsolidator(weights, Paraphrases.Load(),
                new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, gazetteer)),
        };
    });
}
