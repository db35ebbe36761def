using System.Diagnostics;
using System.Globalization;
using Khabar.Core.Analyze;
using Khabar.Core.Ports;
using Khabar.Core.Reuse;
using Khabar.Text;

namespace Khabar.Bench;

/// <summary>
/// Measures passage reuse detection on the synthetic set of <see cref="ReuseCorpus"/> with PAN's character-level
/// measures (Potthast et al. 2010): precision, recall, granularity and plagdet, overall and per kind of disguise.
/// Every document is fingerprinted and looked up among the documents before it by the code Assign runs
/// (<see cref="PassageCandidates"/>); the candidates are aligned by <see cref="ReuseAligner"/>. Usage:
/// <c>reuse-eval [SNN-FOLDER] [--heldout] [--suspects N] [--seed N] [--show N] [--synonyms TSV]</c>.
/// </summary>
internal static class ReuseEval
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var heldOut = args.Contains("--heldout");
        var suspects = Option(args, "--suspects", 600);
        var seed = Option(args, "--seed", 14);
        var show = Option(args, "--show", 0);
        var at = Array.IndexOf(args, "--synonyms");
        var synonyms = ReuseCorpus.LoadSynonyms(at >= 0 && at + 1 < args.Length ? args[at + 1] : Path.Combine("bench", "data", "reuse", "synonyms.tsv"));
        var corpus = ReuseCorpus.Build(folder, heldOut, suspects, seed, synonyms);
        Console.WriteLine($"{(heldOut ? "held-out" : "dev")}: {corpus.Documents.Count} documents ({corpus.Sources} sources), {corpus.Cases.Count} cases");

        var clock = Stopwatch.StartNew();
        var detections = Detect(corpus.Documents, corpus.Sources);
        Console.WriteLine($"detected {detections.Count} passages in {clock.Elapsed.TotalSeconds:F2} s, {Aligned} candidate pairs aligned");

        var scores = PlagDet.Score(corpus.Cases, detections);
        Console.WriteLine($"{"kind",-18} {"cases",6} {"prec",6} {"rec",6} {"gran",6} {"plagdet",8}");
        foreach (var (kind, score) in scores)
        {
            Console.WriteLine($"{kind,-18} {score.Cases,6} {score.Precision,6:F3} {score.Recall,6:F3} {score.Granularity,6:F3} {score.PlagDet,8:F3}");
        }

        var missed = corpus.Cases.Where(c => !detections.Any(d => PlagDet.Detects(d, c))).ToList();
        Console.WriteLine($"missed {missed.Count}: " + string.Join(", ", missed.GroupBy(c => c.Kind).Select(g => $"{g.Key} {g.Count()}")));
        var unfound = missed.Count(c => !ReuseAligner.Align(ContentTerms.Of(corpus.Documents[c.Source]), ContentTerms.Of(corpus.Documents[c.Suspect])).Passages
            .Any(p => PlagDet.Detects(new Detection(c.Suspect, p.B, c.Source, p.A), c)));
        Console.WriteLine($"  of which the aligner misses even given the pair: {unfound}");
        var stray = detections.Where(d => !corpus.Cases.Any(c => PlagDet.Detects(d, c))).ToList();
        Console.WriteLine($"detections outside every case: {stray.Count}, of which word for word {stray.Count(d => Same(corpus.Documents, d))}, inside two unchanged articles {stray.Count(d => d.Suspect < corpus.Sources || !corpus.Cases.Any(c => c.Suspect == d.Suspect && c.InSuspect.Start < d.InSuspect.End && d.InSuspect.Start < c.InSuspect.End))}");
        foreach (var d in stray.Take(show))
        {
            Console.WriteLine($"  {d.Suspect}<-{d.Source}: «{Clip(corpus.Documents[d.Suspect], d.InSuspect)}» ~ «{Clip(corpus.Documents[d.Source], d.InSource)}»");
        }

        foreach (var (c, n) in missed.Take(show).Select((c, n) => (c, n)))
        {
            if (Environment.GetEnvironmentVariable("REUSE_DUMP") is { } dump)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, $"{n}-{c.Kind}-source.txt"), corpus.Documents[c.Source]);
                File.WriteAllText(Path.Combine(dump, $"{n}-{c.Kind}-suspect.txt"), corpus.Documents[c.Suspect]);
            }

            var probe = ReuseAligner.Align(ContentTerms.Of(corpus.Documents[c.Source]), ContentTerms.Of(corpus.Documents[c.Suspect]));
            Console.WriteLine($"  [{string.Join("; ", probe.Passages.Select(p => $"{p.A.Start}+{p.A.Length}/{p.B.Start}+{p.B.Length} {p.Similarity}"))}] case {c.InSource.Start}+{c.InSource.Length}/{c.InSuspect.Start}+{c.InSuspect.Length}");
            Console.WriteLine($"  missed {c.Kind}: «{Clip(corpus.Documents[c.Suspect], c.InSuspect)}» ~ «{Clip(corpus.Documents[c.Source], c.InSource)}»");
        }

        return 0;
    }

    /// <summary>Candidate pairs aligned by the last <see cref="Detect"/>.</summary>
    public static int Aligned { get; private set; }

    /// <summary>
    /// Every document through <see cref="PassageCandidates"/> as one run of new articles (sources first), and each
    /// candidate pair of a suspect and a source aligned: PAN's external setting, where suspects are compared with
    /// sources only (two suspects given passages of one source share them too, but that is not a case).
    /// </summary>
    public static List<Detection> Detect(IReadOnlyList<string> documents, int sources)
    {
        var terms = new ContentTerms[documents.Count];
        Parallel.For(0, documents.Count, i => terms[i] = ContentTerms.Of(documents[i]));
        var (_, pairs) = new PassageCandidates(new NothingStored()).Find(
            [.. terms.Select((t, i) => (Id(i), t))], new HashSet<(string, string)>());
        var candidates = pairs.Select(p => (A: int.Parse(p.A, CultureInfo.InvariantCulture), B: int.Parse(p.B, CultureInfo.InvariantCulture)))
            .Select(p => (Source: Math.Min(p.A, p.B), Suspect: Math.Max(p.A, p.B)))
            .Where(p => p.Source < sources && p.Suspect >= sources).ToList();
        Aligned = candidates.Count;
        var detections = new List<Detection>();
        foreach (var (source, suspect) in candidates)
        {
            foreach (var passage in ReuseAligner.Align(terms[source], terms[suspect]).Passages)
            {
                detections.Add(new Detection(suspect, passage.B, source, passage.A));
            }
        }

        return detections;
    }

    /// <summary>Ids that sort as the documents' order.</summary>
    private static string Id(int document) => document.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A store with no article assigned yet: every document is a new one.</summary>
    private sealed class NothingStored : IPassageIndex
    {
        public PassageNeighbours SharingPassages(IReadOnlyList<PrintedSentence> sentences, int maxHolders, int minShared) =>
            new([], new Dictionary<ulong, int>());
    }

    private static bool Same(IReadOnlyList<string> documents, Detection d) =>
        documents[d.Suspect].AsSpan(d.InSuspect.Start, d.InSuspect.Length).SequenceEqual(documents[d.Source].AsSpan(d.InSource.Start, d.InSource.Length));

    private static string Clip(string text, TextExtent extent)
    {
        var part = text.Substring(extent.Start, extent.Length).ReplaceLineEndings(" ");
        return part.Length <= 100 ? part : part[..100] + "…";
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

/// <summary>A passage reported as copied: characters of <see cref="Suspect"/> taken from <see cref="Source"/>.</summary>
internal sealed record Detection(int Suspect, TextExtent InSuspect, int Source, TextExtent InSource);

internal sealed record ReuseScore(int Cases, double Precision, double Recall, double Granularity)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double PlagDet => F1 / Math.Log2(1 + Granularity);
}

/// <summary>
/// PAN's measures: a detection detects a case when both are of the same document pair and overlap in both
/// documents; precision and recall are macro-averaged over detections and cases of the characters (suspect and
/// source together) they share; granularity is the mean number of detections per detected case; plagdet is
/// F1 / log2(1 + granularity).
/// </summary>
internal static class PlagDet
{
    public static bool Detects(Detection d, ReuseCase c) =>
        d.Suspect == c.Suspect && d.Source == c.Source && Overlap(d.InSuspect, c.InSuspect) > 0 && Overlap(d.InSource, c.InSource) > 0;

    /// <summary>Scores over all cases and detections ("all"), then per kind: the cases of that kind and the detections that detect one.</summary>
    public static List<(string Kind, ReuseScore Score)> Score(IReadOnlyList<ReuseCase> cases, IReadOnlyList<Detection> detections)
    {
        var result = new List<(string, ReuseScore)> { ("all", Of(cases, detections)) };
        foreach (var kind in Enum.GetValues<Obfuscation>())
        {
            var own = cases.Where(c => c.Kind == kind).ToList();
            result.Add((kind.ToString(), Of(own, [.. detections.Where(d => own.Any(c => Detects(d, c)))])));
        }

        return result;
    }

    private static ReuseScore Of(IReadOnlyList<ReuseCase> cases, IReadOnlyList<Detection> detections)
    {
        var byPair = detections.ToLookup(d => (d.Suspect, d.Source));
        double recall = 0, granularity = 0;
        var detected = 0;
        foreach (var c in cases)
        {
            var found = byPair[(c.Suspect, c.Source)].Where(d => Detects(d, c)).ToList();
            recall += (Covered(c.InSuspect, found.Select(d => d.InSuspect)) + Covered(c.InSource, found.Select(d => d.InSource)))
                / (double)(c.InSuspect.Length + c.InSource.Length);
            if (found.Count > 0)
            {
                detected++;
                granularity += found.Count;
            }
        }

        var casesByPair = cases.ToLookup(c => (c.Suspect, c.Source));
        double precision = 0;
        foreach (var d in detections)
        {
            var hit = casesByPair[(d.Suspect, d.Source)].Where(c => Detects(d, c)).ToList();
            precision += (Covered(d.InSuspect, hit.Select(c => c.InSuspect)) + Covered(d.InSource, hit.Select(c => c.InSource)))
                / (double)(d.InSuspect.Length + d.InSource.Length);
        }

        return new ReuseScore(
            cases.Count,
            detections.Count == 0 ? 1 : precision / detections.Count,
            cases.Count == 0 ? 0 : recall / cases.Count,
            detected == 0 ? 1 : granularity / detected);
    }

    /// <summary>How many characters of <paramref name="target"/> at least one of <paramref name="others"/> covers.</summary>
    private static int Covered(TextExtent target, IEnumerable<TextExtent> others)
    {
        var covered = new bool[target.Length];
        foreach (var other in others)
        {
            for (var i = Math.Max(target.Start, other.Start); i < Math.Min(target.End, other.End); i++)
            {
                covered[i - target.Start] = true;
            }
        }

        return covered.Count(c => c);
    }

    private static int Overlap(TextExtent a, TextExtent b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
