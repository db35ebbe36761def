using System.Text;

namespace Khabar.Core.Ingest;

/// <summary>
/// Bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and when that fails,
/// Windows-1256 if the bytes look like Arabic in it. Anything else is refused with the offending offset.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The decoded text, or null with <paramref name="error"/> saying why.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], out error);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], out error);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], out error);
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt < 0)
        {
            return StrictUtf8.GetString(bytes);
        }

        if (LooksLikeWindows1256Arabic(bytes))
        {
            return DecodeStrict(Windows1256.Value, bytes, out error);
        }

        error = $"not UTF-8 or Windows-1256 text: invalid byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}";
        return null;
    }

    private static string? DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string? error)
    {
        try
        {
            error = null;
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            error = $"not valid {encoding.WebName}: {e.Message}";
            return null;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>Mostly ASCII plus bytes in cp1256's Arabic letter range (0xC1–0xFE), and few C1 controls.</summary>
    private static bool LooksLikeWindows1256Arabic(ReadOnlySpan<byte> bytes)
    {
        int arabic = 0, high = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                high++;
                arabic += b >= 0xC1 ? 1 : 0;
            }
        }

        return high > 0 && arabic * 10 >= high * 6;
    }
}
