using System.Diagnostics;
using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;
using Khabar.Text;
using Khabar.Text.Sentences;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>
/// <c>label-rules [FOLDER] [--articles N]</c>: the cost of the label rules applied after tagging (<see cref="LabelRules"/>)
/// on ONE thread, over the sentences of the first N SaudiNewsNet articles (default 6,000), with labels laid as a tagger
/// might: every 7th token begins a person, every 11th from the 4th an organisation, and every 13th from the 6th a
/// two-word place where both tokens are free. Prints tokens/s and bytes
/// allocated per token, the median of 3 rounds after a warm-up.
/// </summary>
internal static class LabelRulesThroughput
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"label-rules: corpus folder '{folder}' does not exist");
            return 2;
        }

        var articles = NerTraining.Option(args, "--articles") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 6000;
        var sentences = new List<(string[] Words, TokenKind[] Kinds)>();
        var extents = new List<TextExtent>();
        foreach (var text in SaudiNewsNetCorpus.Contents(folder).Take(articles))
        {
            extents.Clear();
            SentenceSplitter.Split(text, extents);
            foreach (var extent in extents)
            {
                var sentence = extent.Of(text).ToString();
                var tokens = new List<Token>();
                foreach (var token in Tokenizer.Tokenize(sentence))
                {
                    tokens.Add(token);
                }

                if (tokens.Count > 0)
                {
                    sentences.Add(([.. tokens.Select(t => t.Of(sentence).ToString())], [.. tokens.Select(t => t.Kind)]));
                }
            }
        }

        var count = sentences.Sum(s => s.Words.Length);
        Console.WriteLine($"{sentences.Count:N0} sentences, {count:N0} tokens");
        var rules = LabelRules.Default;
        var rounds = new List<(double Seconds, double Bytes)>();
        for (var round = 0; round < 4; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var (words, kinds) in sentences)
            {
                var labels = new int[words.Length];
                for (var i = 0; i < labels.Length; i += 7)
                {
                    labels[i] = BioLabel.Begin(EntityType.Person);
                }

                for (var i = 3; i < labels.Length; i += 11)
                {
                    labels[i] = BioLabel.Begin(EntityType.Organization);
                }

                // Two-word place runs where both tokens are free, so that the place rules (listed places, country
                // adjectives) read runs too.
                for (var i = 5; i + 1 < labels.Length; i += 13)
                {
                    if (labels[i] == BioLabel.Outside && labels[i + 1] == BioLabel.Outside)
                    {
                        labels[i] = BioLabel.Begin(EntityType.Location);
                        labels[i + 1] = BioLabel.Inside(EntityType.Location);
                    }
                }

                rules.Apply(words, kinds, labels);
            }

            if (round > 0)
            {
                rounds.Add((clock.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocated));
            }
        }

        var (seconds, bytes) = rounds.OrderBy(r => r.Seconds).ElementAt(1);
        Console.WriteLine($"label rules: {count / seconds / 1e6:F2} M tokens/s, {bytes / count:F0} B/token ({seconds:F3} s)");
        return 0;
    }
}
