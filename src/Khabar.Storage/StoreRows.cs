using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Reuse;
using Khabar.Core.Watch;
using Khabar.Text;

namespace Khabar.Storage;

/// <summary>
/// What both stores read and write the same way: rows read into records (the columns in the same order on SQLite and
/// PostgreSQL), stamps, and the passage count over the holders of each print.
/// </summary>
internal static class StoreRows
{
    /// <summary>An article from columns 0–10: id, origin, format, title, source, url, published, raw text, clean text, hash, where the date came from.</summary>
    public static Article Article(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Origin = reader.GetString(1),
        Format = reader.GetString(2),
        Title = Text(reader, 3),
        Source = Text(reader, 4),
        Url = Text(reader, 5),
        Published = Time(reader, 6),
        RawText = reader.GetString(7),
        CleanText = reader.GetString(8),
        ContentHash = reader.GetString(9),
        PublishedFrom = reader.IsDBNull(10) ? PublishedFrom.Unknown : Enum.Parse<PublishedFrom>(reader.GetString(10)),
    };

    /// <summary>A story from columns 0–6 (id, title, title article, span from, span to, size, sources as JSON).</summary>
    public static Story Story(DbDataReader reader, IReadOnlyList<string> articles) => Story(reader, articles, null);

    /// <summary>
    /// A story from columns 0–6, its outlets decoded once per distinct list in <paramref name="outletLists"/> (a
    /// listing of every story meets a few hundred lists in tens of thousands of rows, and each story then shares its
    /// list's array).
    /// </summary>
    public static Story Story(DbDataReader reader, IReadOnlyList<string> articles, Dictionary<string, string[]>? outletLists) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), Time(reader, 3), Time(reader, 4), articles, Outlets(reader.GetString(6), outletLists));

    /// <summary>
    /// Every story's mark from rows of (id, size, span to, span from, sources as JSON), each distinct outlet list
    /// decoded once and shared (as <see cref="Story(DbDataReader, IReadOnlyList{string}, Dictionary{string, string[]})"/>).
    /// </summary>
    public static List<StoryMark> Marks(DbDataReader reader)
    {
        var marks = new List<StoryMark>();
        var outletLists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            marks.Add(new StoryMark(reader.GetString(0), reader.GetInt32(1), Time(reader, 2), Time(reader, 3), Outlets(reader.GetString(4), outletLists)));
        }

        return marks;
    }

    /// <summary>A story's outlets from their stored JSON, decoded once per distinct list when <paramref name="outletLists"/> keeps them.</summary>
    private static string[] Outlets(string json, Dictionary<string, string[]>? outletLists)
    {
        if (outletLists is null || !outletLists.TryGetValue(json, out var outlets))
        {
            outlets = JsonSerializer.Deserialize<string[]>(json) ?? [];
            outletLists?.Add(json, outlets);
        }

        return outlets;
    }

    /// <summary>Reuse pairs from rows of (a, b, score, passages as JSON).</summary>
    public static List<ReusePair> Reuse(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var pairs = new List<ReusePair>();
        while (reader.Read())
        {
            var passages = JsonSerializer.Deserialize<double[][]>(reader.GetString(3)) ?? [];
            pairs.Add(new ReusePair(reader.GetString(0), reader.GetString(1), reader.GetDouble(2),
                [.. passages.Select(p => new ReusePassage(new TextExtent((int)p[0], (int)p[1]), new TextExtent((int)p[2], (int)p[3]), p[4]))]));
        }

        return pairs;
    }

    /// <summary>A reuse pair's passages as the JSON both stores keep.</summary>
    public static string PassagesJson(ReusePair pair) =>
        JsonSerializer.Serialize(pair.Passages.Select(p => new[] { p.A.Start, p.A.Length, p.B.Start, p.B.Length, p.Similarity }));

    /// <summary>A search hit from columns 0–6 (article, story, story title, start, length, clean text, rank).</summary>
    public static SentenceHit Hit(DbDataReader reader)
    {
        var extent = new TextExtent(reader.GetInt32(3), reader.GetInt32(4));
        var clean = reader.GetString(5);
        return new SentenceHit(
            reader.GetString(0),
            Text(reader, 1),
            Text(reader, 2),
            extent,
            extent.End <= clean.Length ? extent.Of(clean).ToString() : null,
            reader.GetDouble(6));
    }

    /// <summary>A pending feed item from columns 0–7 (feed, key, link, title, published, html, feed title, attempts).</summary>
    public static PendingItem PendingItem(DbDataReader reader) =>
        new(reader.GetString(0), new FeedEntry(reader.GetString(1), Text(reader, 2), Text(reader, 3), Time(reader, 4), Text(reader, 5), Text(reader, 6)), reader.GetInt32(7));

    /// <summary>The lone rows a command reads (article id, partner, score, candidates), by article.</summary>
    public static Dictionary<string, Attachment> Attachments(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new Dictionary<string, Attachment>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var id = reader.GetString(0);
            found[id] = new Attachment(id, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? 0 : reader.GetDouble(2), reader.GetInt32(3));
        }

        return found;
    }

    /// <summary>Rows of (id, payload) by id.</summary>
    public static Dictionary<string, byte[]> Payloads(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            found[reader.GetString(0)] = (byte[])reader.GetValue(1);
        }

        return found;
    }

    /// <summary>Rows of two strings.</summary>
    public static List<(string, string)> Pairs(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new List<(string, string)>();
        while (reader.Read())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }

    /// <summary>The first column of every row.</summary>
    public static List<string> Strings(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new List<string>();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    /// <summary>Articles from rows of <see cref="Article(DbDataReader)"/>'s columns.</summary>
    public static List<Article> Articles(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var articles = new List<Article>();
        while (reader.Read())
        {
            articles.Add(Article(reader));
        }

        return articles;
    }

    /// <summary>A time stored in the round-trip format, or null.</summary>
    /// <summary>Rows of (story id, article id) in the command's order, grouped by story.</summary>
    public static Dictionary<string, List<string>> MembersByStory(DbCommand command)
    {
        var byStory = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var storyId = reader.GetString(0);
            if (!byStory.TryGetValue(storyId, out var list))
            {
                byStory[storyId] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return byStory;
    }

    /// <summary>Rows of (a, b, kind, score, jaccard) as links.</summary>
    public static List<StoryLink> Links(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var links = new List<StoryLink>();
        while (reader.Read())
        {
            links.Add(new StoryLink(reader.GetString(0), reader.GetString(1), Enum.Parse<LinkKind>(reader.GetString(2)),
                reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetDouble(4)));
        }

        return links;
    }

    /// <summary>Rows of (story id, type, name, mentions) as the stories an entity appears in.</summary>
    public static List<EntityAppearance> EntityAppearances(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new List<EntityAppearance>();
        while (reader.Read())
        {
            found.Add(new EntityAppearance(reader.GetString(0), (Core.Entities.EntityType)reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return found;
    }

    /// <summary>A time as stored (<see cref="Iso"/>: the round-trip format, read by its fast path), or null.</summary>
    public static DateTimeOffset? Time(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }

        var text = reader.GetString(column);
        return DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
            ? time
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    public static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>A time as stored (round-trip format, its offset kept), or DBNull.</summary>
    public static object Iso(DateTimeOffset? time) => time is { } t ? t.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;

    /// <summary>UTC in the round-trip format: the same length always, so stamps compare as text.</summary>
    public static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>
    /// The pairs of a new article and an assigned one (by store number) sharing at least <paramref name="minShared"/>
    /// prints of one of its sentences, with the most any sentence shares. Counted an article at a time (its sentences
    /// come together), each sentence's holders apart; a print held by more than <paramref name="maxHolders"/>
    /// (assigned holders and the new articles before it) is boilerplate and counts for no one.
    /// </summary>
    public static List<(string Article, long Other, int Shared)> PassagePairs<THolders>(
        IReadOnlyList<PrintedSentence> sentences, IReadOnlyDictionary<ulong, THolders> holders, int maxHolders, int minShared)
        where THolders : IReadOnlyCollection<long>
    {
        var pairs = new List<(string Article, long Other, int Shared)>();
        var best = new Dictionary<long, int>();
        var shared = new Dictionary<long, int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (article, prints, before) = sentences[i];
            shared.Clear();
            for (var k = 0; k < prints.Length; k++)
            {
                if (holders.TryGetValue(prints[k], out var list) && list.Count + before[k] <= maxHolders)
                {
                    foreach (var seq in list)
                    {
                        shared[seq] = shared.GetValueOrDefault(seq) + 1;
                    }
                }
            }

            foreach (var (seq, count) in shared)
            {
                if (count > best.GetValueOrDefault(seq))
                {
                    best[seq] = count;
                }
            }

            if (i + 1 == sentences.Count || !string.Equals(sentences[i + 1].Article, article, StringComparison.Ordinal))
            {
                pairs.AddRange(best.Where(b => b.Value >= minShared).Select(b => (article, b.Key, b.Value)));
                best.Clear();
            }
        }

        return pairs;
    }
}
