using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Storage.Sqlite;

namespace Khabar.Web.Tests;

public class KeyedServerFixture : ServerFixture
{
    public override string? ApiKey => "k-9f3c2a77e1";
}

/// <summary><c>POST /api/articles</c> against a real Kestrel: the key, bad bodies, and a new article reaching a story.</summary>
public class IngestTests(KeyedServerFixture server) : IClassFixture<KeyedServerFixture>
{
    private const string Article = """
        وزير النقل يفتتح محطة القطار الجديدة في العقبة
        افتتح وزير النقل الأردني اليوم محطة القطار الجديدة في مدينة العقبة، بحضور عدد من المسؤولين وممثلي شركات الشحن. وقال الوزير إن المحطة ستخدم خط السكة الحديد الذي يربط الميناء بالمناطق الصناعية، وإن أول قطار شحن سيصل إليها الأسبوع المقبل.
        """;

    private long Stored()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        return store.Count();
    }

    private HttpRequestMessage Post(string body, string? key, string name = "aqaba-station.txt") =>
        new(HttpMethod.Post, $"/api/articles?name={name}")
        {
            Content = new StringContent(body, Encoding.UTF8, "text/plain"),
            Headers = { { "X-Api-Key", key is null ? [] : [key] } },
        };

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("k-9f3c2a77e")]
    public async Task A_write_without_the_key_is_401_and_stores_nothing(string? key)
    {
        var before = Stored();

        var response = await server.Client.SendAsync(Post(Article, key, "unauthorized.txt"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public async Task An_article_posted_with_the_key_is_stored_assigned_and_readable()
    {
        var listedBefore = await server.Client.GetFromJsonAsync<JsonElement>("/api/stories?size=100");
        var response = await server.Client.SendAsync(Post(Article, server.ApiKey));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("stored").GetInt32());
        var article = await server.Client.GetFromJsonAsync<JsonElement>("/api/articles/aqaba-station");
        Assert.Contains("محطة القطار الجديدة", article.GetProperty("text").GetString()!, StringComparison.Ordinal);
        using var store = SqliteArticleStore.Open(server.Database);
        var story = Assert.Single(store.Stories(), s => s.Articles.Contains("aqaba-station"));
        var listedAfter = await server.Client.GetFromJsonAsync<JsonElement>("/api/stories?size=100");
        Assert.Contains(listedAfter.GetProperty("stories").EnumerateArray(), s => s.GetProperty("id").GetString() == story.Id
            && s.GetProperty("articles").GetInt32() == story.Articles.Count);
        Assert.NotEqual(listedBefore.GetRawText(), listedAfter.GetRawText());

        var again = await server.Client.SendAsync(Post(Article, server.ApiKey));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyStored").GetInt32());
    }

    [Theory]
    [InlineData("{\"title\": \"خبر\", \"text\": ", "broken.json")]
    [InlineData("", "empty.txt")]
    [InlineData("\u0001\u0002\u0003\u0000\u0000binary", "blob.bin")]
    public async Task A_body_that_holds_no_article_is_400_with_the_reason_and_stores_nothing(string body, string name)
    {
        var before = Stored();

        var response = await server.Client.SendAsync(Post(body, server.ApiKey, name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(name, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!, StringComparison.Ordinal);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public async Task The_format_is_read_from_the_bytes_whatever_the_content_type_says()
    {
        var request = Post(Article.Replace("العقبة", "معان", StringComparison.Ordinal), server.ApiKey, "form-typed");
        request.Content!.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/b.txt")]
    public async Task A_name_with_a_folder_is_refused(string name)
    {
        var response = await server.Client.SendAsync(Post(Article, server.ApiKey, Uri.EscapeDataString(name)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_stores_nothing()
    {
        var before = Stored();
        var huge = new string('ا', (int)(KhabarServer.MaxRequestBytes / 2) + 1024);

        var request = Post(huge, server.ApiKey, "huge.txt");
        request.Headers.ExpectContinue = true; // the server answers before the body is sent, as a careful client asks
        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public async Task A_search_answered_before_finds_an_article_posted_since()
    {
        const string word = "البوتاس";
        var before = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/search?q={word}")).RootElement;
        Assert.Empty(before.GetProperty("stories").EnumerateArray());
        Assert.False(before.GetProperty("newestOnly").GetBoolean());

        using var post = Post("وقعت شركة البوتاس العربية اتفاقية لتوسعة مصنعها في غور الصافي، وقال مديرها إن الإنتاج سيرتفع العام المقبل.", "k-9f3c2a77e1", "potash.txt");
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(post)).StatusCode);
        var after = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/search?q={word}")).RootElement;

        Assert.Contains(after.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("hits").EnumerateArray()), h => h.GetProperty("article").GetString() == "potash");
    }
}

/// <summary>The stream of story changes, against a real Kestrel: a posted article's story is announced.</summary>
public class StoryEventTests(KeyedServerFixture server) : IClassFixture<KeyedServerFixture>
{
    [Fact]
    public async Task A_posted_article_is_announced_to_every_open_stream_with_its_story()
    {
        using var stream = new StreamReader(await server.Client.GetStreamAsync("/api/events"));
        Assert.Equal("event: ready", await stream.ReadLineAsync());

        var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles?name=irbid-dam.txt")
        {
            Content = new StringContent("""
                افتتاح سد جديد في إربد
                افتتح وزير المياه اليوم سدا جديدا في محافظة إربد بسعة خمسة ملايين متر مكعب، لتخزين مياه الأمطار وري المزارع في وادي الأردن الشمالي.
                """),
            Headers = { { "X-Api-Key", server.ApiKey } },
        };
        Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(post)).StatusCode);
        using var store = SqliteArticleStore.Open(server.Database);
        var story = Assert.Single(store.Stories(), s => s.Articles.Contains("irbid-dam")).Id;

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? line;
        do
        {
            line = await stream.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !(line.StartsWith("data:", StringComparison.Ordinal) && line.Contains(story, StringComparison.Ordinal)));

        Assert.NotNull(line);
        Assert.Contains("\"changed\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_stored_by_another_writer_is_announced_too()
    {
        using var stream = new StreamReader(await server.Client.GetStreamAsync("/api/events"));
        Assert.Equal("event: ready", await stream.ReadLineAsync());

        // Written as `khabar ingest` in another process would: its own connection, not the server's writer.
        var folder = Directory.CreateTempSubdirectory("khabar-events-").FullName;
        string story;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "mafraq-solar.txt"), """
                تشغيل محطة للطاقة الشمسية في المفرق
                بدأت محطة جديدة للطاقة الشمسية في محافظة المفرق بتزويد الشبكة الوطنية بالكهرباء، بقدرة خمسين ميغاواط، وقالت شركة الكهرباء إنها تغطي حاجة عشرين ألف منزل.
                """);
            using var store = SqliteArticleStore.Open(server.Database);
            new KhabarPipeline(store, PipelineParts.BuiltIn()).Run(new FileSource([folder], IngestOptions.Default));
            story = Assert.Single(store.Stories(), s => s.Articles.Contains("mafraq-solar")).Id;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? line;
        do
        {
            line = await stream.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !(line.StartsWith("data:", StringComparison.Ordinal) && line.Contains(story, StringComparison.Ordinal)));

        Assert.NotNull(line);
    }

    [Fact]
    public async Task Pages_follow_their_story_with_the_servers_own_script()
    {
        using var store = SqliteArticleStore.Open(server.Database);
        var id = store.Stories()[0].Id;

        var page = await server.Client.GetStringAsync($"/stories/{id}");
        var script = await server.Client.GetAsync("/live.js");

        Assert.Contains("<script src=\"/live.js\" defer></script>", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("<script").Length); // one script tag: the server's own file
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("EventSource(\"/api/events\")", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
