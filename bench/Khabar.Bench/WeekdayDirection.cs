using System.Globalization;
using Khabar.Text.Dates;

namespace Khabar.Bench;

/// <summary>
/// <c>weekday-direction [SAUDINEWSNET] [--show N] [--epochs E] [--write]</c>: learns and scores whether a bare weekday
/// names the coming such day or the last one (<see cref="ComingDayModel"/>). SaudiNewsNet labels its own examples:
/// every expression an outlet wrote with its direction («الخميس المقبل», «غداً», «أمس», «الأسبوع الماضي», «الشهر
/// المقبل») is an example of the words around a coming or a past day. Articles are split by position in the corpus:
/// even ones are dev (the model learns from their examples), odd ones held out. The score is on weekdays alone: each
/// weekday written with its direction is read again with the direction word taken out, and the bare weekday's reading
/// (cues alone, then cues or the model at each threshold) is scored against the direction the outlet gave: per side,
/// the share of coming ones read as coming and of past ones read as past. <c>--write</c> writes the model learnt to
/// <c>src/Khabar.Text/Resources/coming-day-model.txt</c>.
/// </summary>
internal static class WeekdayDirection
{
    private const string OutPath = "src/Khabar.Text/Resources/coming-day-model.txt";

    /// <summary>Weights smaller than this are left out of the model: they move no reading (held-out figures the same to the tenth of a point).</summary>
    private const double MinWeight = 0.05;

    private sealed record Bare(bool Future, bool Cued, List<string> Features, string Excerpt);

    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"weekday-direction: corpus folder '{folder}' does not exist");
            return 2;
        }
        var show = int.Parse(NerTraining.Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        var epochs = int.Parse(NerTraining.Option(args, "--epochs") ?? "10", CultureInfo.InvariantCulture);
        var l2 = double.Parse(NerTraining.Option(args, "--l2") ?? "1e-5", CultureInfo.InvariantCulture);
        var training = new List<(List<string> Features, bool Future, bool Fit)>();
        var bare = new Dictionary<string, List<Bare>> { ["fit"] = [], ["check"] = [], ["heldout"] = [] };
        var flips = int.Parse(NerTraining.Option(args, "--flips") ?? "0", CultureInfo.InvariantCulture);
        var plain = new List<(List<string> Features, string Excerpt)>();
        var index = 0;
        foreach (var text in SaudiNewsNetCorpus.Contents(folder))
        {
            // Dev is every even article: a quarter to fit on, a quarter to check the threshold on; odd ones are held out.
            var set = (index++ % 4) switch { 0 => "fit", 2 => "check", _ => "heldout" };
            var expressions = TemporalFinder.Find(text, null);
            var contexts = TemporalFinder.ContextsOf(text, expressions);
            for (var e = 0; e < expressions.Count; e++)
            {
                var expression = expressions[e];
                if (Direction(expression) is not { } future)
                {
                    if (set == "heldout" && flips > 0 && expression is { Kind: TemporalKind.Weekday, Offset: 0, Upcoming: false })
                    {
                        var features = new List<string>();
                        ComingDayModel.Features(contexts[e].Before, contexts[e].After, features);
                        var from = Math.Max(0, expression.Start - 90);
                        plain.Add((features, text[from..Math.Min(text.Length, expression.Start + expression.Length + 40)].ReplaceLineEndings(" ")));
                    }

                    continue;
                }

                if (set != "heldout")
                {
                    var features = new List<string>();
                    ComingDayModel.Features(contexts[e].Before, contexts[e].After, features);
                    training.Add((features, future, set == "fit"));
                }

                if (expression.Kind == TemporalKind.Weekday && ReadBare(text, expression, future) is { } read)
                {
                    bare[set].Add(read);
                }
            }
        }

        Console.WriteLine($"{training.Count:N0} dev examples ({training.Count(t => t.Future):N0} coming); weekdays with a direction: fit {bare["fit"].Count:N0}, check {bare["check"].Count:N0}, held out {bare["heldout"].Count:N0}");
        if (!training.Any(t => t.Future) || !training.Any(t => !t.Future))
        {
            // No model can be learnt (a wrong or empty corpus folder): nothing is scored and nothing written.
            Console.Error.WriteLine($"weekday-direction: '{folder}' gave {training.Count(t => t.Future):N0} coming and {training.Count(t => !t.Future):N0} past examples; both are needed");
            return 2;
        }

        var fitted = Train([.. training.Where(t => t.Fit).Select(t => (t.Features, t.Future))], epochs, l2);
        Console.WriteLine("fitted on the fit quarter:");
        Console.WriteLine("set       threshold  coming read coming  past read past  balanced");
        Score("check", "cues only", bare["check"], _ => false);
        foreach (var threshold in new[] { 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 })
        {
            Score("check", threshold.ToString("F2", CultureInfo.InvariantCulture), bare["check"], b => fitted.Probability(b.Features) >= threshold);
        }

        var model = Train([.. training.Select(t => (t.Features, t.Future))], epochs, l2).LearntWith(ComingDayModel.CurrentInputs);
        Console.WriteLine("fitted on all dev (shipped with --write):");
        foreach (var set in new[] { "heldout" })
        {
            Score(set, "cues only", bare[set], _ => false);
            foreach (var threshold in new[] { 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 })
            {
                Score(set, threshold.ToString("F2", CultureInfo.InvariantCulture), bare[set], b => model.Probability(b.Features) >= threshold);
            }
        }

        foreach (var wrong in bare["check"].Where(b => b.Future != (b.Cued || fitted.Probability(b.Features) >= ComingDayModel.Threshold)).Take(show))
        {
            Console.WriteLine($"{(wrong.Future ? "coming" : "past")} read otherwise (p {fitted.Probability(wrong.Features):F2}): …{wrong.Excerpt}…");
        }

        if (flips > 0)
        {
            // Bare weekdays of held-out articles that no cue reads as coming: how many the model turns, and some to read.
            var turned = plain.Where(p => model.Probability(p.Features) >= ComingDayModel.Threshold).ToList();
            Console.WriteLine($"held out: {plain.Count:N0} bare weekdays read as past by cues, {turned.Count:N0} ({(double)turned.Count / Math.Max(1, plain.Count):P1}) turned coming at {ComingDayModel.Threshold}");
            var random = new Random(7);
            foreach (var (features, excerpt) in turned.OrderBy(_ => random.Next()).Take(flips))
            {
                Console.WriteLine($"  p {model.Probability(features):F2}: …{excerpt}…");
            }
        }

        if (args.Contains("--write"))
        {
            File.WriteAllLines(OutPath, ["# The coming-day model (ComingDayModel): feature TAB weight. Rebuilt by `Khabar.Bench weekday-direction --write` from SaudiNewsNet (derived weights, no text).", .. model.Lines()]);
            Console.WriteLine($"wrote {OutPath} ({model.Weights.Count:N0} weights)");
        }

        return 0;
    }

    /// <summary>Whether an expression written with a direction names a coming day (true) or a past one (false); null without one.</summary>
    private static bool? Direction(TemporalExpression expression) => expression.Kind switch
    {
        TemporalKind.Weekday or TemporalKind.RelativeWeek or TemporalKind.RelativeMonth or TemporalKind.RelativeYear when expression.Offset != 0 => expression.Offset > 0,
        TemporalKind.Month when expression.Offset != 0 && expression.Year == 0 => expression.Offset > 0,
        TemporalKind.RelativeDay when expression.Offset != 0 => expression.Offset > 0,
        _ => null,
    };

    /// <summary>The weekday read again with its direction word (its last word) taken out: its cue reading and its model features.</summary>
    private static Bare? ReadBare(string text, TemporalExpression expression, bool future)
    {
        var end = expression.Start + expression.Length;
        var cut = text.LastIndexOf(' ', end - 1, expression.Length);
        if (cut <= expression.Start)
        {
            return null;
        }

        var bareText = text[..cut] + text[end..];
        var found = TemporalFinder.Find(bareText, null);
        var at = found.FindIndex(x => x.Start == expression.Start && x.Kind == TemporalKind.Weekday);
        if (at < 0)
        {
            return null;
        }

        var (before, after) = TemporalFinder.ContextsOf(bareText, [found[at]])[0];
        var features = new List<string>();
        ComingDayModel.Features(before, after, features);
        var from = Math.Max(0, expression.Start - 90);
        return new Bare(future, found[at].Upcoming, features, bareText[from..Math.Min(bareText.Length, cut + 30)].ReplaceLineEndings(" "));
    }

    private static void Score(string set, string label, List<Bare> examples, Func<Bare, bool> model)
    {
        var coming = examples.Where(b => b.Future).ToList();
        var past = examples.Where(b => !b.Future).ToList();
        var comingRight = (double)coming.Count(b => b.Cued || model(b)) / Math.Max(1, coming.Count);
        var pastRight = (double)past.Count(b => !(b.Cued || model(b))) / Math.Max(1, past.Count);
        Console.WriteLine($"{set,-9} {label,-10} {comingRight,18:P1}  {pastRight,14:P1}  {(comingRight + pastRight) / 2,8:P1}");
    }

    /// <summary>Logistic regression by stochastic gradient descent, each class weighted to half the loss, L2-regularised; seeded, so deterministic.</summary>
    private static ComingDayModel Train(List<(List<string> Features, bool Future)> examples, int epochs, double l2)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal) { ["bias"] = 0 };
        var comingShare = (double)examples.Count(e => e.Future) / examples.Count;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(20261205);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = 0.2 / (1 + epoch);
            foreach (var i in order)
            {
                var (features, future) = examples[i];
                var score = weights["bias"] + features.Sum(f => weights.GetValueOrDefault(f));
                var p = 1 / (1 + Math.Exp(-score));
                var classWeight = future ? 0.5 / comingShare : 0.5 / (1 - comingShare);
                var gradient = ((future ? 1 : 0) - p) * classWeight;
                weights["bias"] += rate * gradient;
                foreach (var f in features)
                {
                    var w = weights.GetValueOrDefault(f);
                    weights[f] = w + rate * (gradient - l2 * w);
                }
            }
        }

        return new ComingDayModel(weights.Where(p => Math.Abs(p.Value) >= MinWeight || p.Key == "bias")
            .ToDictionary(p => p.Key, p => (float)Math.Round(p.Value, 4), StringComparer.Ordinal));
    }
}
