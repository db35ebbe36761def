using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Khabar.Cli.Reports;

/// <summary>Writes one JSON document: indented, Arabic readable, HTML-significant characters escaped.</summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
