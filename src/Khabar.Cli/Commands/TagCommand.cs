using System.CommandLine;
using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar tag [FILE|-] [--score]</c>: CoNLL-style entity tagging. Reads <c>token</c> or <c>token TAG</c> lines
/// (blank lines between sentences) and writes one <c>token TAG</c> line for each, BIO tags over PERS, LOC, ORG
/// and MISC, blank lines kept, so the output lines up with the input for any CoNLL scorer. The labels are the
/// tagger's alone: the <see cref="LabelRules"/> of article analysis follow this product's conventions (equipment
/// designators as MISC, places as the lists name them), not ANERcorp's, and cost 1.2 points of F1 on its dev folds
/// (bench ner-protocol --dev --snn-train with and without --rules: 0.738 with, 0.750 without).
/// </summary>
internal static class TagCommand
{
    /// <summary>A sentence is tagged once it ends, or once it grows this long.</summary>
    private const int MaxBatch = 2000;

    public static Command Build()
    {
        var input = new Argument<string>("input") { Description = "CoNLL lines in a UTF-8 file, or - for standard input.", DefaultValueFactory = _ => "-" };
        var score = new Option<bool>("--score") { Description = "When the input has tags, print entity-level precision, recall and F1 per type to standard error." };
        var command = new Command("tag", "Tag CoNLL-style token lines with BIO entity tags (PERS, LOC, ORG, MISC).") { input, score };
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var path = parse.GetValue(input)!;
            TextReader reader;
            try
            {
                reader = path == "-" ? Console.In : new StreamReader(path, TextInput.StrictUtf8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                config.Error.WriteLine($"{path}: {e.Message}");
                return ExitCodes.BadInput;
            }

            try
            {
                try
                {
                    var evaluation = Tag(reader, config.Output, EntityTagger.Default);
                    if (parse.GetValue(score))
                    {
                        WriteScore(evaluation, config.Error);
                    }
                }
                catch (System.Text.DecoderFallbackException)
                {
                    config.Error.WriteLine($"{path}: not valid UTF-8 text");
                    return ExitCodes.BadInput;
                }
            }
            finally
            {
                if (reader != Console.In)
                {
                    reader.Dispose();
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Tags every line of <paramref name="reader"/> to <paramref name="output"/>; scores against the input's own tags.</summary>
    public static TaggerEvaluation Tag(TextReader reader, TextWriter output, EntityTagger tagger)
    {
        var evaluation = new TaggerEvaluation();
        var batch = new List<ConllLine>();
        foreach (var line in ConllReader.Lines(reader))
        {
            if (line.IsBreak)
            {
                Flush(batch, output, tagger, evaluation);
                output.WriteLine();
                continue;
            }

            batch.Add(line);
            if (ConllReader.IsSentenceEnd(line.Token) || batch.Count >= MaxBatch)
            {
                Flush(batch, output, tagger, evaluation);
            }
        }

        Flush(batch, output, tagger, evaluation);
        return evaluation;
    }

    private static void Flush(List<ConllLine> batch, TextWriter output, EntityTagger tagger, TaggerEvaluation evaluation)
    {
        if (batch.Count == 0)
        {
            return;
        }

        // Lines without a token (a bare tag) keep their place in the output but are not part of the sentence.
        var tokens = batch.Where(l => l.Token.Length > 0).Select(l => l.Token).ToList();
        var labels = tagger.Tag(tokens);
        var gold = new List<int>();
        var predicted = new List<int>();
        var next = 0;
        foreach (var line in batch)
        {
            if (line.Token.Length == 0)
            {
                output.WriteLine(" O");
                continue;
            }

            var label = labels[next++];
            output.Write(line.Token);
            output.Write(' ');
            output.WriteLine(BioLabel.Name(label));
            if (line.Tag is not null && BioLabel.TryParse(line.Tag, out var goldLabel))
            {
                gold.Add(goldLabel);
                predicted.Add(label);
            }
        }

        if (gold.Count == tokens.Count)
        {
            evaluation.Add(gold, predicted);
        }

        batch.Clear();
    }

    private static void WriteScore(TaggerEvaluation evaluation, TextWriter error)
    {
        error.WriteLine("type   gold  found  right  precision  recall     F1");
        foreach (var type in EntityTypes.All)
        {
            var s = evaluation.Of(type);
            error.WriteLine($"{type.Code(),-5} {s.Gold,5} {s.Predicted,6} {s.Correct,6}  {s.Precision,9:P1} {s.Recall,7:P1}  {s.F1,5:F3}");
        }

        var (p, r, f1) = evaluation.Overall([EntityType.Person, EntityType.Location, EntityType.Organization]);
        error.WriteLine($"PERS+LOC+ORG  precision {p:P1}  recall {r:P1}  F1 {f1:F3}");
    }
}
