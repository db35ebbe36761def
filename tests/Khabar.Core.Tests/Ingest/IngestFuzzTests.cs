using System.Text;
using Khabar.Core.Ingest;

namespace Khabar.Core.Tests.Ingest;

public class IngestFuzzTests : IngestFixture
{
    private static readonly byte[][] Fragments =
    [
        "[{"u8.ToArray(), "{\"text\":\""u8.ToArray(), "\"}\n"u8.ToArray(), "]"u8.ToArray(), "<html>"u8.ToArray(),
        "<article><p>"u8.ToArray(), "<script type=\"application/ld+json\">{\"datePublished\":"u8.ToArray(),
        "PK\u0003\u0004"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xC7, 0xE1, 0xCE, 0xC8, 0xD1],
        Encoding.UTF8.GetBytes("انفجار في مرفأ المدينة وإصابة عشرة أشخاص"), "\r\n"u8.ToArray(), [0],
    ];

    private static readonly string[] Extensions = [".txt", ".json", ".jsonl", ".html", ".zip", ".dat", ""];

    [Fact]
    public void Never_throws_and_gives_exactly_an_article_or_a_rejection_for_random_input()
    {
        var random = new Random(20260121);
        for (var n = 0; n < 300; n++)
        {
            var bytes = new List<byte>();
            var parts = random.Next(0, 8);
            for (var p = 0; p < parts; p++)
            {
                if (random.Next(3) == 0)
                {
                    var noise = new byte[random.Next(1, 200)];
                    random.NextBytes(noise);
                    bytes.AddRange(noise);
                }
                else
                {
                    bytes.AddRange(Fragments[random.Next(Fragments.Length)]);
                }
            }

            var path = Write($"in{n:D3}{Extensions[random.Next(Extensions.Length)]}", [.. bytes]);
            List<IngestItem> items;
            try
            {
                items = ReadAll(path);
            }
#pragma warning disable CA1031 // Any exception is the failure this test looks for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Assert.Fail($"input {n} ({Convert.ToHexString([.. bytes])}) threw {e}");
                return;
            }

            Assert.NotEmpty(items);
            foreach (var item in items)
            {
                Assert.True(item.Article is null != (item.Rejection is null), $"input {n}: item is neither or both");
                var origin = item.Article?.Origin ?? item.Rejection!.Origin;
                Assert.StartsWith(path, origin, StringComparison.Ordinal);
                if (item.Article is { } article)
                {
                    Assert.False(string.IsNullOrWhiteSpace(article.Text), $"input {n}: article without text");
                    Assert.False(string.IsNullOrEmpty(article.Id), $"input {n}: article without id");
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(item.Rejection!.Reason), $"input {n}: rejection without reason");
                }
            }
        }
    }
}
