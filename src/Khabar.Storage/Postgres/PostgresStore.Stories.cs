using System.Globalization;
using System.Text.Json;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Reuse;
using Khabar.Text;
using Npgsql;

namespace Khabar.Storage.Postgres;

/// <summary>The story side of the PostgreSQL store (the SQLite store's, in PostgreSQL's terms).</summary>
public sealed partial class PostgresStore
{
    private const string StoryColumns = "id, title, title_article, span_from, span_to, size, sources";

    /// <summary>The publication time an undated article's index terms are kept under (before every real one).</summary>
    private const long Undated = -1L << 62;

    public IReadOnlyList<PendingArticle> Unassigned()
    {
        using var command = Command(null, """
            SELECT a.id, a.published, a.duplicate_of FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_seq = a.seq)
            ORDER BY a.seq
            """);
        using var reader = command.ExecuteReader();
        var found = new List<PendingArticle>();
        while (reader.Read())
        {
            found.Add(new PendingArticle(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return found;
    }

    public IReadOnlyList<Article> FindAll(IReadOnlyCollection<string> ids, bool withRawText)
    {
        using var command = Command(null, $"SELECT {Prefixed(string.Empty, withRawText)} FROM articles WHERE id = ANY (@ids) ORDER BY seq");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return ReadArticles(command);
    }

    public IReadOnlyList<(string Id, string Story)> AssignedNear(DateTimeOffset from, DateTimeOffset to)
    {
        using var command = Command(null, """
            SELECT m.article_id, m.story_id FROM story_members m
            WHERE m.published_utc BETWEEN @from AND @to
            ORDER BY m.article_seq
            """);
        command.Parameters.AddWithValue("from", from.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("to", to.ToUnixTimeSeconds());
        return ReadAssigned(command);
    }

    public IReadOnlyList<(string Id, string Story)> AssignedSharingEach(IReadOnlyList<IReadOnlyCollection<ulong>> groups, int minShared, DateTimeOffset from, DateTimeOffset to)
    {
        var pairs = groups.SelectMany((g, i) => g.Count < minShared ? [] : g.Distinct().Select(t => (Group: i, Term: unchecked((long)t)))).ToList();
        if (pairs.Count == 0)
        {
            return [];
        }

        using var command = Command(null, """
            SELECT m.article_id, m.story_id FROM story_members m
            WHERE m.article_seq IN (
                SELECT t.article_seq FROM unnest(@groups, @terms) AS w (grp, term)
                JOIN assign_terms t ON t.term = w.term AND t.published BETWEEN @from AND @to
                GROUP BY w.grp, t.article_seq
                HAVING COUNT(*) >= @min)
            ORDER BY m.article_seq
            """);
        command.Parameters.AddWithValue("groups", pairs.Select(p => p.Group).ToArray());
        command.Parameters.AddWithValue("terms", pairs.Select(p => p.Term).ToArray());
        command.Parameters.AddWithValue("from", from.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("to", to.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("min", minShared);
        return ReadAssigned(command);
    }

    public IReadOnlyList<(string Id, string Story)> AssignedSharing(IReadOnlyCollection<ulong> indexTerms, bool undatedOnly, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        if (indexTerms.Count == 0)
        {
            return [];
        }

        // Terms keyed by term, then publication time: a window of days (or the undated ones) is one range of the key per term.
        using var command = Command(null, """
            SELECT m.article_id, m.story_id FROM story_members m
            WHERE m.article_seq IN (
                SELECT t.article_seq FROM unnest(@terms) AS w (term)
                JOIN assign_terms t ON t.term = w.term AND t.published BETWEEN @from AND @to)
            ORDER BY m.article_seq
            """);
        var (first, last) = undatedOnly ? (Undated, Undated)
            : (from is { } f ? f.ToUnixTimeSeconds() : Undated, to is { } t ? t.ToUnixTimeSeconds() : long.MaxValue);
        command.Parameters.AddWithValue("terms", indexTerms.Distinct().Select(t => unchecked((long)t)).ToArray());
        command.Parameters.AddWithValue("from", first);
        command.Parameters.AddWithValue("to", last);
        return ReadAssigned(command);
    }

    public PassageNeighbours SharingPassages(IReadOnlyList<PrintedSentence> sentences, int maxHolders, int minShared)
    {
        var wanted = sentences.SelectMany(s => s.Prints).ToHashSet();
        if (wanted.Count == 0)
        {
            return new PassageNeighbours([], new Dictionary<ulong, int>());
        }

        // At most maxHolders + 1 holders are read for a print: one more than the cap already makes it boilerplate.
        var holders = new Dictionary<ulong, long[]>();
        using (var command = Command(null, """
            SELECT w.print, ARRAY(SELECT p.article_seq FROM passage_prints p WHERE p.print = w.print LIMIT @cap)
            FROM unnest(@prints) AS w (print)
            """))
        {
            command.Parameters.AddWithValue("prints", wanted.Select(p => unchecked((long)p)).ToArray());
            command.Parameters.AddWithValue("cap", maxHolders + 1);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var seqs = (long[])reader.GetValue(1);
                if (seqs.Length > 0)
                {
                    holders[unchecked((ulong)reader.GetInt64(0))] = seqs;
                }
            }
        }

        // Counted an article at a time (its sentences come together), each sentence's holders apart; a print held by
        // more than the cap is boilerplate, not a passage.
        var pairs = StoreRows.PassagePairs(sentences, holders, maxHolders, minShared);

        var ids = new Dictionary<long, string>();
        if (pairs.Count > 0)
        {
            using var command = Command(null, "SELECT seq, id FROM articles WHERE seq = ANY (@seqs)");
            command.Parameters.AddWithValue("seqs", pairs.Select(p => p.Other).Distinct().ToArray());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        return new PassageNeighbours([.. pairs.Select(p => (p.Article, ids[p.Other], p.Shared))], holders.ToDictionary(h => h.Key, h => h.Value.Length));
    }

    public IReadOnlyList<(string Id, string DuplicateOf)> Duplicates(IReadOnlyCollection<string> ids)
    {
        using var command = Command(null, "SELECT id, duplicate_of FROM articles WHERE id = ANY (@ids) AND duplicate_of IS NOT NULL");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found[reader.GetString(0)] = reader.GetString(1);
            }
        }

        // In the order asked, as the SQLite store answers.
        return [.. ids.Where(found.ContainsKey).Select(id => (id, found[id]))];
    }

    public IReadOnlyDictionary<string, Attachment> Attachments(IReadOnlyCollection<string> articleIds)
    {
        using var command = Command(null, "SELECT article_id, partner, score, candidates FROM story_attachments WHERE article_id = ANY (@ids)");
        command.Parameters.AddWithValue("ids", articleIds.ToArray());
        return StoreRows.Attachments(command);
    }

    public IReadOnlyDictionary<string, string> StoryOf(IReadOnlyCollection<string> articleIds)
    {
        using var command = Command(null, "SELECT article_id, story_id FROM story_members WHERE article_id = ANY (@ids)");
        command.Parameters.AddWithValue("ids", articleIds.ToArray());
        using var reader = command.ExecuteReader();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            found[reader.GetString(0)] = reader.GetString(1);
        }

        return found;
    }

    public IReadOnlyList<Article> MembersOf(IReadOnlyCollection<string> storyIds)
    {
        var byStory = MembersByStory(storyIds, withRawText: true);
        return [.. storyIds.SelectMany(id => byStory.GetValueOrDefault(id) ?? [])];
    }

    public IReadOnlyDictionary<string, IReadOnlyList<Article>> MembersByStory(IReadOnlyCollection<string> storyIds, bool withRawText)
    {
        using var command = Command(null, $"""
            SELECT {Prefixed("a.", withRawText)}, m.story_id FROM story_members m JOIN articles a ON a.seq = m.article_seq
            WHERE m.story_id = ANY (@ids) ORDER BY a.seq
            """);
        command.Parameters.AddWithValue("ids", storyIds.ToArray());
        using var reader = command.ExecuteReader();
        var members = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var story = reader.GetString(ArticleColumnCount);
            if (!members.TryGetValue(story, out var list))
            {
                members[story] = list = new List<Article>();
            }

            ((List<Article>)list).Add(ReadArticle(reader));
        }

        return members;
    }

    public void SaveAssignment(StoryAssignmentChange change) => Retrying(() =>
    {
        using var transaction = _connection.BeginTransaction();
        if (change.Links.Count > 0)
        {
            using var link = Command(transaction, """
                INSERT INTO story_links (a, b, kind, score, jaccard) SELECT * FROM unnest(@a, @b, @kind, @score, @jaccard)
                ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, score = excluded.score, jaccard = excluded.jaccard
                """);
            var links = change.Links.GroupBy(l => (l.A, l.B)).Select(g => g.Last()).ToList(); // the last of a repeated pair, as SQLite's INSERT OR REPLACE keeps
            link.Parameters.AddWithValue("a", links.Select(l => l.A).ToArray());
            link.Parameters.AddWithValue("b", links.Select(l => l.B).ToArray());
            link.Parameters.AddWithValue("kind", links.Select(l => l.Kind.ToString()).ToArray());
            link.Parameters.AddWithValue("score", links.Select(l => l.Score).ToArray());
            link.Parameters.AddWithValue("jaccard", links.Select(l => l.Jaccard).ToArray());
            link.ExecuteNonQuery();
        }

        if (change.Attachments.Written.Count > 0)
        {
            using var attach = Command(transaction, """
                INSERT INTO story_attachments (article_id, partner, score, candidates) SELECT * FROM unnest(@article, @partner, @score, @candidates)
                ON CONFLICT (article_id) DO UPDATE SET partner = excluded.partner, score = excluded.score, candidates = excluded.candidates
                """);
            var rows = change.Attachments.Written;
            attach.Parameters.AddWithValue("article", rows.Select(r => r.Article).ToArray());
            attach.Parameters.AddWithValue("partner", rows.Select(r => r.Partner).ToArray());
            attach.Parameters.AddWithValue("score", rows.Select(r => r.Partner is null ? (double?)null : r.Probability).ToArray());
            attach.Parameters.AddWithValue("candidates", rows.Select(r => r.Candidates).ToArray());
            attach.ExecuteNonQuery();
        }

        if (change.Attachments.Linked.Count > 0)
        {
            using var unattach = Command(transaction, "DELETE FROM story_attachments WHERE article_id = ANY (@ids)");
            unattach.Parameters.AddWithValue("ids", change.Attachments.Linked.ToArray());
            unattach.ExecuteNonQuery();
        }

        if (change.Reuse.Count > 0)
        {
            using var reuse = Command(transaction, """
                INSERT INTO reuse (a, b, score, passages) SELECT * FROM unnest(@a, @b, @score, @passages)
                ON CONFLICT (a, b) DO UPDATE SET score = excluded.score, passages = excluded.passages
                """);
            var pairs = change.Reuse.GroupBy(r => (r.A, r.B)).Select(g => g.Last()).ToList();
            reuse.Parameters.AddWithValue("a", pairs.Select(r => r.A).ToArray());
            reuse.Parameters.AddWithValue("b", pairs.Select(r => r.B).ToArray());
            reuse.Parameters.AddWithValue("score", pairs.Select(r => r.Score).ToArray());
            reuse.Parameters.AddWithValue("passages", pairs.Select(r => StoreRows.PassagesJson(r)).ToArray());
            reuse.ExecuteNonQuery();
        }

        var gone = change.Removed.Concat(change.Written.Select(w => w.Id)).ToArray();
        using (var remove = Command(transaction, """
            DELETE FROM stories WHERE id = ANY (@ids);
            DELETE FROM consolidations WHERE story_id = ANY (@ids);
            DELETE FROM story_entities WHERE story_id = ANY (@ids);
            """))
        {
            remove.Parameters.AddWithValue("ids", gone);
            remove.ExecuteNonQuery();
        }

        using (var alias = Command(transaction, """
            UPDATE story_aliases SET story_id = @new WHERE story_id = @old;
            INSERT INTO story_aliases (old_id, story_id) VALUES (@old, @new) ON CONFLICT (old_id) DO UPDATE SET story_id = excluded.story_id;
            """))
        {
            var old = alias.Parameters.Add("old", NpgsqlTypes.NpgsqlDbType.Text);
            var renamed = alias.Parameters.Add("new", NpgsqlTypes.NpgsqlDbType.Text);
            foreach (var (from, to) in change.Renamed)
            {
                old.Value = from;
                renamed.Value = to;
                alias.ExecuteNonQuery();
            }
        }

        using (var live = Command(transaction, "DELETE FROM story_aliases WHERE old_id = ANY (@ids)"))
        {
            // An id in use again is the story's own, not an alias.
            live.Parameters.AddWithValue("ids", change.Written.Select(w => w.Id).ToArray());
            live.ExecuteNonQuery();
        }

        var seqs = SeqsOf(transaction, change.IndexTermsOf.Keys.Concat(change.PassagePrintsOf.Keys).Concat(change.Written.SelectMany(w => w.Articles)));
        if (change.IndexTermsOf.Count > 0)
        {
            // (An article not stored has no terms kept, as in SQLite.)
            var rows = change.IndexTermsOf.Where(t => seqs.ContainsKey(t.Key))
                .SelectMany(t => t.Value.Select(term => (Term: unchecked((long)term), Published: PublishedKey(change, t.Key), Seq: seqs[t.Key])))
                .Distinct().Order().ToList();
            using var term = Command(transaction, """
                INSERT INTO assign_terms (term, published, article_seq) SELECT * FROM unnest(@terms, @published, @seqs) ON CONFLICT DO NOTHING
                """);
            term.Parameters.AddWithValue("terms", rows.Select(r => r.Term).ToArray());
            term.Parameters.AddWithValue("published", rows.Select(r => r.Published).ToArray());
            term.Parameters.AddWithValue("seqs", rows.Select(r => r.Seq).ToArray());
            term.ExecuteNonQuery();
        }

        if (change.PassagePrintsOf.Count > 0)
        {
            // In key order: each page of the index is visited once, and two writers never wait on each other in a circle.
            var rows = change.PassagePrintsOf.SelectMany(p => p.Value.Select(print => (Print: unchecked((long)print), Seq: Seq(seqs, p.Key)))).Distinct().Order().ToList();
            using var print = Command(transaction, "INSERT INTO passage_prints (print, article_seq) SELECT * FROM unnest(@prints, @seqs) ON CONFLICT DO NOTHING");
            print.Parameters.AddWithValue("prints", rows.Select(r => r.Print).ToArray());
            print.Parameters.AddWithValue("seqs", rows.Select(r => r.Seq).ToArray());
            print.ExecuteNonQuery();
        }

        if (change.Written.Count > 0)
        {
            using var story = Command(transaction, $"INSERT INTO stories ({StoryColumns}) SELECT * FROM unnest(@id, @title, @ta, @from, @to, @size, @sources)");
            var written = change.Written.GroupBy(w => w.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            story.Parameters.AddWithValue("id", written.Select(s => s.Id).ToArray());
            story.Parameters.AddWithValue("title", written.Select(s => s.Title).ToArray());
            story.Parameters.AddWithValue("ta", written.Select(s => s.TitleArticle).ToArray());
            story.Parameters.AddWithValue("from", written.Select(s => Iso(s.From) as string).ToArray());
            story.Parameters.AddWithValue("to", written.Select(s => Iso(s.To) as string).ToArray());
            story.Parameters.AddWithValue("size", written.Select(s => s.Articles.Count).ToArray());
            story.Parameters.AddWithValue("sources", written.Select(s => JsonSerializer.Serialize(s.Sources)).ToArray());
            story.ExecuteNonQuery();

            var members = written.SelectMany(s => s.Articles.Where(seqs.ContainsKey).Select(a => (Seq: seqs[a], Article: a, Story: s.Id)))
                .GroupBy(m => m.Seq).Select(g => g.Last()).ToList();
            using var member = Command(transaction, """
                INSERT INTO story_members (article_seq, article_id, story_id, published_utc) SELECT * FROM unnest(@seqs, @ids, @stories, @utc)
                ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id
                """);
            member.Parameters.AddWithValue("seqs", members.Select(m => m.Seq).ToArray());
            member.Parameters.AddWithValue("ids", members.Select(m => m.Article).ToArray());
            member.Parameters.AddWithValue("stories", members.Select(m => m.Story).ToArray());
            member.Parameters.AddWithValue("utc", members.Select(m => change.PublishedOf.TryGetValue(m.Article, out var published) && published is { } p ? p.ToUnixTimeSeconds() : (long?)null).ToArray());
            member.ExecuteNonQuery();
        }

        transaction.Commit();
        return 0;
    });

    private static long PublishedKey(StoryAssignmentChange change, string article) =>
        change.PublishedOf.TryGetValue(article, out var published) && published is { } p ? p.ToUnixTimeSeconds() : Undated;

    private static long Seq(Dictionary<string, long> seqs, string article) =>
        seqs.TryGetValue(article, out var seq) ? seq : throw new InvalidOperationException($"article '{article}' is not stored");

    private Dictionary<string, long> SeqsOf(NpgsqlTransaction transaction, IEnumerable<string> articles)
    {
        using var command = Command(transaction, "SELECT id, seq FROM articles WHERE id = ANY (@ids)");
        command.Parameters.AddWithValue("ids", articles.Distinct(StringComparer.Ordinal).ToArray());
        using var reader = command.ExecuteReader();
        var seqs = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            seqs[reader.GetString(0)] = reader.GetInt64(1);
        }

        return seqs;
    }

    public IReadOnlyList<Story> Stories()
    {
        var rows = StoryRows().Select(r => r.Story);
        using var members = Command(null, "SELECT story_id, article_id FROM story_members ORDER BY article_seq");
        var byStory = StoreRows.MembersByStory(members);
        return [.. rows.Select(s => s with { Articles = byStory.GetValueOrDefault(s.Id) ?? [] })];
    }

    public IReadOnlyList<(Story Story, int Size)> StoryRows()
    {
        var rows = new List<(Story, int)>();
        var outletLists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var command = Command(null, $"SELECT {StoryColumns} FROM stories ORDER BY size DESC, id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((StoreRows.Story(reader, [], outletLists), reader.GetInt32(5)));
        }

        return rows;
    }

    public IReadOnlyList<StoryMark> StoryMarks()
    {
        using var command = Command(null, "SELECT id, size, span_to, span_from, sources FROM stories");
        using var reader = command.ExecuteReader();
        return StoreRows.Marks(reader);
    }

    public Story? FindStory(string id) => FindLive(id) ?? (AliasOf(id) is { } current ? FindLive(current) : null);

    private string? AliasOf(string id)
    {
        using var command = Command(null, "SELECT story_id FROM story_aliases WHERE old_id = @id");
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() as string;
    }

    private Story? FindLive(string id)
    {
        Story? story;
        using (var command = Command(null, $"SELECT {StoryColumns} FROM stories WHERE id = @id"))
        {
            command.Parameters.AddWithValue("id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            story = ReadStory(reader, []);
        }

        using var members = Command(null, "SELECT article_id FROM story_members WHERE story_id = @id ORDER BY article_seq");
        members.Parameters.AddWithValue("id", id);
        return story with { Articles = ReadStrings(members) };
    }

    public IReadOnlyList<StoryLink> LinksOf(string storyId)
    {
        using var command = Command(null, """
            SELECT l.a, l.b, l.kind, l.score, l.jaccard FROM story_links l
            JOIN story_members m ON m.article_id = l.a WHERE m.story_id = @id ORDER BY l.a, l.b
            """);
        command.Parameters.AddWithValue("id", storyId);
        return StoreRows.Links(command);
    }

    public IReadOnlyList<ReusePair> ReuseOf(string storyId)
    {
        using var command = Command(null, """
            SELECT r.a, r.b, r.score, r.passages FROM reuse r
            JOIN story_members m ON m.article_id = r.a JOIN story_members n ON n.article_id = r.b
            WHERE m.story_id = @id AND n.story_id = @id ORDER BY r.score DESC, r.a, r.b
            """);
        command.Parameters.AddWithValue("id", storyId);
        return ReadReuse(command);
    }

    public IReadOnlyList<ReusePair> ReuseWith(string articleId)
    {
        using var command = Command(null, """
            SELECT a, b, score, passages FROM reuse WHERE a = @id
            UNION ALL SELECT a, b, score, passages FROM reuse WHERE b = @id
            ORDER BY 3 DESC, 1, 2
            """);
        command.Parameters.AddWithValue("id", articleId);
        return ReadReuse(command);
    }

    private static List<ReusePair> ReadReuse(NpgsqlCommand command) => StoreRows.Reuse(command);

    private static Story ReadStory(NpgsqlDataReader reader, IReadOnlyList<string> articles) => StoreRows.Story(reader, articles);

    private static List<(string, string)> ReadAssigned(NpgsqlCommand command) => StoreRows.Pairs(command);

    private static List<Article> ReadArticles(NpgsqlCommand command) => StoreRows.Articles(command);
}
