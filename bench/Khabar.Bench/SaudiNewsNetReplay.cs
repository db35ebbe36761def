using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Khabar.Bench;

/// <summary>
/// <c>snn-replay OUT --from R --to R [--shift-days D] [--vary-rare N] [CORPUS]</c>: SaudiNewsNet written again as if
/// it had been published later, for a store many times its size: replay r (from 1) moves every article's date r × D
/// days later (default 120, beyond the corpus's span, so replays do not meet in time), gives it the id <c>rR-…</c>,
/// and ends its text with a line naming the replay, so that no article of it is an exact copy of another replay's (an
/// exact copy would join its original's story). One gzipped JSON Lines file per replay and day, as <c>khabar
/// ingest</c> reads.
/// <para>
/// With <c>--vary-rare N</c>, the Arabic words found in at most N articles (names, numbers spelled out, the specifics
/// of a story) are shuffled among themselves, one shuffle per replay: within a replay an article keeps what it shares
/// with its story, while across replays its passages stop repeating (without it, every article's passages recur in
/// every earlier replay, a reuse real news does not have). Common words stay, so a common word's term list grows
/// with the store as in real news.
/// </para>
/// </summary>
internal static partial class SaudiNewsNetReplay
{
    public static int Run(string[] args)
    {
        var output = args[0];
        var from = Option(args, "--from", 1);
        var to = Option(args, "--to", 1);
        var shift = Option(args, "--shift-days", 120);
        var varyRare = Option(args, "--vary-rare", 0);
        var corpus = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : Path.Combine("..", "shared", "data", "saudinewsnet");
        Directory.CreateDirectory(output);
        var shuffles = new Dictionary<int, Dictionary<string, string>>();
        if (varyRare > 0)
        {
            var rare = RareWords(corpus, varyRare);
            for (var replay = from; replay <= to; replay++)
            {
                var images = rare.ToArray();
                new Random(replay).Shuffle(images);
                shuffles[replay] = rare.Zip(images).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            }

            Console.WriteLine($"{rare.Length:N0} words in at most {varyRare} articles, shuffled per replay");
        }

        var written = 0L;
        foreach (var zipPath in Directory.EnumerateFiles(corpus, "*.zip").Order(StringComparer.Ordinal))
        {
            var day = Path.GetFileNameWithoutExtension(zipPath);
            var articles = new List<JsonElement>();
            using (var zip = ZipFile.OpenRead(zipPath))
            {
                foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    using var stream = entry.Open();
                    using var document = JsonDocument.Parse(stream);
                    articles.AddRange(document.RootElement.EnumerateArray().Select(a => a.Clone()));
                }
            }

            for (var replay = from; replay <= to; replay++)
            {
                using var file = File.Create(Path.Combine(output, $"r{replay:00}-{day}.jsonl.gz"));
                using var gzip = new GZipStream(file, CompressionLevel.Fastest);
                using var json = new Utf8JsonWriter(gzip, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                var n = 0;
                foreach (var article in articles)
                {
                    if (!article.TryGetProperty("content", out var content) || content.GetString() is not { Length: > 0 } text)
                    {
                        continue;
                    }

                    json.WriteStartObject();
                    json.WriteString("id", $"r{replay:00}-{day}-{n++:0000}");
                    json.WriteString("source", article.TryGetProperty("source", out var s) ? s.GetString() : null);
                    var shuffle = shuffles.GetValueOrDefault(replay);
                    json.WriteString("title", article.TryGetProperty("title", out var t) ? Varied(t.GetString(), shuffle) : null);
                    if (article.TryGetProperty("date_extracted", out var d) && DateTime.TryParse(d.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        json.WriteString("date", date.AddDays((double)replay * shift).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    }

                    json.WriteString("content", $"{Varied(text, shuffle)}\nإعادة نشر {replay}");
                    json.WriteEndObject();
                    json.Flush();
                    gzip.WriteByte((byte)'\n');
                    json.Reset(gzip);
                    written++;
                }
            }
        }

        Console.WriteLine($"{written:N0} articles in replays {from}–{to} written to {output}");
        return 0;
    }

    /// <summary>Arabic words (runs of Arabic letters) found in at most <paramref name="most"/> articles, in ordinal order.</summary>
    private static string[] RareWords(string corpus, int most)
    {
        var articlesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (title, content) in SaudiNewsNetCorpus.Titled(corpus))
        {
            seen.Clear();
            foreach (Match word in ArabicWord().Matches(title + "\n" + content))
            {
                if (seen.Add(word.Value))
                {
                    articlesWith[word.Value] = articlesWith.GetValueOrDefault(word.Value) + 1;
                }
            }
        }

        return articlesWith.Where(p => p.Value <= most).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
    }

    private static string? Varied(string? text, Dictionary<string, string>? shuffle) =>
        text is null || shuffle is null ? text : ArabicWord().Replace(text, m => shuffle.GetValueOrDefault(m.Value, m.Value));

    [GeneratedRegex(@"[\u0621-\u064A]+")]
    private static partial Regex ArabicWord();

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
