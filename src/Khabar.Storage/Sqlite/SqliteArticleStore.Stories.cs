using System.Runtime.InteropServices;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Khabar.Core.Assign;
using Khabar.Core.Domain;
using Khabar.Core.Ports;
using Khabar.Core.Reuse;
using Khabar.Text;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Sqlite;

/// <summary>The story side of the SQLite store.</summary>
public sealed partial class SqliteArticleStore
{
    private const string StoryColumns = "id, title, title_article, span_from, span_to, size, sources";

    // The seqs of unassigned articles are found in an index (a few hundred kilobytes) and only their rows read from
    // the table, whose pages carry the texts: scanning the table took 0.1 s warm, 0.8 s cold on SaudiNewsNet, at
    // every Assign run (each ingest batch, each report's catch-up).
    public IReadOnlyList<PendingArticle> Unassigned()
    {
        var command = Reused("""
            SELECT a.id, a.published, a.duplicate_of FROM articles a
            WHERE a.seq IN (SELECT s.seq FROM articles s WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_seq = s.seq))
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
        var command = Reused($"SELECT {Prefixed(string.Empty, withRawText)}, seq FROM articles WHERE id = $id", "$id");
        var found = new List<(long Seq, Article Article)>(ids.Count);
        foreach (var id in ids)
        {
            command.Parameters["$id"].Value = id;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                found.Add((reader.GetInt64(ArticleColumnCount), ReadArticle(reader)));
            }
        }

        return [.. found.OrderBy(f => f.Seq).Select(f => f.Article)];
    }

    /// <summary>The publication time an undated article's index terms are kept under (before every real one).</summary>
    private const long Undated = -1L << 62;

    public IReadOnlyList<(string Id, string Story)> AssignedNear(DateTimeOffset from, DateTimeOffset to)
    {
        var command = Reused("""
            SELECT m.article_id, m.story_id FROM story_members m
            WHERE m.published_utc BETWEEN $from AND $to
            ORDER BY m.article_seq
            """, "$from", "$to");
        command.Parameters["$from"].Value = from.ToUnixTimeSeconds();
        command.Parameters["$to"].Value = to.ToUnixTimeSeconds();
        return ReadAssigned(command);
    }

    public IReadOnlyList<(string Id, string Story)> AssignedSharingEach(IReadOnlyList<IReadOnlyCollection<ulong>> groups, int minShared, DateTimeOffset from, DateTimeOffset to)
    {
        var wanted = groups.Where(g => g.Count >= minShared).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        using var transaction = _connection.BeginTransaction();
        using (var create = Command(transaction, "CREATE TEMP TABLE IF NOT EXISTS wanted_terms (term INTEGER PRIMARY KEY); DELETE FROM wanted_terms;"))
        {
            create.ExecuteNonQuery();
        }

        using (var insert = Command(transaction, "INSERT OR IGNORE INTO wanted_terms (term) VALUES ($term)", "$term"))
        {
            foreach (var term in wanted.SelectMany(g => g).Distinct())
            {
                insert.Parameters["$term"].Value = unchecked((long)term);
                insert.ExecuteNonQuery();
            }
        }

        // Each term's articles in the window are read once (one range of the key per term), however many groups hold it; a
        // name of the day is in many. The groups are counted here: in SQL each group read its terms' ranges again.
        var holders = new Dictionary<ulong, List<long>>();
        using (var postings = Command(transaction, """
            SELECT t.term, t.article_seq FROM wanted_terms w
            JOIN assign_terms t ON t.term = w.term AND t.published BETWEEN $from AND $to
            """, "$from", "$to"))
        {
            postings.Parameters["$from"].Value = from.ToUnixTimeSeconds();
            postings.Parameters["$to"].Value = to.ToUnixTimeSeconds();
            using var reader = postings.ExecuteReader();
            while (reader.Read())
            {
                var term = unchecked((ulong)reader.GetInt64(0));
                if (!holders.TryGetValue(term, out var seqs))
                {
                    holders[term] = seqs = [];
                }

                seqs.Add(reader.GetInt64(1));
            }
        }

        var found = new HashSet<long>();
        var shared = new Dictionary<long, int>();
        foreach (var group in wanted)
        {
            shared.Clear();
            foreach (var term in group.Distinct())
            {
                foreach (var seq in holders.GetValueOrDefault(term) ?? [])
                {
                    if (++CollectionsMarshal.GetValueRefOrAddDefault(shared, seq, out _) >= minShared)
                    {
                        found.Add(seq);
                    }
                }
            }
        }

        var members = MembersAt(transaction, found);
        transaction.Commit();
        return members;
    }

    /// <summary>The article and story ids of the assigned articles at <paramref name="seqs"/>, by seq.</summary>
    private List<(string Id, string Story)> MembersAt(SqliteTransaction transaction, IReadOnlyCollection<long> seqs)
    {
        if (seqs.Count == 0)
        {
            return [];
        }

        using (var create = Command(transaction, "CREATE TEMP TABLE IF NOT EXISTS wanted_seqs (seq INTEGER PRIMARY KEY); DELETE FROM wanted_seqs;"))
        {
            create.ExecuteNonQuery();
        }

        using (var insert = Command(transaction, "INSERT OR IGNORE INTO wanted_seqs (seq) VALUES ($seq)", "$seq"))
        {
            foreach (var seq in seqs)
            {
                insert.Parameters["$seq"].Value = seq;
                insert.ExecuteNonQuery();
            }
        }

        using var command = Command(transaction, """
            SELECT m.article_id, m.story_id FROM wanted_seqs w
            JOIN story_members m ON m.article_seq = w.seq
            ORDER BY w.seq
            """);
        return ReadAssigned(command);
    }

    public IReadOnlyList<(string Id, string Story)> AssignedSharing(IReadOnlyCollection<ulong> indexTerms, bool undatedOnly, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        if (indexTerms.Count == 0)
        {
            return [];
        }

        using var transaction = _connection.BeginTransaction();
        using (var create = Command(transaction, "CREATE TEMP TABLE IF NOT EXISTS wanted_terms (term INTEGER PRIMARY KEY); DELETE FROM wanted_terms;"))
        {
            create.ExecuteNonQuery();
        }

        using (var insert = Command(transaction, "INSERT OR IGNORE INTO wanted_terms (term) VALUES ($term)", "$term"))
        {
            foreach (var term in indexTerms)
            {
                insert.Parameters["$term"].Value = unchecked((long)term);
                insert.ExecuteNonQuery();
            }
        }

        // The terms are keyed by term, then publication time (undated: -1), so a window of days or the undated ones
        // are one range of the key per term: what is read does not grow with the store's other days.
        using var command = Command(transaction, """
            SELECT m.article_id, m.story_id FROM wanted_terms w
            JOIN assign_terms t ON t.term = w.term AND t.published BETWEEN $from AND $to
            JOIN story_members m ON m.article_seq = t.article_seq
            GROUP BY t.article_seq
            ORDER BY t.article_seq
            """, "$from", "$to");
        var (first, last) = undatedOnly ? (Undated, Undated)
            : (from is { } f ? f.ToUnixTimeSeconds() : Undated, to is { } t ? t.ToUnixTimeSeconds() : long.MaxValue);
        command.Parameters["$from"].Value = first;
        command.Parameters["$to"].Value = last;
        var found = ReadAssigned(command);
        transaction.Commit();
        return found;
    }

    /// <summary>
    /// The passage prints in memory (<see cref="PassageHolders"/>), read from the table on first use and kept up to date
    /// by <see cref="SaveAssignment"/>: a probe of the table's key per print of every new article was Assign's second
    /// largest wait on the store (2.4-2.7 s of SaudiNewsNet's 25 s). When another connection has written to the file since
    /// (<c>PRAGMA data_version</c>), the table's change count says whether it was the prints; only then are they read
    /// again.
    /// </summary>
    /// <exception cref="InvalidOperationException">An article's seq is past 32 bits, or a row of prints is not a list of integers.</exception>
    private PassageHolders HeldPrints(SqliteTransaction transaction)
    {
        using (var version = Command(transaction, "PRAGMA data_version"))
        {
            var now = (long)version.ExecuteScalar()!;
            if (_heldPrints is not null && now == _heldPrintsVersion)
            {
                return _heldPrints;
            }

            _heldPrintsVersion = now;
        }

        var changes = PrintChanges(transaction);
        if (_heldPrints is not null && changes == _heldPrintsChanges)
        {
            return _heldPrints;
        }

        _heldPrints = null;
        HeldPrintsReads++;
        var held = new PassageHolders();
        using var command = Command(transaction, "SELECT article_seq, prints FROM passage_print_sets");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var seq = reader.GetInt64(0);
            if (!PassageHolders.Holds(seq))
            {
                throw new InvalidOperationException($"{_path}: article {seq} is numbered past what the passage index holds (32 bits)");
            }

            var prints = reader.GetString(1).AsSpan().Trim("[]");
            foreach (var range in prints.Split(','))
            {
                if (prints[range].IsWhiteSpace())
                {
                    continue;
                }

                if (!long.TryParse(prints[range], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var print))
                {
                    throw new InvalidOperationException($"{_path}: the passage prints of article {seq} are not a list of integers");
                }

                held.Add(unchecked((ulong)print), seq);
            }
        }

        _heldPrintsChanges = changes;
        return _heldPrints = held;
    }

    private long PrintChanges(SqliteTransaction transaction)
    {
        using var command = Command(transaction, "SELECT n FROM passage_print_changes");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The memo of <see cref="HeldPrints"/>, the file's data version it was last checked at and the prints' change count it holds.</summary>
    private PassageHolders? _heldPrints;
    private long _heldPrintsVersion;
    private long _heldPrintsChanges;

    /// <summary>How many times the prints were read into memory (for tests).</summary>
    internal int HeldPrintsReads { get; private set; }

    public PassageNeighbours SharingPassages(IReadOnlyList<PrintedSentence> sentences, int maxHolders, int minShared)
    {
        var wanted = sentences.SelectMany(s => s.Prints).ToHashSet();
        if (wanted.Count == 0)
        {
            return new PassageNeighbours([], new Dictionary<ulong, int>());
        }

        using var transaction = _connection.BeginTransaction();
        var holders = new Dictionary<ulong, List<long>>();
        // At most maxHolders + 1 holders are read for a print: one more than the cap already makes it boilerplate,
        // and a print of boilerplate is held by more articles the larger the store (reading them all made Assign's
        // cost per article grow with the store: docs/web.md, "A store ten times SaudiNewsNet"). The memo keeps 64 holders a
        // print, so a cap past 63 is refused (PassageSearch.MaxPostings is 50).
        var held = HeldPrints(transaction);
        foreach (var print in wanted)
        {
            if (held.Of(print, maxHolders + 1) is { } seqs)
            {
                holders[print] = seqs;
            }
        }

        // A print held by more than the cap is boilerplate, not a passage.
        // Counted an article at a time (its sentences come together), each sentence's holders apart.
        var pairs = StoreRows.PassagePairs(sentences, holders, maxHolders, minShared);

        var ids = new Dictionary<long, string>();
        using (var command = Command(transaction, "SELECT seq, id FROM articles WHERE seq IN (SELECT value FROM json_each($seqs))", "$seqs"))
        {
            // (An empty list reads nothing.)
            command.Parameters["$seqs"].Value = "[" + string.Join(',', pairs.Select(p => p.Other).Distinct()) + "]";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        transaction.Commit();
        return new PassageNeighbours([.. pairs.Select(p => (p.Article, ids[p.Other], p.Shared))], holders.ToDictionary(h => h.Key, h => h.Value.Count));
    }

    public IReadOnlyList<(string Id, string DuplicateOf)> Duplicates(IReadOnlyCollection<string> ids)
    {
        var command = Reused("SELECT duplicate_of FROM articles WHERE id = $id AND duplicate_of IS NOT NULL", "$id");
        var found = new List<(string, string)>();
        foreach (var id in ids)
        {
            command.Parameters["$id"].Value = id;
            if (command.ExecuteScalar() is string original)
            {
                found.Add((id, original));
            }
        }

        return found;
    }

    public IReadOnlyDictionary<string, Attachment> Attachments(IReadOnlyCollection<string> articleIds)
    {
        // The ids go as one JSON array: a batch asks for thousands, and a statement each cost more than the lookups.
        var command = Reused("SELECT s.article_id, s.partner, s.score, s.candidates FROM json_each($ids) j JOIN story_attachments s ON s.article_id = j.value", "$ids");
        command.Parameters["$ids"].Value = JsonSerializer.Serialize(articleIds);
        return StoreRows.Attachments(command);
    }

    public IReadOnlyDictionary<string, string> StoryOf(IReadOnlyCollection<string> articleIds)
    {
        var command = Reused("SELECT story_id FROM story_members WHERE article_id = $id", "$id");
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in articleIds)
        {
            command.Parameters["$id"].Value = id;
            if (command.ExecuteScalar() is string story)
            {
                found[id] = story;
            }
        }

        return found;
    }

    public IReadOnlyList<Article> MembersOf(IReadOnlyCollection<string> storyIds)
    {
        var command = Reused($"""
            SELECT {Prefixed("a.")} FROM story_members m JOIN articles a ON a.seq = m.article_seq
            WHERE m.story_id = $story ORDER BY a.seq
            """, "$story");
        var members = new List<Article>();
        foreach (var story in storyIds)
        {
            command.Parameters["$story"].Value = story;
            members.AddRange(ReadArticles(command));
        }

        return members;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<Article>> MembersByStory(IReadOnlyCollection<string> storyIds, bool withRawText)
    {
        var columns = Prefixed("a.", withRawText);
        var command = Reused($"""
            SELECT {columns}, m.story_id FROM story_members m JOIN articles a ON a.seq = m.article_seq
            WHERE m.story_id IN (SELECT value FROM json_each($ids)) ORDER BY a.seq
            """, "$ids");
        command.Parameters["$ids"].Value = IdList(storyIds);
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

    public void SaveAssignment(StoryAssignmentChange change)
    {
        using var transaction = _connection.BeginTransaction();
        List<(long Print, long Seq)>? savedPrints = null;
        long changesBefore = 0, changesAfter = 0;
        using (var link = Command(transaction, "INSERT OR REPLACE INTO story_links (a, b, kind, score, jaccard) VALUES ($a, $b, $kind, $score, $jaccard)", "$a", "$b", "$kind", "$score", "$jaccard"))
        {
            foreach (var l in change.Links)
            {
                link.Parameters["$a"].Value = l.A;
                link.Parameters["$b"].Value = l.B;
                link.Parameters["$kind"].Value = l.Kind.ToString();
                link.Parameters["$score"].Value = l.Score;
                link.Parameters["$jaccard"].Value = (object?)l.Jaccard ?? DBNull.Value;
                link.ExecuteNonQuery();
            }
        }

        using (var reuse = Command(transaction, "INSERT OR REPLACE INTO reuse (a, b, score, passages) VALUES ($a, $b, $score, $passages)", "$a", "$b", "$score", "$passages"))
        {
            foreach (var pair in change.Reuse)
            {
                reuse.Parameters["$a"].Value = pair.A;
                reuse.Parameters["$b"].Value = pair.B;
                reuse.Parameters["$score"].Value = pair.Score;
                reuse.Parameters["$passages"].Value = StoreRows.PassagesJson(pair);
                reuse.ExecuteNonQuery();
            }
        }

        using (var attach = Command(transaction, "INSERT OR REPLACE INTO story_attachments (article_id, partner, score, candidates) VALUES ($article, $partner, $score, $candidates)", "$article", "$partner", "$score", "$candidates"))
        using (var unattach = Command(transaction, "DELETE FROM story_attachments WHERE article_id = $article", "$article"))
        {
            foreach (var row in change.Attachments.Written)
            {
                attach.Parameters["$article"].Value = row.Article;
                attach.Parameters["$partner"].Value = (object?)row.Partner ?? DBNull.Value;
                attach.Parameters["$score"].Value = row.Partner is null ? DBNull.Value : row.Probability;
                attach.Parameters["$candidates"].Value = row.Candidates;
                attach.ExecuteNonQuery();
            }

            foreach (var id in change.Attachments.Linked)
            {
                unattach.Parameters["$article"].Value = id;
                unattach.ExecuteNonQuery();
            }
        }

        using (var remove = Command(transaction, "DELETE FROM stories WHERE id = $id; DELETE FROM consolidations WHERE story_id = $id; DELETE FROM story_entities WHERE story_id = $id;", "$id"))
        {
            foreach (var id in change.Removed.Concat(change.Written.Select(w => w.Id)))
            {
                remove.Parameters["$id"].Value = id;
                remove.ExecuteNonQuery();
            }
        }

        using (var alias = Command(transaction, """
            UPDATE story_aliases SET story_id = $new WHERE story_id = $old;
            INSERT OR REPLACE INTO story_aliases (old_id, story_id) VALUES ($old, $new);
            """, "$old", "$new"))
        {
            foreach (var (old, renamed) in change.Renamed)
            {
                alias.Parameters["$old"].Value = old;
                alias.Parameters["$new"].Value = renamed;
                alias.ExecuteNonQuery();
            }
        }

        using (var live = Command(transaction, "DELETE FROM story_aliases WHERE old_id = $id", "$id"))
        {
            // An id in use again is the story's own, not an alias.
            foreach (var written in change.Written)
            {
                live.Parameters["$id"].Value = written.Id;
                live.ExecuteNonQuery();
            }
        }

        using (var seq = Command(transaction, "SELECT seq FROM articles WHERE id = $article", "$article"))
        {
            long SeqOf(string article)
            {
                seq.Parameters["$article"].Value = article;
                return (long)(seq.ExecuteScalar() ?? throw new InvalidOperationException($"article '{article}' is not stored"));
            }

            // Rows go in key order, many to a statement: each page of an index is visited once per run, and the cost
            // of a statement is paid once per many rows (a million passage prints for SaudiNewsNet).
            var terms = new List<(long, long, long)>();
            foreach (var (article, indexTerms) in change.IndexTermsOf)
            {
                var published = change.PublishedOf.TryGetValue(article, out var at) && at is { } p ? p.ToUnixTimeSeconds() : Undated;
                var number = SeqOf(article);
                terms.AddRange(indexTerms.Select(t => (unchecked((long)t), published, number)));
            }

            terms.Sort();
            InsertMany(transaction, "INSERT OR IGNORE INTO assign_terms (term, published, article_seq) VALUES ", terms, 3);

            // An article's prints are one row (a JSON array, ascending); saved again, they join those it has.
            savedPrints = [];
            foreach (var (article, articlePrints) in change.PassagePrintsOf)
            {
                var number = SeqOf(article);
                savedPrints.AddRange(articlePrints.Distinct().Select(p => (unchecked((long)p), number)));
            }

            savedPrints.Sort(static (x, y) => x.Seq != y.Seq ? x.Seq.CompareTo(y.Seq) : x.Print.CompareTo(y.Print));
            // The memo follows this save only if it held every change before it.
            changesBefore = PrintChanges(transaction);
            using var set = Command(transaction, """
                INSERT INTO passage_print_sets (article_seq, prints) VALUES ($seq, $prints)
                ON CONFLICT (article_seq) DO UPDATE SET prints = (
                    SELECT json_group_array(value) FROM (
                        SELECT value FROM json_each(passage_print_sets.prints) UNION SELECT value FROM json_each(excluded.prints) ORDER BY 1))
                """, "$seq", "$prints");
            var json = new StringBuilder();
            for (var from = 0; from < savedPrints.Count;)
            {
                var holder = savedPrints[from].Seq;
                json.Clear().Append('[');
                var to = from;
                for (; to < savedPrints.Count && savedPrints[to].Seq == holder; to++)
                {
                    json.Append(to == from ? "" : ",").Append(savedPrints[to].Print.ToString(CultureInfo.InvariantCulture));
                }

                set.Parameters["$seq"].Value = holder;
                set.Parameters["$prints"].Value = json.Append(']').ToString();
                set.ExecuteNonQuery();
                from = to;
            }

            changesAfter = PrintChanges(transaction);
        }

        using var story = Command(transaction, $"INSERT OR REPLACE INTO stories ({StoryColumns}) VALUES ($id, $title, $ta, $from, $to, $size, $sources)", "$id", "$title", "$ta", "$from", "$to", "$size", "$sources");
        using var member = Command(transaction, """
            INSERT INTO story_members (article_seq, article_id, story_id, published_utc)
            SELECT seq, id, $story, $utc FROM articles WHERE id = $article
            ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id
            """, "$story", "$utc", "$article");
        foreach (var s in change.Written)
        {
            story.Parameters["$id"].Value = s.Id;
            story.Parameters["$title"].Value = s.Title;
            story.Parameters["$ta"].Value = s.TitleArticle;
            story.Parameters["$from"].Value = Iso(s.From);
            story.Parameters["$to"].Value = Iso(s.To);
            story.Parameters["$size"].Value = s.Articles.Count;
            story.Parameters["$sources"].Value = JsonSerializer.Serialize(s.Sources);
            story.ExecuteNonQuery();
            foreach (var article in s.Articles)
            {
                member.Parameters["$story"].Value = s.Id;
                member.Parameters["$utc"].Value = change.PublishedOf.TryGetValue(article, out var published) && published is { } p
                    ? p.ToUnixTimeSeconds()
                    : DBNull.Value;
                member.Parameters["$article"].Value = article;
                member.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        // The memo takes the prints once they are in the file (a failed save leaves it as the file is).
        if (savedPrints is null || _heldPrints is null)
        {
            return;
        }

        if (changesBefore != _heldPrintsChanges)
        {
            _heldPrints = null;
            return;
        }

        _heldPrintsChanges = changesAfter;
        foreach (var (print, seq) in savedPrints)
        {
            if (_heldPrints is null || !PassageHolders.Holds(seq))
            {
                _heldPrints = null;
                break;
            }

            _heldPrints.Add(unchecked((ulong)print), seq);
        }
    }

    /// <summary>Rows a statement of <see cref="InsertMany"/> carries.</summary>
    private const int RowsPerStatement = 32;

    /// <summary>
    /// Inserts <paramref name="rows"/> in their order, <see cref="RowsPerStatement"/> to a statement: the first
    /// <paramref name="columns"/> values of each (two or three) after <paramref name="insert"/> (<c>INSERT … VALUES </c>).
    /// </summary>
    private void InsertMany(SqliteTransaction transaction, string insert, List<(long, long, long)> rows, int columns)
    {
        SqliteCommand? full = null;
        try
        {
            for (var from = 0; from < rows.Count; from += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - from);
                using var partial = count < RowsPerStatement ? ManyRows(transaction, insert, count, columns) : null;
                var command = partial ?? (full ??= ManyRows(transaction, insert, RowsPerStatement, columns));
                for (var r = 0; r < count; r++)
                {
                    var (a, b, c) = rows[from + r];
                    command.Parameters[r * columns].Value = a;
                    command.Parameters[(r * columns) + 1].Value = b;
                    if (columns == 3)
                    {
                        command.Parameters[(r * columns) + 2].Value = c;
                    }
                }

                command.ExecuteNonQuery();
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private SqliteCommand ManyRows(SqliteTransaction transaction, string insert, int rows, int columns)
    {
        var sql = new System.Text.StringBuilder(insert);
        var names = new string[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                names[(r * columns) + c] = string.Create(CultureInfo.InvariantCulture, $"$p{(r * columns) + c}");
                sql.Append(c == 0 ? "" : ", ").Append(names[(r * columns) + c]);
            }

            sql.Append(')');
        }

        var command = Command(transaction, sql.ToString(), names);
        command.Prepare();
        return command;
    }

    public IReadOnlyList<Story> Stories()
    {
        var rows = StoryRows().Select(r => r.Story);
        var byStory = StoreRows.MembersByStory(Reused("SELECT story_id, article_id FROM story_members ORDER BY article_seq"));
        return [.. rows.Select(s => s with { Articles = byStory.GetValueOrDefault(s.Id) ?? [] })];
    }

    public IReadOnlyList<(Story Story, int Size)> StoryRows()
    {
        var command = Reused($"SELECT {StoryColumns} FROM stories ORDER BY size DESC, id");
        using var reader = command.ExecuteReader();
        var rows = new List<(Story, int)>();
        var outletLists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            rows.Add((StoreRows.Story(reader, [], outletLists), reader.GetInt32(5)));
        }

        return rows;
    }

    public IReadOnlyList<StoryMark> StoryMarks()
    {
        using var reader = Reused("SELECT id, size, span_to, span_from, sources FROM stories").ExecuteReader();
        return StoreRows.Marks(reader);
    }

    public Story? FindStory(string id) => FindLive(id) ?? (AliasOf(id) is { } current ? FindLive(current) : null);

    private string? AliasOf(string id)
    {
        var command = Reused("SELECT story_id FROM story_aliases WHERE old_id = $id", "$id");
        command.Parameters["$id"].Value = id;
        return command.ExecuteScalar() as string;
    }

    private Story? FindLive(string id)
    {
        var command = Reused($"SELECT {StoryColumns} FROM stories WHERE id = $id", "$id");
        command.Parameters["$id"].Value = id;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var members = Reused("SELECT article_id FROM story_members WHERE story_id = $id ORDER BY article_seq", "$id");
        members.Parameters["$id"].Value = id;
        using var memberReader = members.ExecuteReader();
        var articles = new List<string>();
        while (memberReader.Read())
        {
            articles.Add(memberReader.GetString(0));
        }

        return ReadStory(reader, articles);
    }

    public IReadOnlyList<StoryLink> LinksOf(string storyId)
    {
        var command = Reused("""
            SELECT l.a, l.b, l.kind, l.score, l.jaccard FROM story_links l
            JOIN story_members m ON m.article_id = l.a WHERE m.story_id = $id ORDER BY l.a, l.b
            """, "$id");
        command.Parameters["$id"].Value = storyId;
        return StoreRows.Links(command);
    }

    public IReadOnlyList<ReusePair> ReuseOf(string storyId)
    {
        var command = Reused("""
            SELECT r.a, r.b, r.score, r.passages FROM reuse r
            JOIN story_members m ON m.article_id = r.a JOIN story_members n ON n.article_id = r.b
            WHERE m.story_id = $id AND n.story_id = $id ORDER BY r.score DESC, r.a, r.b
            """, "$id");
        command.Parameters["$id"].Value = storyId;
        return ReadReuse(command);
    }

    public IReadOnlyList<ReusePair> ReuseWith(string articleId)
    {
        var command = Reused("""
            SELECT a, b, score, passages FROM reuse WHERE a = $id
            UNION ALL SELECT a, b, score, passages FROM reuse WHERE b = $id
            ORDER BY 3 DESC, 1, 2
            """, "$id");
        command.Parameters["$id"].Value = articleId;
        return ReadReuse(command);
    }

    private static List<ReusePair> ReadReuse(SqliteCommand command) => StoreRows.Reuse(command);

    private static Story ReadStory(SqliteDataReader reader, IReadOnlyList<string> articles) => StoreRows.Story(reader, articles);

    private static object Iso(DateTimeOffset? time) => StoreRows.Iso(time);

    /// <summary>The article columns in <see cref="ReadArticle"/>'s order; without raw text, an empty one in its place.</summary>
    private static string Prefixed(string prefix, bool withRawText = true) =>
        string.Join(", ", ArticleColumns.Split(", ").Select(c => withRawText || c != "raw_text" ? prefix + c : "'' AS raw_text"));

    private static List<(string, string)> ReadAssigned(SqliteCommand command) => StoreRows.Pairs(command);

    private static List<Article> ReadArticles(SqliteCommand command) => StoreRows.Articles(command);
}
