using System.Diagnostics;
using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Pipeline;
using Khabar.Core.Search;
using Khabar.Core.Store;
using Khabar.Text.Dates;
using Khabar.Text.Normalize;
using Khabar.Text.Numbers;

namespace Khabar.Bench;

/// <summary>
/// Single-thread cost of each step of the Store stage's per-article work, the way <see cref="ArticlePreparation"/>
/// and the ingest job run it: clean, display normalization, times, mentions, quantities, search terms and the
/// encoding of what is stored. Each step runs over all the articles before the next, after one warm-up round.
/// Usage: <c>store-cost [FOLDER] [--articles N]</c> (default 6,000 articles of SaudiNewsNet).
/// </summary>
internal static class StoreCost
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var at = Array.IndexOf(args, "--articles");
        var count = at >= 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 6000;
        var raw = SaudiNewsNetCorpus.Contents(folder).Take(count).ToArray();
        var analyzer = PipelineParts.BuiltIn().Analyzer;
        var words = 0L;
        for (var round = 0; round < 2; round++)
        {
            var first = round == 0;
            var clock = Stopwatch.StartNew();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            void Step(string what)
            {
                if (!first)
                {
                    var now = GC.GetTotalAllocatedBytes(precise: true);
                    Console.WriteLine($"{what,-28} {clock.Elapsed.TotalMilliseconds * 1000 / raw.Length,8:F1} µs/article {(now - allocated) / raw.Length / 1024.0,8:F1} KB/article");
                    allocated = now;
                }

                clock.Restart();
            }

            var cleaned = raw.Select(ArticleCleaner.Clean).ToArray();
            Step("clean");
            var display = cleaned.Select(c => DisplayNormalizer.Normalize(c.Text).Text).ToArray();
            Step("display normalize");
            foreach (var text in display)
            {
                var sentences = new List<Khabar.Text.TextExtent>();
                Khabar.Text.Sentences.SentenceSplitter.Split(text, sentences);
                foreach (var token in Khabar.Text.Tokenize.Tokenizer.Tokenize(text))
                {
                    words += token.IsWord ? 1 : 0;
                }
            }

            Step("sentences + tokens");
            var times = display.Select(t => TemporalFinder.Find(t)).ToArray();
            Step("times");
            var finder = new Khabar.Core.Entities.MentionFinder(Khabar.Core.Entities.Tagging.EntityTagger.Default, Khabar.Core.Entities.Gazetteer.Default);
            for (var i = 0; i < display.Length; i++)
            {
                finder.Find(display[i], times[i]);
            }

            Step("mentions");
            foreach (var text in display)
            {
                QuantityFinder.Find(text);
            }

            Step("quantities");
            var analyses = display.Select(analyzer.Analyze).ToArray();
            Step("whole analysis (again)");
            var terms = display.Select((t, i) => SearchTerms.Of(t, analyses[i])).ToArray();
            Step("search terms");
            for (var i = 0; i < display.Length; i++)
            {
                DerivedCodec.Cleaning(cleaned[i]);
                DerivedCodec.Analysis(analyses[i]);
            }

            Step("encode");
            GC.KeepAlive(terms);
        }

        Console.WriteLine($"{raw.Length:N0} articles, {words / 2 / raw.Length:N0} words/article");
        return 0;
    }
}
