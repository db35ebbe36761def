using System.IO.Compression;

namespace Khabar.Core.Ingest;

/// <summary>
/// Reads paths (files, directories recursively in ordinal order, <c>-</c> for standard input) into articles.
/// Never throws for bad input: every problem becomes an <see cref="IngestRejection"/> naming the input.
/// </summary>
public static class ArticleSource
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths, IngestOptions options, Func<Stream>? standardInput = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stdin = (standardInput ?? Console.OpenStandardInput)();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                foreach (var item in ReadBytes(buffer.ToArray(), "stdin", "-", options, allowArchive: true))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    foreach (var item in ReadFile(file, options))
                    {
                        yield return item;
                    }
                }
            }
            else
            {
                foreach (var item in ReadFile(path, options))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>
    /// The items of one file, behind a boundary: should a reader fail in a way no test foresaw, the file ends
    /// in one rejection saying so, the items before it are kept, and the next file is read.
    /// </summary>
    private static IEnumerable<IngestItem> ReadFile(string path, IngestOptions options)
    {
        using var items = ReadFileUnguarded(path, options).GetEnumerator();
        while (true)
        {
            IngestItem? failure = null;
            try
            {
                if (!items.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = IngestItem.Reject(path, $"could not be read ({e.GetType().Name}: {e.Message})");
            }

            if (failure is { } rejection)
            {
                yield return rejection;
                yield break;
            }

            yield return items.Current;
        }
    }

    private static IEnumerable<IngestItem> ReadFileUnguarded(string path, IngestOptions options)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return [IngestItem.Reject(path, "no such file or directory")];
            }

            if (info.Length > options.MaxFileBytes)
            {
                return [IngestItem.Reject(path, $"file of {info.Length:N0} bytes exceeds the limit of {options.MaxFileBytes:N0}")];
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Reject(path, $"cannot read: {e.Message}")];
        }

        return ReadBytes(bytes, Path.GetFileNameWithoutExtension(path), path, options, allowArchive: true);
    }

    /// <summary>
    /// The items of one input given as bytes (a request body): read as a file named <paramref name="name"/> would be
    /// (its extension, if any, a hint for the format), each item's origin <paramref name="origin"/>.
    /// </summary>
    public static IEnumerable<IngestItem> Read(byte[] bytes, string name, string origin, IngestOptions options) =>
        bytes.Length > options.MaxFileBytes
            ? [IngestItem.Reject(origin, $"input of {bytes.Length:N0} bytes exceeds the limit of {options.MaxFileBytes:N0}")]
            : ReadBytes(bytes, Path.GetFileNameWithoutExtension(name), origin + "/" + name, options, allowArchive: true);

    /// <summary>
    /// The items of a page fetched over HTTP, under the id and origin given: any format the file reader takes but
    /// an archive (a page is one article, or a feed's worth).
    /// </summary>
    public static IEnumerable<IngestItem> ReadFetched(byte[] bytes, string id, string origin, IngestOptions options) =>
        bytes.Length > options.MaxFileBytes
            ? [IngestItem.Reject(origin, $"page of {bytes.Length:N0} bytes exceeds the limit of {options.MaxFileBytes:N0}")]
            : ReadBytes(bytes, id, origin, options, allowArchive: false);

    private static IEnumerable<IngestItem> ReadBytes(byte[] bytes, string id, string origin, IngestOptions options, bool allowArchive)
    {
        var format = InputSniffer.Detect(bytes, origin);
        switch (format)
        {
            case InputFormat.Empty:
                return [IngestItem.Reject(origin, "empty file")];
            case InputFormat.Binary:
                return [IngestItem.Reject(origin, "binary file, not text")];
            case InputFormat.Zip:
                return allowArchive ? ReadZip(bytes, origin, options) : [IngestItem.Reject(origin, "archive inside an archive is not read")];
            case InputFormat.JsonArray:
                return JsonArticleReader.ReadArray(bytes, id, origin, options);
            case InputFormat.Warc:
                return WarcReader.Read(bytes, id, origin, options);
            case InputFormat.Gzip:
                return Gunzip(bytes, options.MaxFileBytes) is { } unpacked
                    ? ReadBytes(unpacked, Path.GetFileNameWithoutExtension(id), origin, options, allowArchive: false)
                    : [IngestItem.Reject(origin, $"broken gzip data, or it expands beyond {options.MaxFileBytes:N0} bytes")];
        }

        var text = TextDecoder.Decode(bytes, out var error);
        if (text is null)
        {
            return [IngestItem.Reject(origin, error!)];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [IngestItem.Reject(origin, "no text (only white space)")];
        }

        return format switch
        {
            InputFormat.JsonLines => JsonArticleReader.ReadLines(text, id, origin, options),
            InputFormat.Html => [HtmlArticleReader.Read(text, id, origin, options)],
            InputFormat.Feed => FeedReader.Read(text, id, origin, options),
            _ when text.Length > options.MaxArticleChars =>
                [IngestItem.Reject(origin, $"article text of {text.Length:N0} chars exceeds the limit of {options.MaxArticleChars:N0}")],
            _ => [IngestItem.Of(PlainTextReader.Read(text, id, origin, options.DefaultSource))],
        };
    }

    private static IEnumerable<IngestItem> ReadZip(byte[] bytes, string origin, IngestOptions options)
    {
        var items = new List<IngestItem>();
        long expanded = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => e.Length > 0 || e.Name.Length > 0).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var entryOrigin = $"{origin}!{entry.FullName}";
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var remaining = options.MaxZipExpandedBytes - expanded;
                var content = ReadCapped(entry, Math.Min(remaining, options.MaxFileBytes));
                if (content is null)
                {
                    items.Add(IngestItem.Reject(entryOrigin, $"expands beyond the cap of {Math.Min(remaining, options.MaxFileBytes):N0} bytes (zip bomb?); the rest of the archive is skipped"));
                    break;
                }

                expanded += content.Length;
                items.AddRange(ReadBytes(content, Path.GetFileNameWithoutExtension(entry.Name), entryOrigin, options, allowArchive: false));
            }
        }
        catch (InvalidDataException e)
        {
            items.Add(IngestItem.Reject(origin, $"broken zip archive: {e.Message}"));
        }

        return items;
    }

    /// <summary>All members of gzip data (a .warc.gz is one member per record), up to <paramref name="cap"/>
    /// bytes; null when broken or larger.</summary>
    private static byte[]? Gunzip(byte[] bytes, long cap)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return ReadCapped(gzip, cap);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The entry's bytes, reading at most <paramref name="cap"/>; null when it holds more (whatever it claims).</summary>
    private static byte[]? ReadCapped(ZipArchiveEntry entry, long cap)
    {
        if (entry.Length > cap)
        {
            return null;
        }

        using var stream = entry.Open();
        return ReadCapped(stream, cap);
    }

    private static byte[]? ReadCapped(Stream stream, long cap)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
