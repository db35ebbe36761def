using System.Text;
using Khabar.Core.Assign;
using Khabar.Core.Consolidate;
using Khabar.Core.Domain;
using Khabar.Core.Entities;
using Khabar.Core.Reuse;
using Khabar.Text;

namespace Khabar.Core.Store;

/// <summary>
/// A story's consolidation as stored: a compact binary form (length-prefixed UTF-8 strings, 7-bit encoded
/// integers), read back in one pass. Quotes and entity mentions are stored as places (article, start, length) and
/// read back with the text of the story's articles, which a reader has in hand: both are, by construction, the
/// article's clean text at that place (<see cref="Consolidate.Quote.Of"/>, <c>MentionFinder</c>), and storing
/// their text made records six times larger. Reports read every story's record, so this read is on their hot path: it is
/// several times faster than JSON for the same records. Field order is the format: change it only together with
/// <see cref="StoryConsolidator.Version"/>.
/// </summary>
internal static class ConsolidationCodec
{
    /// <summary>Set on an entity's type byte when its Latin name is a romanization Khabar guessed.</summary>
    private const byte GuessedLatin = 0x80;

    public static byte[] Write(ConsolidatedStory story)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            List(w, story.Entities, e =>
            {
                w.Write(e.Id);
                w.Write((byte)((byte)e.Type | (e.LatinGuessed ? GuessedLatin : 0)));
                w.Write(e.Name);
                Optional(w, e.Latin);
                List(w, e.Variants, w.Write);
                Optional(w, e.Role);
                List(w, e.Mentions, m => Quote(w, new Quote(m.Article, m.Start, m.Length, m.Text)));
                Optional(w, e.Key);
            });
            List(w, story.Facts, f =>
            {
                w.Write(f.Id);
                var lead = IndexOf(f.Quotes, f.Text);
                w.Write7BitEncodedInt(lead + 1);
                if (lead < 0)
                {
                    w.Write(f.Text);
                }

                w.Write((byte)f.Status);
                List(w, f.Quotes, q => Quote(w, q));
                List(w, f.Outlets, group => List(w, group, w.Write));
            });
            List(w, story.Conflicts, c =>
            {
                w.Write((byte)c.About);
                w.Write(c.Fact);
                w.Write(c.Text);
                List(w, c.Sides, side =>
                {
                    w.Write(side.Value);
                    List(w, side.Quotes, q => Quote(w, q));
                });
            });
            List(w, story.Published, p =>
            {
                w.Write(p.Article);
                w.Write7BitEncodedInt(p.Day?.DayNumber + 1 ?? 0);
                w.Write(p.Inferred);
                List(w, p.Evidence, e =>
                {
                    Quote(w, e.Expression);
                    w.Write7BitEncodedInt(e.Means.DayNumber);
                    Optional(w, e.Anchor);
                });
            });
            List(w, story.Timeline, t =>
            {
                w.Write7BitEncodedInt(t.Day.DayNumber);
                w.Write(t.Fact);
                w.Write(t.Text);
                List(w, t.Quotes, q => Quote(w, q));
                List(w, t.Expressions, q => Quote(w, q));
                Optional(w, t.Doubt);
                w.Write(t.Planned);
            });
            List(w, story.Summary, s => Sentence(w, s));
            List(w, story.SummaryCandidates, c =>
            {
                Sentence(w, c.Sentence);
                w.Write7BitEncodedInt(c.Words);
                w.Write7BitEncodedInt(c.Day + 1 ?? 0);
                List(w, c.RedundantWith, w.Write7BitEncodedInt);
            });
            List(w, story.Duplicates, l =>
            {
                w.Write(l.A);
                w.Write(l.B);
                w.Write((byte)l.Kind);
                w.Write(l.Score);
                w.Write(l.Jaccard.HasValue);
                w.Write(l.Jaccard ?? 0);
            });
            List(w, story.Reuse, r =>
            {
                w.Write(r.A);
                w.Write(r.B);
                w.Write(r.Score);
                List(w, r.Passages, p =>
                {
                    w.Write7BitEncodedInt(p.A.Start);
                    w.Write7BitEncodedInt(p.A.Length);
                    w.Write7BitEncodedInt(p.B.Start);
                    w.Write7BitEncodedInt(p.B.Length);
                    w.Write(p.Similarity);
                });
            });
            List(w, story.Events, e =>
            {
                w.Write(e.Id);
                List(w, e.Articles, w.Write);
                Time(w, e.From);
                Time(w, e.To);
                w.Write(e.Title);
                List(w, e.SharedEntities, w.Write);
            });
        }

        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a consolidation record of this format.</exception>
    /// <param name="payload">The record.</param>
    /// <param name="cleanText">The clean text of each of the story's articles by id: quotes are stored as offsets
    /// into it, and their text taken from it again.</param>
    public static ConsolidatedStory Read(byte[] payload, Dictionary<string, string> cleanText)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
            var ids = new ArticleIds(r, cleanText);
            Quote Quote(BinaryReader r) => ConsolidationCodec.Quote(r, ids);
            SummarySentence Sentence(BinaryReader r) => ConsolidationCodec.Sentence(r, ids);
            var entities = List(r, () =>
            {
                var (id, type) = (r.ReadString(), r.ReadByte());
                return new Entity(id, (EntityType)(type & ~GuessedLatin), r.ReadString(), Optional(r), List(r, r.ReadString), Optional(r), List(r, () => Mention(Quote(r))))
                {
                    LatinGuessed = (type & GuessedLatin) != 0,
                    Key = Optional(r),
                };
            });
            var facts = List(r, () =>
            {
                var (id, lead) = (r.ReadString(), r.Read7BitEncodedInt() - 1);
                var text = lead < 0 ? r.ReadString() : null;
                var (status, quotes) = ((FactStatus)r.ReadByte(), List(r, () => Quote(r)));
                if (lead >= quotes.Length)
                {
                    throw new InvalidDataException("consolidation record names a quote its fact does not have");
                }

                return new Fact(id, text ?? quotes[lead].Text, status, quotes, List<IReadOnlyList<string>>(r, () => List(r, ids.Read)));
            });
            var conflicts = List(r, () => new Conflict(
                (ConflictKind)r.ReadByte(),
                r.ReadString(),
                r.ReadString(),
                List(r, () => new ConflictSide(r.ReadString(), List(r, () => Quote(r))))));
            var published = List(r, () => new PublicationDay(
                ids.Read(),
                r.Read7BitEncodedInt() is var day and > 0 ? DateOnly.FromDayNumber(day - 1) : null,
                r.ReadBoolean(),
                List(r, () => new DateEvidence(Quote(r), DateOnly.FromDayNumber(r.Read7BitEncodedInt()), Optional(r)))));
            var timeline = List(r, () => new TimelineEvent(
                DateOnly.FromDayNumber(r.Read7BitEncodedInt()),
                r.ReadString(),
                r.ReadString(),
                List(r, () => Quote(r)),
                List(r, () => Quote(r)),
                Optional(r)) { Planned = r.ReadBoolean() });
            var summary = List(r, () => Sentence(r));
            var candidates = List(r, () => new SummaryCandidate(
                Sentence(r),
                r.Read7BitEncodedInt(),
                r.Read7BitEncodedInt() is var day and > 0 ? day - 1 : null,
                List(r, r.Read7BitEncodedInt)));
            var duplicates = List(r, () =>
            {
                var (a, b, kind, score, hasJaccard, jaccard) = (ids.Read(), ids.Read(), (LinkKind)r.ReadByte(), r.ReadDouble(), r.ReadBoolean(), r.ReadDouble());
                return new StoryLink(a, b, kind, score, hasJaccard ? jaccard : null);
            });
            var reuse = List(r, () => new ReusePair(
                ids.Read(),
                ids.Read(),
                r.ReadDouble(),
                List(r, () => new ReusePassage(
                    new TextExtent(r.Read7BitEncodedInt(), r.Read7BitEncodedInt()),
                    new TextExtent(r.Read7BitEncodedInt(), r.Read7BitEncodedInt()),
                    r.ReadDouble()))));
            var events = List(r, () => new StoryEvent(
                r.ReadString(),
                List(r, ids.Read),
                Time(r),
                Time(r),
                r.ReadString(),
                List(r, r.ReadString)));
            if (r.BaseStream.Position != payload.Length)
            {
                throw new InvalidDataException("consolidation record has bytes left over");
            }

            return new ConsolidatedStory(entities, facts, conflicts, published, timeline, summary, candidates, duplicates, reuse) { Events = events };
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("consolidation record ends early", e);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            // A damaged number: a 7-bit integer that does not end, a day or time out of range, bytes that are not UTF-8.
            throw new InvalidDataException($"consolidation record is damaged: {e.Message}", e);
        }
    }

    /// <summary>A time as UTC ticks (0 for none) and its offset in minutes.</summary>
    private static void Time(BinaryWriter w, DateTimeOffset? time)
    {
        w.Write(time?.UtcTicks ?? 0);
        w.Write((short)(time?.Offset.TotalMinutes ?? 0));
    }

    private static DateTimeOffset? Time(BinaryReader r)
    {
        var (ticks, offset) = (r.ReadInt64(), r.ReadInt16());
        return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset));
    }

    /// <summary>A quote as its place: its text is the article's clean text there, taken again on reading.</summary>
    private static void Quote(BinaryWriter w, Quote quote)
    {
        w.Write(quote.Article);
        w.Write7BitEncodedInt(quote.Start);
        w.Write7BitEncodedInt(quote.Length);
    }

    private static Quote Quote(BinaryReader r, ArticleIds ids)
    {
        var (article, start, length) = (ids.Read(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        if (!ids.CleanText.TryGetValue(article, out var text) || start < 0 || length < 0 || start > text.Length - length)
        {
            throw new InvalidDataException($"consolidation record quotes {article} at {start}+{length}, outside its clean text");
        }

        return Consolidate.Quote.In(article, text, new TextExtent(start, length));
    }

    /// <summary>A summary sentence: its quote, and a flag kept from an older form in which its text could differ (always false now).</summary>
    private static void Sentence(BinaryWriter w, SummarySentence s)
    {
        Quote(w, s.Quote);
        w.Write(false);

        w.Write(s.Fact);
        List(w, s.Sources, w.Write);
        w.Write(s.Disputed);
    }

    private static SummarySentence Sentence(BinaryReader r, ArticleIds ids)
    {
        var quote = Quote(r, ids);
        if (r.ReadBoolean())
        {
            quote = new Quote(quote.Article, quote.Start, quote.Length, r.ReadString());
        }

        return new(r.ReadString(), quote, List(r, ids.Read), r.ReadBoolean());
    }

    /// <summary>
    /// Reads article ids (written as <see cref="BinaryWriter.Write(string)"/> writes a string) as the story's own
    /// id strings: a record names its articles at every quote, and a new string for each would be most of what
    /// reading a record allocates. An id the story does not have is read as a new string.
    /// </summary>
    private sealed class ArticleIds(BinaryReader reader, Dictionary<string, string> cleanText)
    {
        private const int LongestKept = 256;
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars = cleanText.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, string> CleanText => cleanText;

        public string Read()
        {
            var byteCount = reader.Read7BitEncodedInt();
            if (byteCount < 0 || byteCount > reader.BaseStream.Length - reader.BaseStream.Position)
            {
                throw new InvalidDataException("consolidation record holds a string longer than what is left of it");
            }

            if (byteCount > LongestKept)
            {
                return Encoding.UTF8.GetString(reader.ReadBytes(byteCount));
            }

            Span<byte> bytes = stackalloc byte[byteCount];
            reader.BaseStream.ReadExactly(bytes);
            Span<char> chars = stackalloc char[byteCount];
            var count = Encoding.UTF8.GetChars(bytes, chars);
            return _byChars.TryGetValue(chars[..count], out var id, out _) ? id : new string(chars[..count]);
        }

    }

    private static SourcedMention Mention(Quote place) => new(place.Article, place.Start, place.Length, place.Text);

    private static int IndexOf(IReadOnlyList<Quote> quotes, string text)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            if (string.Equals(quotes[i].Text, text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Optional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void List<T>(BinaryWriter w, IReadOnlyCollection<T> items, Action<T> write)
    {
        w.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static T[] List<T>(BinaryReader r, Func<T> read)
    {
        var count = r.Read7BitEncodedInt();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new InvalidDataException("consolidation record holds an impossible count");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read();
        }

        return items;
    }
}
