using Khabar.Core.Analyze;
using Khabar.Text.Dates;
using System.Diagnostics;
using System.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>
/// Streams the SaudiNewsNet article texts through the text core on ONE thread and prints, per stage, MB/s of
/// UTF-8 input, tokens/s and bytes allocated per token. Texts are loaded first so that I/O is not timed.
/// Usage: <c>text [FOLDER] [--rounds N]</c>, FOLDER defaulting to ../shared/data/saudinewsnet.
/// </summary>
internal static class TextThroughput
{
    private const int KeyBufferLength = 1024;

    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var rounds = ParseRounds(args);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"text: corpus folder '{folder}' does not exist");
            return 2;
        }

        var load = Stopwatch.StartNew();
        var texts = SaudiNewsNetCorpus.Contents(folder).ToArray();
        long bytes = 0, chars = 0;
        foreach (var text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
            chars += text.Length;
        }

        Console.WriteLine($"corpus: {texts.Length:N0} articles, {bytes / 1e6:F1} MB UTF-8, {chars / 1e6:F1} M chars, loaded in {load.Elapsed.TotalSeconds:F1} s");

        var normalized = texts.Select(t => DisplayNormalizer.Normalize(t).Text).ToArray();

        Report("normalize (display)", rounds, bytes, () => NormalizeAll(texts));
        Report("tokenize", rounds, bytes, () => TokenizeAll(normalized));
        Report("tokenize+key", rounds, bytes, () => KeyAll(normalized, Depth.Key));
        Report("tokenize+key+stem", rounds, bytes, () => KeyAll(normalized, Depth.Stem));
        Report("tokenize+key+stem+stop", rounds, bytes, () => KeyAll(normalized, Depth.StopWords));
        Report("normalize+tokenize+stem", rounds, bytes, () => Pipeline(texts));
        Report("dates, cues only", rounds, bytes, () => DatesAll(normalized, null));
        Report("dates, cues and model", rounds, bytes, () => DatesAll(normalized, ComingDayModel.Default));
        Report("content terms (stories)", rounds, bytes, () => ContentTermsAll(normalized, WordForms.PrepositionsOff));
        Report("content terms (facts)", rounds, bytes, () => ContentTermsAll(normalized, WordForms.Stems));
        return 0;
    }

    private static int ParseRounds(string[] args)
    {
        var at = Array.IndexOf(args, "--rounds");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var n) && n > 0 ? n : 3;
    }

    /// <summary>Runs <paramref name="stage"/> once to warm up, then <paramref name="rounds"/> times; prints the median.</summary>
    private static void Report(string name, int rounds, long bytes, Func<long> stage)
    {
        stage();
        var seconds = new double[rounds];
        long tokens = 0, allocated = 0;
        for (var i = 0; i < rounds; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            tokens = stage();
            seconds[i] = clock.Elapsed.TotalSeconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(seconds);
        var median = seconds[rounds / 2];
        var perToken = tokens == 0 ? 0 : (double)allocated / tokens;
        Console.WriteLine(
            $"{name,-26} {bytes / 1e6 / median,8:F1} MB/s {tokens / median / 1e6,8:F2} M tokens/s " +
            $"{perToken,7:F2} B/token  ({median:F3} s, {tokens:N0} tokens, {allocated / 1e6:F1} MB allocated)");
    }

    /// <summary>Finds every date expression, bare weekdays read by cues alone or by cues and the coming-day model; returns how many.</summary>
    private static long DatesAll(string[] texts, ComingDayModel? coming)
    {
        long count = 0;
        foreach (var text in texts)
        {
            count += TemporalFinder.Find(text, coming).Count;
        }

        return count;
    }

    /// <summary>Reads every text's content terms as Assign (prepositions off) or consolidation (stems) does; returns how many.</summary>
    private static long ContentTermsAll(string[] texts, WordForms forms)
    {
        long count = 0;
        foreach (var text in texts)
        {
            count += ContentTerms.Of(text, TermWeights.Default, forms).Count;
        }

        return count;
    }

    private static long NormalizeAll(string[] texts)
    {
        long count = 0;
        foreach (var text in texts)
        {
            count += DisplayNormalizer.Normalize(text).Text.Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static long TokenizeAll(string[] texts)
    {
        long count = 0;
        foreach (var text in texts)
        {
            foreach (var token in Tokenizer.Tokenize(text))
            {
                count += token.Length > 0 ? 1 : 0;
            }
        }

        return count;
    }

    private enum Depth { Key, Stem, StopWords }

    /// <summary>Tokenizes and keys every word, then stems and checks stop words as deep as asked.</summary>
    private static long KeyAll(string[] texts, Depth depth)
    {
        Span<char> key = stackalloc char[KeyBufferLength];
        long count = 0, checksum = 0;
        foreach (var text in texts)
        {
            foreach (var token in Tokenizer.Tokenize(text))
            {
                count++;
                if (!token.IsWord)
                {
                    continue;
                }

                var written = MatchKey.Write(token.Of(text), key);
                checksum += depth switch
                {
                    Depth.Key => written,
                    Depth.Stem => LightStemmer.Stem(key[..written]).Length,
                    _ => StopWords.Default.Contains(key[..written]) ? 0 : LightStemmer.Stem(key[..written]).Length,
                };
            }
        }

        return count + (checksum & 0);
    }

    private static long Pipeline(string[] texts)
    {
        Span<char> key = stackalloc char[KeyBufferLength];
        long count = 0, checksum = 0;
        foreach (var text in texts)
        {
            checksum += KeyAndStem(DisplayNormalizer.Normalize(text).Text, key, ref count);
        }

        return count + (checksum & 0);
    }

    /// <summary>Tokenizes, keys and stems one text; returns a checksum of stem lengths so nothing is optimized away.</summary>
    private static long KeyAndStem(ReadOnlySpan<char> text, Span<char> key, ref long tokens)
    {
        long checksum = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            tokens++;
            if (!token.IsWord)
            {
                continue;
            }

            var written = MatchKey.Write(token.Of(text), key);
            var stem = LightStemmer.Stem(key[..written]);
            checksum += StopWords.Default.Contains(key[..written]) ? 0 : stem.Length;
        }

        return checksum;
    }
}
