using System.Text.Json;
using Khabar.Core.Consolidate;
using Khabar.Core.Store;
using Khabar.Core.Tests.Consolidate;

namespace Khabar.Core.Tests.Store;

public class ConsolidationCodecTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private static ConsolidatedStory Storm() => ConsolidationFixture.Samples("storm");

    private static IReadOnlyList<Domain.Article> Articles() => [.. Assign.CorpusArticles.Samples().Select(i => i.Prepared.Article)];

    [Fact]
    public void A_consolidation_reads_back_field_for_field()
    {
        var at = new DateTimeOffset(2025, 10, 17, 8, 30, 0, TimeSpan.FromHours(3));
        var story = Storm() with
        {
            Events =
            [
                new StoryEvent("ev1", ["storm-sada-2025-10-17", "storm-alofoq-dhofar"], at, at.AddHours(5), "العاصفة مزن", ["ظفار", "صلالة"]),
                new StoryEvent("ev2", ["storm-nabaa-repairs"], null, null, string.Empty, []),
            ],
        };
        Assert.NotEmpty(story.Facts);
        Assert.NotEmpty(story.Entities);
        Assert.Contains(story.Entities, e => e.LatinGuessed);
        Assert.Contains(story.Entities, e => !e.LatinGuessed);
        Assert.Contains(story.Entities, e => e.Key is not null); // each entity's key across stories is stored with it
        Assert.All(story.Entities, e => Assert.Equal(Khabar.Core.Consolidate.EntityKeys.Of(e.Type, e.Name), e.Key));

        var read = DerivedCodec.ReadConsolidation(DerivedCodec.Consolidation(story).Payload, Articles());

        Assert.Equal(JsonSerializer.Serialize(story, Json), JsonSerializer.Serialize(read, Json));
        Assert.Equal(TimeSpan.FromHours(3), read.Events[0].From!.Value.Offset);
    }

    [Fact]
    public void The_record_is_stamped_with_the_consolidator_and_analyzer_versions()
    {
        var record = DerivedCodec.Consolidation(Storm());

        Assert.Equal(DerivedCodec.ConsolidationKind, record.Kind);
        Assert.Equal(StoryConsolidator.Stamp, record.Version);
    }

    [Theory]
    [InlineData(0)]     // empty
    [InlineData(7)]     // cut short
    [InlineData(-1)]    // one byte too many
    public void A_damaged_record_is_refused_with_a_clear_error(int keep)
    {
        var payload = DerivedCodec.Consolidation(Storm()).Payload;
        var damaged = keep >= 0 ? payload[..Math.Min(keep, payload.Length)] : [.. payload, 0];

        var error = Assert.Throws<InvalidDataException>(() => DerivedCodec.ReadConsolidation(damaged, Articles()));
        Assert.Contains("consolidation record", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0xFF)] // a length or count byte read as a huge number
    [InlineData(0x80)] // a 7-bit number that never ends within the byte
    [InlineData(0x00)]
    public void A_record_damaged_at_any_byte_is_read_or_refused_with_a_clear_error(byte value)
    {
        var payload = DerivedCodec.Consolidation(Storm()).Payload;
        var articles = Articles().ToList();

        for (var at = 0; at < payload.Length; at++)
        {
            var damaged = (byte[])payload.Clone();
            damaged[at] = value;
            try
            {
                DerivedCodec.ReadConsolidation(damaged, articles);
            }
            catch (InvalidDataException error)
            {
                Assert.Contains("consolidation record", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Quotes_are_stored_as_places_and_refused_when_the_text_no_longer_fits()
    {
        var payload = DerivedCodec.Consolidation(Storm()).Payload;
        var shortened = Articles().Select(a => a with { CleanText = a.CleanText[..Math.Min(a.CleanText.Length, 20)] });

        var error = Assert.Throws<InvalidDataException>(() => DerivedCodec.ReadConsolidation(payload, shortened));
        Assert.Contains("outside its clean text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_read_back_view_their_articles_text_and_name_them_by_the_articles_own_ids()
    {
        var articles = Articles().ToList();
        var read = DerivedCodec.ReadConsolidation(DerivedCodec.Consolidation(Storm()).Payload, articles);

        var quotes = read.Facts.SelectMany(f => f.Quotes).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q =>
        {
            var article = articles.Single(a => a.Id == q.Article);
            Assert.Same(article.Id, q.Article);
            Assert.Equal(article.CleanText.AsSpan(q.Start, q.Length).ToString(), q.Words.ToString());
            Assert.Equal(q.Words.ToString(), q.Text);
        });
    }
}
