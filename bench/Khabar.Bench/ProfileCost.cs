using System.Diagnostics;
using Khabar.Core.Analyze;
using Khabar.Core.Assign;
using Khabar.Core.Reuse;

namespace Khabar.Bench;

/// <summary>Single-thread cost of each step of the Assign stage's per-article work over the SaudiNewsNet texts:
/// content terms, shingles, MinHash, profile, and aligning each article with the next. Usage: <c>profile [FOLDER]</c>.</summary>
internal static class ProfileCost
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var texts = SaudiNewsNetCorpus.Contents(folder).Take(8000).ToArray();
        var clock = Stopwatch.StartNew();
        var chars = 0L;
        foreach (var text in texts)
        {
            var sentences = new List<Khabar.Text.TextExtent>();
            Khabar.Text.Sentences.SentenceSplitter.Split(text, sentences);
        }

        Report("sentences, first round (JIT)", clock, texts.Length);
        foreach (var text in texts)
        {
            chars += text.Length;
            var sentences = new List<Khabar.Text.TextExtent>();
            Khabar.Text.Sentences.SentenceSplitter.Split(text, sentences);
        }

        Report($"sentences ({chars / texts.Length} chars/article)", clock, texts.Length);
        Span<char> name = stackalloc char[1024];
        foreach (var text in texts)
        {
            foreach (var token in Khabar.Text.Tokenize.Tokenizer.Tokenize(text))
            {
                if (token.IsWord)
                {
                    Khabar.Text.Transliterate.NameKey.Write(token.Of(text), name);
                }
            }
        }

        Report("tokenize + name keys", clock, texts.Length);
        _ = texts.Select(ContentTerms.Of).ToArray();
        Report("content terms, first round (JIT)", clock, texts.Length);
        var terms = texts.Select(ContentTerms.Of).ToArray();
        Report("content terms", clock, texts.Length);
        var shingles = terms.Select(Shingles.Of).ToArray();
        Report("shingles", clock, texts.Length);
        foreach (var s in shingles)
        {
            MinHash.Of(s);
        }

        Report("minhash", clock, texts.Length);
        foreach (var t in terms)
        {
            ArticleProfile.Of(null, t, TermWeights.Default);
        }

        Report("profile (shingles + minhash included)", clock, texts.Length);
        for (var i = 1; i < terms.Length; i++)
        {
            ReuseAligner.Align(terms[i - 1], terms[i]);
        }

        Report("align with the next article", clock, texts.Length);
        return 0;
    }

    private static void Report(string step, Stopwatch clock, int count)
    {
        Console.WriteLine($"{step,-40} {clock.Elapsed.TotalMilliseconds * 1000 / count,8:F1} µs per article");
        clock.Restart();
    }
}
