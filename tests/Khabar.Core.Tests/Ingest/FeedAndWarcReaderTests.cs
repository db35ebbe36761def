using System.IO.Compression;
using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public sealed class FeedAndWarcReaderTests : InputFolder
{
    [Fact]
    public void Reads_rss_items_preferring_full_content()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>الأفق نيوز</title>
                <item>
                  <title>افتتاح خط الشحن</title>
                  <link>https://alofoq.example/rail</link>
                  <pubDate>Tue, 14 Oct 2025 09:30:00 +0300</pubDate>
                  <description>ملخص قصير</description>
                  <content:encoded><![CDATA[<p>افتتح الأردن اليوم خط الشحن الجديد.</p><p>وحضر الوزيران الحفل.</p>]]></content:encoded>
                </item>
                <item><title>بلا نص</title></item>
              </channel>
            </rss>
            """;

        var items = Read("feed.xml", Encoding.UTF8.GetBytes(rss));

        var article = items[0].Article!;
        Assert.Equal("feed-1", article.Id);
        Assert.Equal("rss", article.Format);
        Assert.Equal("الأفق نيوز", article.Source);
        Assert.Equal("https://alofoq.example/rail", article.Url);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 9, 30, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal("افتتح الأردن اليوم خط الشحن الجديد.\nوحضر الوزيران الحفل.\n", article.Text);
        Assert.Contains("without content", items[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_atom_entries()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>صدى الخليج</title>
              <entry>
                <title>العاصفة مزن</title>
                <link rel="alternate" href="https://sada.example/storm"/>
                <published>2025-10-17T16:05:00+04:00</published>
                <content type="html">&lt;p&gt;ضربت العاصفة محافظة ظفار.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

        var article = Read("atom.xml", Encoding.UTF8.GetBytes(atom)).Single().Article!;

        Assert.Equal("atom", article.Format);
        Assert.Equal("صدى الخليج", article.Source);
        Assert.Equal("https://sada.example/storm", article.Url);
        Assert.Equal(new DateTimeOffset(2025, 10, 17, 16, 5, 0, TimeSpan.FromHours(4)), article.Published);
        Assert.Equal("ضربت العاصفة محافظة ظفار.\n", article.Text);
    }

    [Fact]
    public void Malformed_feed_xml_is_a_rejection()
    {
        var items = Read("broken.xml", Encoding.UTF8.GetBytes("<rss><channel><item><title>x</title></channel>"));

        Assert.Contains("malformed feed XML", items.Single().Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_html_responses_of_a_gzip_per_record_warc()
    {
        using var file = new MemoryStream();
        foreach (var record in new[]
        {
            Record("request", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", "https://news.example/a"),
            Record("response", "application/http; msgtype=response", Http("<html><head><title>خبر أول</title></head><body><article><p>نص الخبر الأول عن الميناء.</p></article></body></html>"), "https://news.example/a"),
            Record("response", "application/http; msgtype=response", Http("<html><body><p>نص الخبر الثاني عن العاصفة.</p></body></html>"), "https://news.example/b"),
        })
        {
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(record);
        }

        var items = Read("crawl.warc.gz", file.ToArray());

        Assert.Equal(2, items.Count);
        Assert.Equal("crawl-1", items[0].Article!.Id);
        Assert.Equal("https://news.example/a", items[0].Article!.Url);
        Assert.Equal("news.example", items[0].Article!.Source);
        Assert.Equal("خبر أول", items[0].Article!.Title);
        Assert.Equal("نص الخبر الأول عن الميناء.\n", items[0].Article!.Text);
        Assert.Equal("نص الخبر الثاني عن العاصفة.\n", items[1].Article!.Text);
        Assert.Null(items[1].Article!.Published);
    }

    [Fact]
    public void A_truncated_warc_keeps_the_records_before_the_break()
    {
        var whole = Record("response", "application/http", Http("<p>خبر كامل قبل الانقطاع.</p>"), "https://news.example/a");
        var broken = Record("response", "application/http", Http("<p>خبر مقطوع.</p>"), "https://news.example/b");
        var bytes = whole.Concat(broken.Take(broken.Length - 20)).ToArray();

        var items = Read("cut.warc", bytes);

        Assert.Equal("خبر كامل قبل الانقطاع.\n", items[0].Article!.Text);
        Assert.Contains("Content-Length", items[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    private static string Http(string html) =>
        $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {Encoding.UTF8.GetByteCount(html)}\r\n\r\n{html}";

    private static byte[] Record(string type, string contentType, string block, string uri)
    {
        var body = Encoding.UTF8.GetBytes(block);
        var header = $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-11-01T00:00:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. body, .. "\r\n\r\n"u8.ToArray()];
    }
}
