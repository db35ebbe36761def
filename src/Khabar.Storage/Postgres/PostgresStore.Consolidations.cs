using Khabar.Core.Ports;
using Npgsql;

namespace Khabar.Storage.Postgres;

/// <summary>Each story's stored consolidation, the story-level derived records, and starting stories over.</summary>
public sealed partial class PostgresStore
{
    public IReadOnlyDictionary<string, byte[]> DerivedOfMembers(IReadOnlyCollection<string> storyIds, string kind, int version)
    {
        using var command = Command(null, """
            SELECT m.article_id, d.payload FROM story_members m
            JOIN derived d ON d.article_seq = m.article_seq AND d.kind = @kind AND d.version = @version
            WHERE m.story_id = ANY (@ids)
            """);
        command.Parameters.AddWithValue("ids", storyIds.ToArray());
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("version", version);
        return ReadPayloads(command);
    }

    public IReadOnlyList<string> StaleConsolidations(int version)
    {
        using var command = Command(null, """
            SELECT s.id FROM stories s LEFT JOIN consolidations c ON c.story_id = s.id AND c.version = @version
            WHERE c.story_id IS NULL ORDER BY s.size DESC, s.id
            """);
        command.Parameters.AddWithValue("version", version);
        return ReadStrings(command);
    }

    public void PutConsolidations(IReadOnlyList<ConsolidationToStore> records) => Retrying(() =>
    {
        using var transaction = _connection.BeginTransaction();
        // Stories locked in id order: two workers storing overlapping stories wait rather than deadlock.
        var ordered = records.OrderBy(r => r.StoryId, StringComparer.Ordinal).ToList();
        using var insert = Command(transaction, """
            INSERT INTO consolidations (story_id, version, payload, corroborated, single, conflicts)
            SELECT @id, @version, @payload, @corroborated, @single, @conflicts WHERE EXISTS (SELECT 1 FROM stories WHERE id = @id AND (@members::integer IS NULL OR size = @members))
            ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, payload = excluded.payload,
                corroborated = excluded.corroborated, single = excluded.single, conflicts = excluded.conflicts
            """);
        var id = insert.Parameters.Add("id", NpgsqlTypes.NpgsqlDbType.Text);
        var version = insert.Parameters.Add("version", NpgsqlTypes.NpgsqlDbType.Integer);
        var payload = insert.Parameters.Add("payload", NpgsqlTypes.NpgsqlDbType.Bytea);
        var corroborated = insert.Parameters.Add("corroborated", NpgsqlTypes.NpgsqlDbType.Integer);
        var single = insert.Parameters.Add("single", NpgsqlTypes.NpgsqlDbType.Integer);
        var conflicts = insert.Parameters.Add("conflicts", NpgsqlTypes.NpgsqlDbType.Integer);
        var members = insert.Parameters.Add("members", NpgsqlTypes.NpgsqlDbType.Integer);
        // A story consolidated again mostly names the same entities with the same counts: only the rows that changed are
        // written (an unchanged row is left alone, not replaced by an equal new version), and only the missing deleted.
        using var entities = Command(transaction, """
            DELETE FROM story_entities WHERE story_id = @id AND key <> ALL (@keys);
            INSERT INTO story_entities (key, story_id, type, name, mentions) SELECT k, @id, t, n, m FROM unnest(@keys, @types, @names, @mentions) AS e (k, t, n, m)
            ON CONFLICT (key, story_id) DO UPDATE SET type = excluded.type, name = excluded.name, mentions = excluded.mentions
            WHERE (story_entities.type, story_entities.name, story_entities.mentions) IS DISTINCT FROM (excluded.type, excluded.name, excluded.mentions)
            """);
        foreach (var consolidation in ordered)
        {
            var (storyId, record, facets) = consolidation;
            id.Value = storyId;
            members.Value = (object?)consolidation.Members ?? DBNull.Value;
            version.Value = record.Version;
            payload.Value = record.Payload;
            corroborated.Value = facets.Corroborated;
            single.Value = facets.Single;
            conflicts.Value = facets.Conflicts;
            if (insert.ExecuteNonQuery() == 0)
            {
                continue; // the story is gone (merged away meanwhile) or changed since it was read: nothing of it is kept
            }

            entities.Parameters.Clear();
            entities.Parameters.AddWithValue("id", storyId);
            entities.Parameters.AddWithValue("keys", facets.Entities.Select(e => e.Key).ToArray());
            entities.Parameters.AddWithValue("types", facets.Entities.Select(e => (int)e.Type).ToArray());
            entities.Parameters.AddWithValue("names", facets.Entities.Select(e => e.Name).ToArray());
            entities.Parameters.AddWithValue("mentions", facets.Entities.Select(e => e.Mentions).ToArray());
            entities.ExecuteNonQuery();
        }

        transaction.Commit();
        return 0;
    });

    public IReadOnlySet<string> StoriesWith(StoryStatus status, int version)
    {
        using var command = Command(null, status == StoryStatus.Conflict
            ? "SELECT story_id FROM consolidations WHERE version = @version AND conflicts > 0"
            : "SELECT story_id FROM consolidations WHERE version = @version AND corroborated > 0");
        command.Parameters.AddWithValue("version", version);
        return ReadStrings(command).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<EntityAppearance> StoriesNaming(string key)
    {
        using var command = Command(null, "SELECT story_id, type, name, mentions FROM story_entities WHERE key = @key ORDER BY story_id");
        command.Parameters.AddWithValue("key", key);
        return StoreRows.EntityAppearances(command);
    }

    public long ArticlesFrom(string outlet)
    {
        using var command = Command(null, "SELECT count(*) FROM articles WHERE source = @source");
        command.Parameters.AddWithValue("source", outlet);
        return (long)command.ExecuteScalar()!;
    }

    public byte[]? GetConsolidation(string storyId, int version)
    {
        using var command = Command(null, "SELECT payload FROM consolidations WHERE story_id = @id AND version = @version");
        command.Parameters.AddWithValue("id", storyId);
        command.Parameters.AddWithValue("version", version);
        return command.ExecuteScalar() as byte[];
    }

    public IReadOnlyDictionary<string, byte[]> ConsolidationsOf(IReadOnlyCollection<string> storyIds, int version)
    {
        using var command = Command(null, "SELECT story_id, payload FROM consolidations WHERE story_id = ANY (@ids) AND version = @version");
        command.Parameters.AddWithValue("ids", storyIds.ToArray());
        command.Parameters.AddWithValue("version", version);
        return ReadPayloads(command);
    }

    private static Dictionary<string, byte[]> ReadPayloads(NpgsqlCommand command) => StoreRows.Payloads(command);

    public void ResetStories() => Retrying(() =>
    {
        using var transaction = _connection.BeginTransaction();
        using var command = Command(transaction, """
            DELETE FROM story_links; DELETE FROM story_attachments; DELETE FROM reuse; DELETE FROM story_members; DELETE FROM stories;
            DELETE FROM consolidations; DELETE FROM story_entities; DELETE FROM assign_terms; DELETE FROM story_aliases; DELETE FROM passage_prints;
            """);
        command.ExecuteNonQuery();
        transaction.Commit();
        return 0;
    });
}
