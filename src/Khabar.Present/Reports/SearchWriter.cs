using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Khabar.Core.Search;

namespace Khabar.Present.Reports;

/// <summary>Search results as text (matched words in [ ]), JSON (offsets into the article's clean text) or HTML (matched words in &lt;mark&gt;).</summary>
public static class SearchWriter
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static void WriteText(SearchResults results, TextWriter output)
    {
        if (results.Stories.Count == 0)
        {
            output.WriteLine($"nothing found for «{results.Query}»");
            return;
        }

        if (results.Windowed)
        {
            output.WriteLine("(not every matching sentence was ranked: the best of the newest)");
        }

        foreach (var story in results.Stories)
        {
            output.WriteLine(story.StoryId is null ? "(not in a story yet)" : $"{story.StoryId}  {story.Title}");
            foreach (var snippet in story.Snippets)
            {
                output.WriteLine($"  {snippet.ArticleId} @{snippet.Extent.Start}: {Marked(snippet, "[", "]", s => s)}");
            }
        }
    }

    /// <summary><c>{"query", "newestOnly", "stories": [{"id", "title", "hits": [{"article", "start", "length", "text", "marks": [{"start", "length"}], "rank"}]}]}</c>; offsets into the article's clean text.</summary>
    public static void WriteJson(SearchResults results, TextWriter output) => JsonReport.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("query", results.Query);
        json.WriteBoolean("newestOnly", results.Windowed);
        json.WriteStartArray(JsonNames.Stories);
        foreach (var story in results.Stories)
        {
            json.WriteStartObject();
            json.WriteString(JsonNames.Id, story.StoryId);
            json.WriteString(JsonNames.Title, story.Title);
            json.WriteStartArray("hits");
            foreach (var snippet in story.Snippets)
            {
                json.WriteStartObject();
                json.WriteString(JsonNames.Article, snippet.ArticleId);
                json.WriteNumber(JsonNames.Start, snippet.Extent.Start);
                json.WriteNumber(JsonNames.Length, snippet.Extent.Length);
                json.WriteString(JsonNames.Text, snippet.Text);
                json.WriteStartArray("marks");
                foreach (var mark in snippet.Highlights)
                {
                    json.WriteStartObject();
                    json.WriteNumber(JsonNames.Start, snippet.Extent.Start + mark.Start);
                    json.WriteNumber(JsonNames.Length, mark.Length);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("rank", Math.Round(snippet.Rank, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>A snippet as HTML: its text encoded, the matched words in &lt;mark&gt;.</summary>
    public static string SnippetHtml(SearchSnippet snippet) => Marked(snippet, "<mark>", "</mark>", Html.Encode);

    private static string Marked(SearchSnippet snippet, string open, string close, Func<string, string> encode)
    {
        var text = snippet.Text;
        var marked = new System.Text.StringBuilder();
        var at = 0;
        foreach (var mark in snippet.Highlights)
        {
            marked.Append(encode(text[at..mark.Start])).Append(open).Append(encode(text.Substring(mark.Start, mark.Length))).Append(close);
            at = mark.End;
        }

        return marked.Append(encode(text[at..])).ToString();
    }
}
