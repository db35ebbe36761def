using Khabar.Core.Entities;
using Khabar.Text;
using Khabar.Text.Dates;
using Khabar.Text.Numbers;

namespace Khabar.Core.Analyze;

/// <summary>What analysis found in one article's clean text; offsets are into <c>Article.CleanText</c>.</summary>
public sealed record ArticleAnalysis
{
    /// <summary>The analyzer version that produced this; a cached analysis of another version is recomputed.</summary>
    public required int Version { get; init; }

    public required IReadOnlyList<TextExtent> Sentences { get; init; }

    /// <summary>Word tokens (Arabic, Latin or other script).</summary>
    public required int Words { get; init; }

    /// <summary>Every token, words and numbers and punctuation alike.</summary>
    public required int Tokens { get; init; }

    /// <summary>People, places, organisations and equipment named, in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; init; } = [];

    /// <summary>
    /// Dates and times, symbolic until placed against a publication day (<see cref="TemporalExpression.Resolve"/>);
    /// a weekday that a person's name holds whole (أحمد الخميس, a family) is not among them.
    /// </summary>
    public IReadOnlyList<TemporalExpression> Dates { get; init; } = [];

    /// <summary>Numbers with their units, normalized, with approximations marked.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
}
