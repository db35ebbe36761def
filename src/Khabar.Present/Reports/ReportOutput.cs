namespace Khabar.Present.Reports;

/// <summary>Writes story reports in the format asked for: text, md, json or html.</summary>
public static class ReportOutput
{
    /// <summary>One story: as <see cref="Write"/>, except that JSON is the story object itself.</summary>
    public static void WriteOne(string format, StoryReport story, TextWriter output)
    {
        if (format == "json")
        {
            JsonReport.Write(output, json => StoryReportWriter.WriteJson(json, story));
        }
        else
        {
            Write(format, [story], output);
        }
    }

    /// <summary>The <c>stories</c> array, each story flushed to the output as soon as it is written.</summary>
    public static void WriteStories(System.Text.Json.Utf8JsonWriter json, IEnumerable<StoryReport> stories)
    {
        json.WriteStartArray(JsonNames.Stories);
        foreach (var story in stories)
        {
            StoryReportWriter.WriteJson(json, story);
            json.Flush();
        }

        json.WriteEndArray();
    }

    /// <summary>Several stories; JSON is <c>{"stories": [...]}</c>.</summary>
    public static void Write(string format, IEnumerable<StoryReport> stories, TextWriter output)
    {
        switch (format)
        {
            case "json":
                JsonReport.Write(output, json =>
                {
                    json.WriteStartObject();
                    WriteStories(json, stories);
                    json.WriteEndObject();
                });
                break;
            case "md":
                MarkdownReportWriter.Write(stories, output);
                break;
            case "html":
                HtmlReportWriter.Write([.. stories], output);
                break;
            default:
                foreach (var story in stories)
                {
                    StoryReportWriter.WriteText(story, output);
                }

                break;
        }
    }
}
