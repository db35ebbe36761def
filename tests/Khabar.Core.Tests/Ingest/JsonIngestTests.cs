using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class JsonIngestTests : IngestFixture
{
    private static readonly string FullItem =
        $$"""{"title":"{{Headline}}","text":"{{Body}}","date":"2015-07-21 02:51:32","source":"aawsat","url":"https://aawsat.example/n/1"}""";

    [Fact]
    public void Reads_an_array_of_article_objects_with_ids_and_origins_by_position()
    {
        var path = Write("2015-07-21.json", $$"""
            [
              {{FullItem}},
              {"content":"{{Second}}","date_extracted":"2016-01-02 03:04:05","site":"alarabiya"},
              {"body":"{{Third}}"}
            ]
            """);
        var items = ReadAll(path);
        Assert.All(items, item => Assert.Null(item.Rejection));
        var articles = items.Select(i => i.Article!).ToList();

        Assert.Equal(["2015-07-21-1", "2015-07-21-2", "2015-07-21-3"], articles.Select(a => a.Id));
        Assert.Equal([$"{path}#1", $"{path}#2", $"{path}#3"], articles.Select(a => a.Origin));
        Assert.All(articles, a => Assert.Equal("json", a.Format));
        Assert.Equal([Body, Second, Third], articles.Select(a => a.Text));

        Assert.Equal(Headline, articles[0].Title);
        Assert.Equal("aawsat", articles[0].Source);
        Assert.Equal("https://aawsat.example/n/1", articles[0].Url);
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero), articles[0].Published);

        Assert.Null(articles[1].Title);
        Assert.Equal("alarabiya", articles[1].Source);
        Assert.Equal(new DateTimeOffset(2016, 1, 2, 3, 4, 5, TimeSpan.Zero), articles[1].Published);

        Assert.Null(articles[2].Source);
        Assert.Null(articles[2].Url);
        Assert.Null(articles[2].Published);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("content")]
    [InlineData("maintext")]
    [InlineData("body")]
    [InlineData("article")]
    public void Finds_article_text_under_each_usual_field_name(string field)
    {
        var path = Write("a.json", $$"""[{"{{field}}":"{{Second}}"}]""");
        Assert.Equal(Second, SingleArticle(path).Text);
    }

    [Theory]
    [InlineData("date", "2015-07-21 02:51:32")]
    [InlineData("published", "2015-07-21T02:51:32Z")]
    [InlineData("date_publish", "2015-07-21 02:51:32")]
    [InlineData("datePublished", "2015-07-21T05:51:32+03:00")]
    [InlineData("pubDate", "Tue, 21 Jul 2015 02:51:32 GMT")]
    [InlineData("date_extracted", "2015-07-21 02:51:32")]
    public void Reads_the_publication_time_under_each_usual_field_name(string field, string value)
    {
        var path = Write("a.json", $$"""[{"text":"{{Second}}","{{field}}":"{{value}}"}]""");
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero), SingleArticle(path).Published);
    }

    [Fact]
    public void Leaves_an_unparseable_date_unknown()
    {
        Assert.Null(SingleArticle(Write("a.json", $$"""[{"text":"{{Second}}","date":"أمس"}]""")).Published);
    }

    [Fact]
    public void Uses_the_default_source_when_the_item_names_none()
    {
        var path = Write("a.json", $$"""[{"text":"{{Second}}"},{"text":"{{Third}}","source":"bbc"}]""");
        var articles = ReadAll(path, new IngestOptions { DefaultSource = "cli" }).Select(i => i.Article!.Source);
        Assert.Equal(["cli", "bbc"], articles);
    }

    [Fact]
    public void Rejects_an_item_that_is_not_an_object_alone()
    {
        var path = Write("mixed.json", $$"""[{"text":"{{Second}}"}, 42, {"text":"{{Third}}"}]""");
        var items = ReadAll(path);
        Assert.Equal(3, items.Count);
        Assert.Equal("mixed-1", items[0].Article?.Id);
        Assert.Equal($"{path}#2", items[1].Rejection?.Origin);
        Assert.Contains("found a JSON number", items[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal("mixed-3", items[2].Article?.Id);
        Assert.Equal(Third, items[2].Article?.Text);
    }

    [Theory]
    [InlineData("""{"title":"عنوان بلا نص"}""")]
    [InlineData("""{"text":""}""")]
    [InlineData("""{"text":"   \n "}""")]
    [InlineData("""{"text":17}""")]
    public void Rejects_an_item_without_text_alone(string item)
    {
        var path = Write("mixed.json", $$"""[{"text":"{{Second}}"}, {{item}}, {"text":"{{Third}}"}]""");
        var items = ReadAll(path);
        Assert.Equal(3, items.Count);
        Assert.Equal(Second, items[0].Article?.Text);
        Assert.Equal($"{path}#2", items[1].Rejection?.Origin);
        Assert.Contains("no article text", items[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(Third, items[2].Article?.Text);
    }

    [Fact]
    public void Keeps_the_complete_items_before_a_truncated_item_and_rejects_the_rest()
    {
        var path = Write("cut.json", $$"""[{"text":"{{Second}}"},{"text":"{{Third}}"},{"text":"نص مقطوع""");
        var items = ReadAll(path);
        Assert.Equal(3, items.Count);
        Assert.Equal(["cut-1", "cut-2"], items.Take(2).Select(i => i.Article?.Id));
        var rejection = items[2].Rejection!;
        Assert.Equal($"{path}#3", rejection.Origin);
        Assert.Contains("malformed JSON", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("rest of the file is skipped", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_items_before_a_missing_closing_bracket_and_rejects_the_break()
    {
        var path = Write("cut.json", $$"""[{"text":"{{Second}}"},{"text":"{{Third}}"}""");
        var items = ReadAll(path);
        Assert.Equal(3, items.Count);
        Assert.Equal([Second, Third], items.Take(2).Select(i => i.Article?.Text));
        Assert.StartsWith($"{path}#", items[2].Rejection?.Origin, StringComparison.Ordinal);
        Assert.Contains("malformed JSON at line 1", items[2].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_item_over_max_article_chars_alone()
    {
        var path = Write("a.json", $$"""[{"text":"{{Body}}"},{"text":"قصير"}]""");
        var items = ReadAll(path, new IngestOptions { MaxArticleChars = 50 });
        Assert.Equal($"{path}#1", items[0].Rejection?.Origin);
        Assert.Contains("exceeds the limit of 50", items[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal("قصير", items[1].Article?.Text);
    }

    [Fact]
    public void Reads_an_empty_array_as_nothing()
    {
        Assert.Empty(ReadAll(Write("none.json", " [ ] ")));
    }

    [Fact]
    public void Reads_json_lines_with_ids_and_origins_by_line()
    {
        var path = Write("feed.jsonl", $$"""
            {{FullItem}}

            {"text":"{{Second}}","source":"alarabiya"}
            """ + "\r\n");
        var articles = ReadAll(path).Select(i => i.Article!).ToList();
        Assert.Equal(["feed-1", "feed-2"], articles.Select(a => a.Id));
        Assert.Equal([$"{path}#1", $"{path}#2"], articles.Select(a => a.Origin));
        Assert.All(articles, a => Assert.Equal("jsonl", a.Format));
        Assert.Equal(Headline, articles[0].Title);
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero), articles[0].Published);
        Assert.Equal(Second, articles[1].Text);
        Assert.Equal("alarabiya", articles[1].Source);
    }

    [Fact]
    public void Rejects_one_malformed_json_line_alone()
    {
        var path = Write("feed.jsonl", $$"""
            {"text":"{{Second}}"}
            {"text":"نص مكسور",
            ["not", "an", "object"]
            {"text":"{{Third}}"}
            """);
        var items = ReadAll(path);
        Assert.Equal(4, items.Count);
        Assert.Equal("feed-1", items[0].Article?.Id);
        Assert.Equal($"{path}#2", items[1].Rejection?.Origin);
        Assert.Contains("malformed JSON line", items[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal($"{path}#3", items[2].Rejection?.Origin);
        Assert.Contains("found a JSON array", items[2].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal("feed-4", items[3].Article?.Id);
        Assert.Equal(Third, items[3].Article?.Text);
    }
}
