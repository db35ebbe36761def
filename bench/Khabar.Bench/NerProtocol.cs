using System.Globalization;
using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;

namespace Khabar.Bench;

/// <summary>
/// The frozen evaluation protocol of the entity tagger (docs/entities.md, "How the tagger is measured"):
/// <list type="bullet">
/// <item>ANERcorp's train part is cut once: the first four fifths of its sentences train, the last fifth is held
/// out. The cut is contiguous, so documents stay on one side (ANERcorp has no document marks; at most the one
/// document at the cut straddles it).</item>
/// <item>AQMAR (Wikipedia, a second domain) is cut by file: in file-name order, files at odd positions are held out,
/// the others may train (<c>--aqmar-train</c>). PER is PERS, every MIS class is O.</item>
/// <item>The lists were written after reading ANERcorp, so the held-out fifth is also scored with every list entry
/// that names a held-out entity and no training entity taken out ("unseen names"): names a new text brings are not
/// in the lists either.</item>
/// </list>
/// </summary>
internal static class NerProtocol
{
    private const string AnercorpPath = "../shared/data/anercorp-train/ANERCorp-train.txt";
    private const string AqmarFolder = "../shared/data/aqmar-ner";
    private const string SaudiNewsNetLabelled = "bench/data/ner/snn-labelled.conll";

    /// <summary>Fraction of ANERcorp's sentences held out, from the end.</summary>
    private const double HeldOutShare = 0.2;

    /// <summary>One document's sentences, tagged as one text.</summary>
    internal sealed record Document(string Name, List<TaggedSentence> Sentences);

    internal sealed record Split(List<Document> Train, List<Document> HeldOut);

    public static Split Anercorp(string? path = null)
    {
        using var reader = new StreamReader(path ?? AnercorpPath);
        var sentences = ConllReader.Sentences(ConllReader.Lines(reader));
        var cut = (int)Math.Round(sentences.Count * (1 - HeldOutShare));
        return new Split([new Document("anercorp 1-4", sentences[..cut])], [new Document("anercorp 5", sentences[cut..])]);
    }

    public static Split Aqmar(string? folder = null)
    {
        var files = Directory.GetFiles(folder ?? AqmarFolder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var train = new List<Document>();
        var heldOut = new List<Document>();
        for (var i = 0; i < files.Length; i++)
        {
            var document = new Document(Path.GetFileNameWithoutExtension(files[i]), ReadAqmar(files[i]));
            (i % 2 == 1 ? heldOut : train).Add(document);
        }

        return new Split(train, heldOut);
    }

    /// <summary>AQMAR's lines with its tags mapped to ANERcorp's: PER → PERS, MIS* and malformed tags → O.</summary>
    private static List<TaggedSentence> ReadAqmar(string file)
    {
        var lines = File.ReadLines(file).Select(line =>
        {
            var trimmed = line.Trim();
            var space = trimmed.LastIndexOfAny([' ', '\t']);
            if (trimmed.Length == 0)
            {
                return new ConllLine("", null);
            }

            return space < 0
                ? new ConllLine(trimmed, "O")
                : new ConllLine(trimmed[..space].Trim(), MapAqmarTag(trimmed[(space + 1)..]));
        });
        return ConllReader.Sentences(lines);
    }

    private static string MapAqmarTag(string tag)
    {
        var cleaned = tag.Replace("--", "-", StringComparison.Ordinal);
        if (cleaned.Length < 3 || cleaned[1] != '-' || cleaned[0] is not ('B' or 'I'))
        {
            return "O";
        }

        return cleaned[2..] switch
        {
            "PER" => cleaned[..2] + "PERS",
            "LOC" or "ORG" => cleaned,
            _ => "O",
        };
    }

    /// <summary>
    /// The shipped lists without the entries that name an entity found only in <paramref name="heldOut"/>'s gold
    /// labels, never in <paramref name="train"/>'s.
    /// </summary>
    public static (Gazetteer Lists, int Removed) WithoutUnseenNames(IEnumerable<TaggedSentence> train, IEnumerable<TaggedSentence> heldOut)
    {
        var seen = GoldNames(train);
        var unseen = GoldNames(heldOut);
        unseen.ExceptWith(seen);
        var kept = Gazetteer.Default.Entries.Where(e => !unseen.Contains(e.Entry)).ToList();
        return (new Gazetteer(kept, Gazetteer.Default.Fingerprint ^ (ulong)unseen.Count), Gazetteer.Default.Count - kept.Count);
    }

    /// <summary>The key phrases of the gold entities (PERS, LOC, ORG, MISC), each also without a one-letter proclitic reading.</summary>
    private static HashSet<string> GoldNames(IEnumerable<TaggedSentence> sentences)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var (_, start, length) in TaggerEvaluation.Chunks(sentence.Labels))
            {
                var phrase = Gazetteer.KeyPhrase(string.Join(' ', sentence.Tokens.Skip(start).Take(length)));
                var space = phrase.IndexOf(' ', StringComparison.Ordinal);
                var first = space < 0 ? phrase : phrase[..space];
                foreach (var reading in Khabar.Text.Normalize.Proclitics.Readings(first))
                {
                    names.Add(space < 0 ? reading : reading + phrase[space..]);
                }
            }
        }

        return names;
    }

    /// <summary>Tags each document as one text and scores it against its gold labels.</summary>
    public static TaggerEvaluation Score(EntityTagger tagger, IEnumerable<Document> documents, bool rules, TaggerEvaluation? into = null)
    {
        var evaluation = into ?? new TaggerEvaluation();
        foreach (var document in documents)
        {
            var predictions = tagger.TagSentences(document.Sentences.Select(s => s.Tokens).ToList());
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                if (rules)
                {
                    var tokens = document.Sentences[s].Tokens.ToArray();
                    LabelRules.Default.Apply(tokens, tokens.Select(LabelRules.KindOf).ToArray(), predictions[s]);
                }

                evaluation.Add(document.Sentences[s].Labels, predictions[s]);
            }
        }

        return evaluation;
    }

    /// <summary>PERS/LOC/ORG F1 per type and micro-averaged, on one line.</summary>
    public static string Line(TaggerEvaluation evaluation)
    {
        var (p, r, f1) = evaluation.Overall([EntityType.Person, EntityType.Location, EntityType.Organization]);
        var types = string.Join("  ", new[] { EntityType.Person, EntityType.Location, EntityType.Organization }
            .Select(t => evaluation.Of(t)).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Type.Code()} {s.F1:F3} (P {s.Precision:F2} R {s.Recall:F2})")));
        return string.Create(CultureInfo.InvariantCulture, $"F1 {f1:F3} (P {p:F3} R {r:F3})  {types}");
    }

    /// <summary>
    /// <c>ner-protocol [--dev] [--aqmar-train] [--snn-train [--snn-sets K] [--snn-copies N]] [--rules] [--no-gazetteer] [--no-clusters] [--no-name-words] [--epochs N] [--min-count N] [--bags K]</c>:
    /// trains on the training side of the split (ANERcorp's four fifths, with <c>--aqmar-train</c> also AQMAR's
    /// training files, with <c>--snn-train</c> the SaudiNewsNet sentences labelled to train on, only the first K of its files with <c>--snn-sets K</c>) and prints PERS/LOC/ORG scores on ANERcorp's held-out fifth, on it with unseen names out of
    /// the lists, and on AQMAR's held-out files; <c>--dev</c> adds a 4-fold score within the training side.
    /// </summary>
    public static int Run(string[] args)
    {
        if (NerTraining.Option(args, "--consistency") is { } rules)
        {
            NameConsistency.Enabled = Enum.Parse<NameConsistency.Rules>(rules, ignoreCase: true);
        }

        if (NerTraining.Option(args, "--min-weight") is { } weight)
        {
            NameConsistency.MinWeight = int.Parse(weight, CultureInfo.InvariantCulture);
        }

        if (NerTraining.Option(args, "--min-surnames") is { } surnames)
        {
            NameConsistency.MinSurnames = int.Parse(surnames, CultureInfo.InvariantCulture);
        }

        var anercorp = Anercorp();
        var aqmar = Aqmar();
        var side = anercorp.Train.SelectMany(d => d.Sentences).ToList();
        var sets = int.Parse(NerTraining.Option(args, "--snn-sets") ?? NerTraining.SaudiNewsNetTraining.Length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var snnTrain = NerTraining.SaudiNewsNetTraining.Take(sets).SelectMany(NerTraining.ReadConll).ToList();

        var withSnn = args.Contains("--snn-train");
        var snnCopies = int.Parse(NerTraining.Option(args, "--snn-copies") ?? "1", CultureInfo.InvariantCulture);
        List<TaggedSentence> extra = [.. args.Contains("--aqmar-train") ? aqmar.Train.SelectMany(d => d.Sentences) : [], .. withSnn ? Enumerable.Repeat(snnTrain, snnCopies).SelectMany(c => c) : []];
        var train = side.Concat(extra).ToList();
        var heldOut = anercorp.HeldOut.SelectMany(d => d.Sentences).ToList();
        var labelRules = args.Contains("--rules");
        Console.WriteLine($"train: {train.Count:N0} sentences, {train.Sum(s => s.Tokens.Count):N0} tokens; held out: ANERcorp {heldOut.Sum(s => s.Tokens.Count):N0} tokens, AQMAR {aqmar.HeldOut.Count} files {aqmar.HeldOut.Sum(d => d.Sentences.Sum(s => s.Tokens.Count)):N0} tokens");

        if (args.Contains("--dev"))
        {
            // Four folds of ANERcorp's training side, each scored by a model trained on the other three (and any
            // extra data), with the list entries naming only the fold's entities taken out, as for the held-out fifth.
            const int folds = 4;
            var pooled = new TaggerEvaluation();
            var errors = new Dictionary<string, int>();
            for (var fold = 0; fold < folds; fold++)
            {
                var (from, to) = (fold * side.Count / folds, (fold + 1) * side.Count / folds);
                var rest = side[..from].Concat(side[to..]).Concat(extra).ToList();
                var features = NerTraining.FeaturesFor(args, WithoutUnseenNames(rest, side[from..to]).Lists);
                var model = NerTraining.Train(rest, features, args);
                var part = new TaggerEvaluation();
                var predictions = Predict(new EntityTagger(model, features), side[from..to], labelRules);
                for (var s = 0; s < predictions.Length; s++)
                {
                    part.Add(side[from + s].Labels, predictions[s]);
                    pooled.Add(side[from + s].Labels, predictions[s]);
                    CountErrors(side[from + s], predictions[s], errors);
                }

                Console.WriteLine($"dev fold {fold}: {Line(part)}");
            }

            Console.WriteLine($"dev ({folds} folds of the training side, unseen names out of the lists, pooled): {Line(pooled)}");
            if (snnTrain.Count > 0)
            {
                // The SaudiNewsNet sentences labelled for training, as a second dev set: with --snn-train four folds, each
                // scored by a model trained on the other three and the training side; without, all of them by a model of
                // the training side alone. Each sentence is its own document.
                var snnDev = new TaggerEvaluation();
                for (var fold = 0; fold < (withSnn ? folds : 1); fold++)
                {
                    var (from, to) = withSnn ? (fold * snnTrain.Count / folds, (fold + 1) * snnTrain.Count / folds) : (0, snnTrain.Count);
                    var scored = snnTrain[from..to].ToHashSet(ReferenceEqualityComparer.Instance);
                    var rest = side.Concat(extra.Where(e => !scored.Contains(e))).ToList();
                    var features = NerTraining.FeaturesFor(args);
                    Score(new EntityTagger(NerTraining.Train(rest, features, args), features),
                        snnTrain[from..to].Select((s, i) => new Document($"snn-train {from + i}", [s])), labelRules, snnDev);
                }

                Console.WriteLine($"dev, SaudiNewsNet {snnTrain.Count} sentences labelled to train on{(withSnn ? $" ({folds} folds)" : ", not trained on")}: {Line(snnDev)}");
            }
            if (args.Contains("--errors"))
            {
                foreach (var (error, count) in errors.OrderByDescending(e => e.Value).Take(200))
                {
                    Console.WriteLine($"{count,3} {error}");
                }
            }
        }

        var full = NerTraining.FeaturesFor(args);
        var tagger = new EntityTagger(NerTraining.Train(train, full, args), full);
        Console.WriteLine($"held out, ANERcorp last fifth: {Line(Score(tagger, anercorp.HeldOut, labelRules))}");
        Console.WriteLine($"held out, AQMAR odd files:     {Line(Score(tagger, aqmar.HeldOut, labelRules))}");
        if (File.Exists(SaudiNewsNetLabelled))
        {
            // One sentence from each of several hundred articles, labelled by reading (bench/data/ner/README.md):
            // each sentence is its own document.
            using var reader = new StreamReader(SaudiNewsNetLabelled);
            var sentences = ConllReader.Sentences(ConllReader.Lines(reader));
            Console.WriteLine($"held out, SaudiNewsNet {sentences.Count} sentences labelled here: {Line(Score(tagger, sentences.Select((s, i) => new Document($"snn {i}", [s])), labelRules))}");
        }

        if (!args.Contains("--no-gazetteer"))
        {
            var (lists, removed) = WithoutUnseenNames(train, heldOut);
            var blind = NerTraining.FeaturesFor(args, lists);
            var blindTagger = new EntityTagger(NerTraining.Train(train, blind, args), blind);
            Console.WriteLine($"held out, ANERcorp, {removed} list entries naming only held-out entities removed: {Line(Score(blindTagger, anercorp.HeldOut, labelRules))}");
        }

        return 0;
    }

    /// <summary>Entities missed and wrongly found, by type and text.</summary>
    private static void CountErrors(TaggedSentence sentence, int[] predicted, Dictionary<string, int> errors)
    {
        var gold = TaggerEvaluation.Chunks(sentence.Labels);
        var found = TaggerEvaluation.Chunks(predicted);
        foreach (var (kind, set, other) in new[] { ("missed", gold, found), ("wrong", found, gold) })
        {
            foreach (var chunk in set.Where(c => !other.Contains(c)))
            {
                var key = $"{kind} {chunk.Type.Code()} {string.Join(' ', sentence.Tokens.Skip(chunk.Start).Take(chunk.Length))}";
                errors[key] = errors.GetValueOrDefault(key) + 1;
            }
        }
    }

    private static int[][] Predict(EntityTagger tagger, List<TaggedSentence> sentences, bool rules)
    {
        var predictions = tagger.TagSentences(sentences.Select(s => s.Tokens).ToList());
        if (rules)
        {
            for (var s = 0; s < sentences.Count; s++)
            {
                var tokens = sentences[s].Tokens.ToArray();
                LabelRules.Default.Apply(tokens, tokens.Select(LabelRules.KindOf).ToArray(), predictions[s]);
            }
        }

        return predictions;
    }
}
