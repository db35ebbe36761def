using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Khabar.Bench;

/// <summary>
/// <c>snn-replay OUT --from R --to R [--shift-days D] [CORPUS]</c>: SaudiNewsNet written again as if it had been
/// published later, for a store many times its size: replay r (from 1) moves every article's date r × D days later
/// (default 120, beyond the corpus's span, so replays do not meet in time), gives it the id <c>rR-…</c>, and ends its
/// text with a line naming the replay, so that no article of it is an exact copy of another replay's (an exact copy
/// would join its original's story). One gzipped JSON Lines file per replay and day, as <c>khabar ingest</c> reads.
/// </summary>
internal static class SaudiNewsNetReplay
{
    public static int Run(string[] args)
    {
        var output = args[0];
        var from = Option(args, "--from", 1);
        var to = Option(args, "--to", 1);
        var shift = Option(args, "--shift-days", 120);
        var corpus = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : Path.Combine("..", "shared", "data", "saudinewsnet");
        Directory.CreateDirectory(output);
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
                    json.WriteString("title", article.TryGetProperty("title", out var t) ? t.GetString() : null);
                    if (article.TryGetProperty("date_extracted", out var d) && DateTime.TryParse(d.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        json.WriteString("date", date.AddDays((double)replay * shift).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    }

                    json.WriteString("content", $"{text}\nإعادة نشر {replay}");
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

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
