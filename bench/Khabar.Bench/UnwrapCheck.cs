using System.Globalization;
using System.Text;
using Khabar.Core.Clean;
using Khabar.Text;
using Khabar.Text.Sentences;

namespace Khabar.Bench;

/// <summary>
/// <c>unwrap-check [SAUDINEWSNET] [--width N] [--articles N] [--show N]</c>: how hard-wrapped lines are joined
/// (<c>Clean/HardWrap.cs</c>). First, on the articles as published: how many have any line joined (each is a false
/// join unless the article was itself wrapped; <c>--show</c> prints some). Then each article's paragraphs wrapped
/// at the width (default 72) as a mail tool would: how many clean to the same sentences as the original, with
/// joining and without.
/// </summary>
internal static class UnwrapCheck
{
    public static int Run(string[] args)
    {
        var width = int.Parse(NerTraining.Option(args, "--width") ?? "72", CultureInfo.InvariantCulture);
        var count = int.Parse(NerTraining.Option(args, "--articles") ?? "100000", CultureInfo.InvariantCulture);
        var show = int.Parse(NerTraining.Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        var fails = int.Parse(NerTraining.Option(args, "--fails") ?? "0", CultureInfo.InvariantCulture);
        var texts = SaudiNewsNetCorpus.Contents(SaudiNewsNetCorpus.FolderFrom(args)).Take(count).ToList();

        var joinedAsPublished = 0;
        var same = new[] { 0, 0 };
        foreach (var text in texts)
        {
            HardWrap.Enabled = true;
            var clean = ArticleCleaner.Clean(text).Text;
            HardWrap.Enabled = false;
            var plain = ArticleCleaner.Clean(text).Text;
            if (clean != plain)
            {
                if (joinedAsPublished++ < show)
                {
                    Console.WriteLine($"--- joined as published:\n{text[..Math.Min(text.Length, 600)]}\n");
                }
            }

            var wrapped = Wrap(text, width);
            var original = Sentences(plain);
            foreach (var enabled in new[] { false, true })
            {
                HardWrap.Enabled = enabled;
                var got = Sentences(ArticleCleaner.Clean(wrapped).Text);
                var equal = got.SequenceEqual(original);
                same[enabled ? 1 : 0] += equal ? 1 : 0;
                if (enabled && !equal && fails-- > 0)
                {
                    var at = got.Zip(original).TakeWhile(p => p.First == p.Second).Count();
                    Console.WriteLine($"--- differs at sentence {at}:\n got: {got.ElementAtOrDefault(at)}\n was: {original.ElementAtOrDefault(at)}\n");
                }
            }
        }

        HardWrap.Enabled = true;
        Console.WriteLine($"{texts.Count:N0} articles; lines joined in {joinedAsPublished:N0} as published ({(double)joinedAsPublished / texts.Count:P2})");
        Console.WriteLine($"wrapped at {width} columns, the same sentences as published: {same[0]:N0} ({(double)same[0] / texts.Count:P1}) without joining, {same[1]:N0} ({(double)same[1] / texts.Count:P1}) with");
        return 0;
    }

    /// <summary>The sentences of a clean text, white space collapsed.</summary>
    private static List<string> Sentences(string text)
    {
        var extents = new List<TextExtent>();
        SentenceSplitter.Split(text, extents);
        return extents.Select(e => string.Join(' ', e.Of(text).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
    }

    /// <summary>Each line broken at the last space before <paramref name="width"/> characters.</summary>
    internal static string Wrap(string text, int width)
    {
        var wrapped = new StringBuilder(text.Length + (text.Length / width));
        foreach (var line in text.Split('\n'))
        {
            var column = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (column > 0 && column + 1 + word.Length > width)
                {
                    wrapped.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    wrapped.Append(' ');
                    column++;
                }

                wrapped.Append(word);
                column += word.Length;
            }

            wrapped.Append('\n');
        }

        return wrapped.ToString();
    }
}
