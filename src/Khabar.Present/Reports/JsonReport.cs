using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Khabar.Present.Reports;

/// <summary>Writes one JSON document: indented, Arabic readable, HTML-significant characters escaped.</summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// Writes the document <paramref name="body"/> makes to <paramref name="output"/> as it goes: the writer's
    /// buffer reaches the output whenever the body calls <see cref="Utf8JsonWriter.Flush"/> (after each story,
    /// say), so a report of the whole store is never held in memory.
    /// </summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        // A UTF-8 stream writer (the CLI's standard output) takes the bytes as they are; any other writer gets
        // them decoded.
        output.Flush();
        using var stream = output is StreamWriter { Encoding: UTF8Encoding } writer ? new FlushingStream(writer.BaseStream) : (Stream)new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        stream.Flush();
        output.WriteLine();
    }

    /// <summary>An array of strings under <paramref name="name"/>.</summary>
    internal static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>A stream written through to another that stays open when this one is disposed.</summary>
    private sealed class FlushingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A write-only stream that decodes UTF-8 bytes onto a text writer (keeping characters split across writes whole).</summary>
    private sealed class TextWriterStream(TextWriter output) : Stream
    {
        private readonly System.Text.Decoder _decoder = new System.Text.UTF8Encoding(false, true).GetDecoder();
        private char[] _chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            var written = _decoder.GetChars(buffer, _chars, flush: false);
            output.Write(_chars, 0, written);
        }

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
