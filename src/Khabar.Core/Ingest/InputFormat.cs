namespace Khabar.Core.Ingest;

/// <summary>What an input holds, as told by its first bytes (the extension only breaks ties).</summary>
public enum InputFormat
{
    Text,
    Html,
    JsonArray,
    JsonLines,
    Zip,
    /// <summary>RSS 2.0 or Atom.</summary>
    Feed,
    /// <summary>A WARC web archive (plain; gzip-compressed ones are unpacked first).</summary>
    Warc,
    Gzip,
    Binary,
    Empty,
}

/// <summary>Detects <see cref="InputFormat"/> from content.</summary>
public static class InputSniffer
{
    public static InputFormat Detect(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.IsEmpty)
        {
            return InputFormat.Empty;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return InputFormat.Zip;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return InputFormat.Gzip;
        }

        if (bytes.StartsWith("WARC/"u8))
        {
            return InputFormat.Warc;
        }

        if (IsBinary(bytes))
        {
            return InputFormat.Binary;
        }

        var head = bytes[..Math.Min(bytes.Length, 2048)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);

        // JSON only when the bracket opens what JSON can hold: "[عاجل] …" is a headline, not an array.
        var inside = head.Length > 1 ? head[1..].TrimStart(" \t\r\n"u8) : [];
        if (head.StartsWith("["u8) && (inside.IsEmpty || inside[0] is (byte)'{' or (byte)']' or (byte)'"' or (byte)'['))
        {
            return InputFormat.JsonArray;
        }

        if (head.StartsWith("{"u8) && (inside.IsEmpty || inside[0] is (byte)'"' or (byte)'}'))
        {
            return InputFormat.JsonLines;
        }

        if (head.StartsWith("<"u8) && (ContainsIgnoreCase(head, "<rss"u8) || ContainsIgnoreCase(head, "<feed"u8))
            && !ContainsIgnoreCase(head, "<html"u8))
        {
            return InputFormat.Feed;
        }

        if (head.StartsWith("<"u8) && (ContainsIgnoreCase(head, "<html"u8) || ContainsIgnoreCase(head, "<!doctype html"u8)
            || ContainsIgnoreCase(head, "<body"u8) || ContainsIgnoreCase(head, "<p"u8) || ContainsIgnoreCase(head, "<div"u8)))
        {
            return InputFormat.Html;
        }

        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : InputFormat.Text;
    }

    /// <summary>NUL bytes (outside UTF-16) or known binary magic numbers mean the input is not text.</summary>
    private static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || bytes.StartsWith("%PDF"u8)
            || bytes.StartsWith("GIF8"u8) || bytes.StartsWith("\u007FELF"u8))
        {
            return true;
        }

        var head = bytes[..Math.Min(bytes.Length, 8192)];
        return head.Contains((byte)0);
    }

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(haystack.Slice(i, needle.Length), needle))
            {
                return true;
            }
        }

        return false;
    }
}
