using System.Collections.Frozen;
using System.Globalization;
using Khabar.Text.Resources;

namespace Khabar.Text.Dates;

/// <summary>
/// Whether a weekday written without «المقبل» or «الماضي» names the coming such day («يرعى الوزير الأربعاء انطلاقة
/// الملتقى», «تبدأ المنافسات يوم السبت») rather than the last one («التقى الفريقان السبت»): a logistic model over the
/// words of its clause before and after it (each word's match key without a first و or ف, and its shape: the first and
/// last letter, which tell «يبدأ» from «بدأ» and «بدأت»). It is learnt from SaudiNewsNet, where outlets give the direction themselves: every
/// expression written with one («الخميس المقبل», «غداً», «أمس», «الأسبوع الماضي») is an example of the words around a
/// coming or a past day (<c>Khabar.Bench weekday-direction --write</c> rebuilds <c>coming-day-model.txt</c>).
/// </summary>
public sealed class ComingDayModel
{
    /// <summary>Words of the clause read before the day, nearest first.</summary>
    public const int WordsBefore = 6;

    /// <summary>Words of the clause read after the day.</summary>
    public const int WordsAfter = 3;

    /// <summary>
    /// The probability from which a bare weekday is read as coming. Chosen on a quarter of SaudiNewsNet (a model fitted on
    /// another quarter): of its weekdays written with a direction and read again without it, 62 % of the coming ones
    /// are read coming (cues alone: 10 %) while 97 % of the past ones stay past (0.5: 76 % and 90 %). docs/entities.md.
    /// </summary>
    public const double Threshold = 0.8;

    private const string Bias = "bias";

    private const string InputsKey = "inputs";

    /// <summary>Bumped whenever <see cref="Features"/> changes what it writes.</summary>
    public const int FeatureVersion = 2;

    /// <summary>A fixed clause whose context, as the finder reads it, goes into <see cref="CurrentInputs"/>.</summary>
    private const string ProbeText = "وكان الوزير قد أعلن، 12 مرة، أن الفريقين سيلتقيان يوم الخميس «في» الملعب. وفيما بدأت المنافسات أمس (السبت) في جدة.";

    /// <summary>The word lists the finder reads days and cues with: what the examples and their labels depend on.</summary>
    private static readonly string[] InputLists = ["weekdays.txt", "relative-directions.txt", "relative-units.txt", "day-parts.txt", "future-cues.txt"];

    private static readonly Lazy<ComingDayModel> Shipped = new(() => Read(EmbeddedWordList.Load("coming-day-model.txt"), "coming-day-model.txt"));

    private readonly FrozenDictionary<string, float> _weights;

    public ComingDayModel(IReadOnlyDictionary<string, float> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ComingDayModel Default => Shipped.Value;

    /// <summary>The fingerprint of the inputs the model was learnt with (<see cref="CurrentInputs"/> when it was written); null when not given.</summary>
    public string? Inputs { get; private init; }

    /// <summary>
    /// A fingerprint of what the model's examples and features depend on: <see cref="FeatureVersion"/>, the finder's word
    /// lists, and the features of a fixed text as the finder reads them now (so a change of the normalizer or of the
    /// context shows). A test compares it with the shipped model's: the model is rebuilt when it changes.
    /// </summary>
    public static string CurrentInputs
    {
        get
        {
            var text = new System.Text.StringBuilder().Append(FeatureVersion.ToString(CultureInfo.InvariantCulture));
            foreach (var list in InputLists)
            {
                text.Append('|').AppendJoin('\n', EmbeddedWordList.Load(list));
            }

            var features = new List<string>();
            var found = TemporalFinder.Find(ProbeText, null);
            foreach (var (before, after) in TemporalFinder.ContextsOf(ProbeText, found))
            {
                Features(before, after, features);
                text.Append('|').AppendJoin(' ', features);
            }

            return TermHash.Of(text.ToString()).ToString("x16", CultureInfo.InvariantCulture);
        }
    }

    public IReadOnlyDictionary<string, float> Weights => _weights;

    /// <summary>The probability that the day between <paramref name="before"/> (nearest first) and <paramref name="after"/> is a coming one.</summary>
    public double Probability(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var features = new List<string>();
        Features(before, after, features);
        return Probability(features);
    }

    /// <summary>The probability for features made by <see cref="Features"/>.</summary>
    public double Probability(List<string> features)
    {
        double score = _weights.GetValueOrDefault(Bias);
        foreach (var feature in features)
        {
            score += _weights.GetValueOrDefault(feature);
        }

        return 1 / (1 + Math.Exp(-score));
    }

    /// <summary>
    /// The features of a day's context: each of the three nearest words before it by position, every word before it
    /// (up to <see cref="WordsBefore"/>), the shapes of the four nearest, and the words after it (up to <see cref="WordsAfter"/>).
    /// </summary>
    public static void Features(IReadOnlyList<string> before, IReadOnlyList<string> after, List<string> into)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        for (var d = 0; d < Math.Min(before.Count, WordsBefore); d++)
        {
            var word = before[d];
            if (d < 3)
            {
                into.Add($"b{d + 1}={word}");
            }

            into.Add($"B={word}");
            if (d < 4)
            {
                var shape = Shape(word);
                into.Add($"s{d + 1}={shape}");
                into.Add($"S={shape}");
            }
        }

        if (before.Count == 0)
        {
            into.Add("b1=none");
        }

        for (var d = 0; d < Math.Min(after.Count, WordsAfter); d++)
        {
            into.Add(d == 0 ? $"a1={after[d]}" : $"A={after[d]}");
        }
    }

    /// <summary>A word's shape: its first letter and last letter, and whether it is short, mid or long.</summary>
    private static string Shape(string word) =>
        word.Length == 0 ? "-" : $"{word[0]}{word[^1]}{(word.Length <= 3 ? 'S' : word.Length <= 5 ? 'M' : 'L')}";

    /// <summary>Reads a model from <c>feature TAB weight</c> lines (as <see cref="Lines"/> writes them); <paramref name="name"/> names the source in errors.</summary>
    public static ComingDayModel Read(IEnumerable<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        string? inputs = null;
        foreach (var line in lines)
        {
            if (line.StartsWith(InputsKey + "\t", StringComparison.Ordinal))
            {
                inputs = line[(InputsKey.Length + 1)..].Trim();
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !float.IsFinite(weight))
            {
                throw new FormatException($"'{name}': '{line}' is not 'feature TAB weight'");
            }

            weights[line[..tab]] = weight;
        }

        if (!weights.ContainsKey(Bias))
        {
            throw new FormatException($"'{name}': no '{Bias}' weight");
        }

        return new ComingDayModel(weights) { Inputs = inputs };
    }

    /// <summary>This model marked as learnt with inputs of fingerprint <paramref name="inputs"/> (see <see cref="CurrentInputs"/>).</summary>
    public ComingDayModel LearntWith(string inputs) => new(_weights) { Inputs = inputs };

    /// <summary>The model as lines: its inputs' fingerprint first when known, then <c>feature TAB weight</c>, sorted, weights rounded to 4 decimals.</summary>
    public IEnumerable<string> Lines() =>
        (Inputs is null ? [] : new[] { $"{InputsKey}\t{Inputs}" })
            .Concat(_weights.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\t{p.Value.ToString("0.####", CultureInfo.InvariantCulture)}"));
}
