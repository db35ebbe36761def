using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class InputSnifferTests
{
    [Theory]
    [InlineData("", "a.txt", InputFormat.Empty)]
    [InlineData("PK\u0003\u0004rest", "a.txt", InputFormat.Zip)]
    [InlineData("%PDF-1.7", "a.txt", InputFormat.Binary)]
    [InlineData("GIF89a", "a.txt", InputFormat.Binary)]
    [InlineData("text with a \u0000 NUL", "a.txt", InputFormat.Binary)]
    [InlineData("[{\"text\":\"خبر\"}]", "a.txt", InputFormat.JsonArray)]
    [InlineData(" \r\n\t[", "a.dat", InputFormat.JsonArray)]
    [InlineData("{\"text\":\"خبر\"}\n{\"text\":\"آخر\"}", "a.txt", InputFormat.JsonLines)]
    [InlineData("<!DOCTYPE html><title>t</title>", "a.dat", InputFormat.Html)]
    [InlineData("<HTML><BODY>", "a.dat", InputFormat.Html)]
    [InlineData("<div><p>خبر</p></div>", "a.txt", InputFormat.Html)]
    [InlineData("<note>not html</note>", "a.txt", InputFormat.Text)]
    [InlineData("خبر عاجل", "a.txt", InputFormat.Text)]
    [InlineData("خبر عاجل", "a.HTML", InputFormat.Html)]
    [InlineData("خبر عاجل", "a.htm", InputFormat.Html)]
    [InlineData("خبر عاجل", "a.json", InputFormat.Text)]
    public void Detects_format_from_content_and_extension_only_as_a_tie_break(string content, string name, InputFormat expected)
    {
        Assert.Equal(expected, InputSniffer.Detect(System.Text.Encoding.UTF8.GetBytes(content), name));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, InputFormat.Binary)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, InputFormat.Binary)]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, InputFormat.Gzip)]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46 }, InputFormat.Binary)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x5B, 0x5D }, InputFormat.JsonArray)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x2E, 0x06, 0x28, 0x06, 0x31, 0x06 }, InputFormat.Text)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x06, 0x2E, 0x00, 0x20 }, InputFormat.Text)]
    public void Detects_format_from_leading_bytes(byte[] bytes, InputFormat expected)
    {
        Assert.Equal(expected, InputSniffer.Detect(bytes, "input.dat"));
    }

    [Fact]
    public void Finds_a_nul_byte_deep_in_the_head_as_binary()
    {
        var bytes = new byte[5000];
        bytes.AsSpan().Fill((byte)'a');
        bytes[4999] = 0;
        Assert.Equal(InputFormat.Binary, InputSniffer.Detect(bytes, "a.txt"));
    }
}
