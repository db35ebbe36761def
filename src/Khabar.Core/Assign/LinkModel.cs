using System.Globalization;

namespace Khabar.Core.Assign;

/// <summary>
/// A logistic model over <see cref="LinkFeatures"/>: the probability that two articles report one event
/// (<see cref="Event"/>) or belong to one story (<see cref="Story"/>). Trained from hand-labelled stories by
/// <see cref="LinkModelTrainer"/> (<c>bench story-train</c>), shipped as <c>Assign/Resources/link-models.txt</c>.
/// </summary>
public sealed class LinkModel(double[] weights)
{
    public IReadOnlyList<double> Weights => weights;

    public double Probability(ReadOnlySpan<double> features)
    {
        var z = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            z += weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// The highest score (before the logistic) this model can give features of which those at <paramref name="unknown"/>
    /// are not known yet, each somewhere between 0 and 1.
    /// </summary>
    public double Ceiling(ReadOnlySpan<double> features, ReadOnlySpan<int> unknown)
    {
        var z = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            z += unknown.Contains(i) ? Math.Max(0, weights[i]) : weights[i] * features[i];
        }

        return z;
    }

    /// <summary>
    /// The probability of a score no higher than <paramref name="ceiling"/> at most, with room for the rounding of a sum
    /// taken in another order.
    /// </summary>
    public static double ProbabilityAtMost(double ceiling) => 1 / (1 + Math.Exp(-(ceiling + 1e-9)));

    public string Write(string name) =>
        name + "\t" + string.Join('\t', weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)));

    public static LinkModel Parse(string fields)
    {
        var weights = fields.Split('\t').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        if (weights.Length != LinkFeatures.Count)
        {
            throw new InvalidDataException($"a link model has {LinkFeatures.Count} weights, not {weights.Length}");
        }

        return new LinkModel(weights);
    }
}

/// <summary>The two link models Assign runs with.</summary>
public sealed record LinkModels(LinkModel Event, LinkModel Story)
{
    private static readonly Lazy<LinkModels> Shipped = new(() =>
    {
        using var stream = typeof(LinkModels).Assembly.GetManifestResourceStream("Khabar.Core.Assign.Resources.link-models.txt")
            ?? throw new InvalidOperationException("link-models.txt is missing from Khabar.Core; rebuild it with `bench story-train`");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    public static LinkModels Default => Shipped.Value;

    public static LinkModels Parse(string text)
    {
        var models = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2) is [var name, var weights] ? (Name: name, Weights: weights) : throw new InvalidDataException($"a link model line is a name, a tab and weights, not '{l}'"))
            .ToDictionary(f => f.Name, f => LinkModel.Parse(f.Weights), StringComparer.Ordinal);
        return new LinkModels(Named(models, "event"), Named(models, "story"));
    }

    private static LinkModel Named(Dictionary<string, LinkModel> models, string name) =>
        models.TryGetValue(name, out var model) ? model : throw new InvalidDataException($"the link models have no '{name}' model");

    public string Write() =>
        "# Khabar link models: name, then one weight per feature (" + string.Join(", ", LinkFeatures.Names) + "). Rebuilt by `bench story-train`.\n"
        + Event.Write("event") + "\n" + Story.Write("story") + "\n";
}

/// <summary>
/// The link models and the probabilities from which they link two articles: one event from
/// <see cref="EventThreshold"/>; one story from <see cref="StoryThreshold"/>, or from <see cref="WordlessStoryThreshold"/>
/// when the two share no wording (MinHash similarity below <see cref="Wordless"/>: at most one of the 128 values alike),
/// or from <see cref="NamedStoryThreshold"/> when they share no wording and each holds at least
/// <see cref="MinSharedNames"/> of the other's names (its rarest terms, <see cref="ArticleProfile.NameTerms"/>).
/// Two reports days apart that share wording are most often two instances of one template (the story model's weight on
/// wording is strongly negative); two reports of one developing story a week apart share names and topic, rarely
/// sentences, and a template's instances rarely share their rare names (another country's president, another city's
/// election centre). An article too short for a shingle shares no wording with any. The looser thresholds were chosen on
/// the dev labels (docs/stories.md has the grids).
/// </summary>
public sealed record LinkRules(
    LinkModels Models,
    double EventThreshold,
    double StoryThreshold,
    double WordlessStoryThreshold,
    double NamedStoryThreshold = LinkRules.DefaultNamedStoryThreshold,
    double MinSharedNames = LinkRules.DefaultMinSharedNames)
{
    public const double DefaultEventThreshold = 0.7;

    public const double DefaultStoryThreshold = 0.9;

    public const double DefaultWordlessStoryThreshold = 0.85;

    public const double DefaultNamedStoryThreshold = 0.6;

    /// <summary>The share of each article's names the other must hold for <see cref="NamedStoryThreshold"/> (the <c>shared names</c> feature).</summary>
    public const double DefaultMinSharedNames = 0.5;

    /// <summary>Wording below this is none: at most one of the 128 MinHash values alike.</summary>
    public const double Wordless = 0.01;

    private static readonly Lazy<LinkRules> Shipped = new(() => new LinkRules(LinkModels.Default, DefaultEventThreshold, DefaultStoryThreshold, DefaultWordlessStoryThreshold));

    /// <summary>
    /// Whether the story model's probability for a pair of this wording (<see cref="LinkFeatures.Wording"/>) and these
    /// shared names (<see cref="LinkFeatures.SharedNames"/>) makes the pair one story.
    /// </summary>
    public bool SameStory(double probability, double wording, double sharedNames) =>
        probability >= StoryThreshold
        || (wording < Wordless && (probability >= WordlessStoryThreshold || (probability >= NamedStoryThreshold && sharedNames >= MinSharedNames)));

    /// <summary>The lowest story probability <see cref="SameStory"/> can take for one story.</summary>
    public double LowestStoryThreshold => Math.Min(StoryThreshold, Math.Min(WordlessStoryThreshold, NamedStoryThreshold));

    /// <summary>
    /// The story model's probability from which an article linked to no other joins the story of the article it scores
    /// highest with (<see cref="LoneArticles"/>); null turns that off. Links are pairwise and need a high bar, or the
    /// instances of a template and the stories of one topic chain together in a dense stream; a column or an analysis
    /// of a developing story resembles no one report of it that closely, and stayed a story of its own. It joins one
    /// story only, never two, so it does not chain. Chosen on the dev labels, alone and among all SaudiNewsNet
    /// (docs/stories.md, "Articles linked to none").
    /// </summary>
    public double? AttachThreshold { get; init; } = DefaultAttachThreshold;

    public const double DefaultAttachThreshold = 0.3;

    /// <summary>The most candidate pairs an article may be in and attach (<see cref="LoneArticles.MaxCandidates"/>).</summary>
    public int AttachMaxCandidates { get; init; } = LoneArticles.MaxCandidates;

    /// <summary>The lowest story probability that counts for anything: a link's or an attachment's.</summary>
    public double LowestScoredThreshold => AttachThreshold is { } attach ? Math.Min(LowestStoryThreshold, attach) : LowestStoryThreshold;

    /// <summary>
    /// Whether two articles further apart than <see cref="StoryLinker.StoryWindow"/> are one story: no shared wording (a
    /// template's instances a week or more apart repeat their sentences), each holding at least
    /// <see cref="FarApartMinSharedNames"/> of the other's names, and the story model at least
    /// <see cref="FarApartStoryThreshold"/>. Chosen on the dev labels (docs/stories.md, "Stories followed for weeks").
    /// </summary>
    public static bool SameStoryFarApart(double probability, double wording, double sharedNames) =>
        wording < Wordless && sharedNames >= FarApartMinSharedNames && probability >= FarApartStoryThreshold;

    /// <summary>The story model's probability <see cref="SameStoryFarApart"/> needs.</summary>
    public const double FarApartStoryThreshold = 0.8;

    /// <summary>The share of each article's names the other must hold for <see cref="SameStoryFarApart"/>.</summary>
    public const double FarApartMinSharedNames = 0.5;

    /// <summary>
    /// How many days apart the story model is shown a pair with an undated article as (the event model still sees such a
    /// pair as of one day). An undated page may be from any day: shown as of one day, UnifiedFC's 2,849 search-result
    /// pages for 420 claims chained into one story of 1,228 pages, among them 551 pages about 184 different claims. One
    /// day was chosen on SaudiNewsNet's dev labels with their dates taken away; docs/stories.md, "Undated pages", has the
    /// curve and why the event model is left as it was.
    /// </summary>
    public double UndatedAsIfDays { get; init; } = DefaultUndatedAsIfDays;

    public const double DefaultUndatedAsIfDays = 1;

    /// <summary>
    /// The event model's probability two undated articles need to be one event; null (shipped) for
    /// <see cref="EventThreshold"/> itself, and never below it. Two pages without dates may be weeks apart, so a higher bar
    /// was measured (docs/stories.md, "Undated pages"): 0.8 kept SaudiNewsNet's undated labels of every kind as they were
    /// and made UnifiedFC's stories purer by claim, but cost developing stories brought alone without dates a fifth of
    /// their F1.
    /// </summary>
    public double? UndatedEventThreshold { get; init; }

    /// <summary>
    /// Whether the linker leaves a pair once no link model could pass it, before scoring it in full (<see cref="StoryLinker"/>,
    /// <see cref="LinkFeatures.Ceiling"/>): the links are the same either way, so this is off only to show that they are.
    /// </summary>
    public bool RuleOutEarly { get; init; } = true;

    /// <summary>The event bar of a pair: <see cref="UndatedEventThreshold"/> when both are undated, else <see cref="EventThreshold"/>.</summary>
    public double EventThresholdFor(bool bothUndated) =>
        bothUndated && UndatedEventThreshold is { } undated ? Math.Max(EventThreshold, undated) : EventThreshold;

    public static LinkRules Default => Shipped.Value;
}
