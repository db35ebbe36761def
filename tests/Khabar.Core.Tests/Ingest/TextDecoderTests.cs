using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class TextDecoderTests
{
    private const string Arabic = "هطلت أمطار غزيرة على العاصمة مساء أمس.";

    private static Encoding Windows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }

    private static string? Decode(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes, out var error);
        Assert.True(text is null != (error is null), $"text and error: exactly one, got text={text is not null}, error={error}");
        return text;
    }

    [Fact]
    public void Reads_utf8_without_bom()
    {
        Assert.Equal(Arabic, Decode(Encoding.UTF8.GetBytes(Arabic)));
    }

    [Fact]
    public void Reads_utf8_with_bom_and_drops_it()
    {
        Assert.Equal(Arabic, Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arabic)]));
    }

    [Fact]
    public void Reads_utf16_le_with_bom()
    {
        Assert.Equal(Arabic, Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Arabic)]));
    }

    [Fact]
    public void Reads_utf16_be_with_bom()
    {
        Assert.Equal(Arabic, Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Arabic)]));
    }

    [Fact]
    public void Reads_windows_1256_text()
    {
        Assert.Equal(Arabic, Decode(Windows1256().GetBytes(Arabic)));
    }

    [Fact]
    public void Reads_windows_1256_text_mixed_with_ascii_digits_and_latin()
    {
        const string mixed = "Reuters: قتل 3 أشخاص في حادث سير على الطريق السريع يوم 12 مايو.";
        Assert.Equal(mixed, Decode(Windows1256().GetBytes(mixed)));
    }

    [Fact]
    public void Refuses_invalid_utf8_that_is_not_arabic_windows_1256_naming_the_offset()
    {
        byte[] bytes = [.. "Hello "u8, 0x80, .. " world"u8];
        Assert.Null(TextDecoder.Decode(bytes, out var error));
        Assert.NotNull(error);
        Assert.Contains("0x80", error, StringComparison.Ordinal);
        Assert.Contains("offset 6", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_high_bytes_outside_the_arabic_letter_range_naming_the_offset()
    {
        byte[] bytes = [.. "abc"u8, 0xA0, 0xA0];
        Assert.Null(TextDecoder.Decode(bytes, out var error));
        Assert.Contains("offset 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_utf16_with_an_odd_byte_count()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("خبر"), 0x41];
        Assert.Null(TextDecoder.Decode(bytes, out var error));
        Assert.Contains("utf-16", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Refuses_invalid_utf8_after_a_utf8_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "abc"u8, 0xC3, 0x28];
        Assert.Null(TextDecoder.Decode(bytes, out var error));
        Assert.Contains("utf-8", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Decodes_empty_input_to_empty_text()
    {
        Assert.Equal("", Decode([]));
    }
}
