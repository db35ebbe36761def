using System.Buffers;
using System.Text;
using System.Text.Json;
using Khabar.Core.Ports;
using Microsoft.Data.Sqlite;

namespace Khabar.Storage.Sqlite;

/// <summary>Each story's stored consolidation, the story-level derived records, and starting stories over.</summary>
public sealed partial class SqliteArticleStore
{
    public IReadOnlyDictionary<string, byte[]> DerivedOfMembers(IReadOnlyCollection<string> storyIds, string kind, int version)
    {
        // CROSS JOIN keeps the members outside: given the derived_version index, the planner would otherwise walk
        // every current record of the kind for each batch of stories (consolidating SaudiNewsNet took 146 s, not 15).
        var command = Reused("""
            SELECT m.article_id, d.payload FROM story_members m
            CROSS JOIN derived d ON d.article_seq = m.article_seq AND d.kind = $kind AND d.version = $version
            WHERE m.story_id IN (SELECT value FROM json_each($ids))
            """, "$ids", "$kind", "$version");
        command.Parameters["$ids"].Value = IdList(storyIds);
        command.Parameters["$kind"].Value = kind;
        command.Parameters["$version"].Value = version;
        return ReadPayloads(command);
    }

    public IReadOnlyList<string> StaleConsolidations(int version)
    {
        // A story has at most one consolidation; a consolidation may outlive its story, so only those of live
        // stories are counted. As many as there are stories means none is stale (two index ranges read).
        var upToDate = Reused("""
            SELECT (SELECT count(*) FROM stories) = (SELECT count(*) FROM consolidations c
                WHERE c.version = $version AND EXISTS (SELECT 1 FROM stories s WHERE s.id = c.story_id))
            """, "$version");
        upToDate.Parameters["$version"].Value = version;
        if (upToDate.ExecuteScalar() is 1L)
        {
            return [];
        }

        var command = Reused("""
            SELECT s.id FROM stories s LEFT JOIN consolidations c ON c.story_id = s.id AND c.version = $version
            WHERE c.story_id IS NULL ORDER BY s.size DESC, s.id
            """, "$version");
        command.Parameters["$version"].Value = version;
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void PutConsolidations(IReadOnlyList<ConsolidationToStore> records)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = Command(transaction, """
            INSERT OR REPLACE INTO consolidations (story_id, version, payload, corroborated, single, conflicts)
            SELECT $id, $version, $payload, $corroborated, $single, $conflicts WHERE EXISTS (SELECT 1 FROM stories WHERE id = $id AND ($members IS NULL OR size = $members))
            """, "$id", "$version", "$payload", "$corroborated", "$single", "$conflicts", "$members");
        using var held = Command(transaction, "SELECT key, type, name, mentions FROM story_entities WHERE story_id = $id", "$id");
        using var forget = Command(transaction, "DELETE FROM story_entities WHERE key = $key AND story_id = $id", "$key", "$id");
        using var entity = Command(transaction, "INSERT OR REPLACE INTO story_entities (key, story_id, type, name, mentions) VALUES ($key, $id, $type, $name, $mentions)", "$key", "$id", "$type", "$name", "$mentions");
        var before = new Dictionary<string, (long Type, string Name, long Mentions)>(StringComparer.Ordinal);
        foreach (var consolidation in records)
        {
            var (storyId, record, facets) = consolidation;
            var p = insert.Parameters;
            p["$members"].Value = (object?)consolidation.Members ?? DBNull.Value;
            p["$id"].Value = storyId;
            p["$version"].Value = record.Version;
            p["$payload"].Value = record.Payload;
            p["$corroborated"].Value = facets.Corroborated;
            p["$single"].Value = facets.Single;
            p["$conflicts"].Value = facets.Conflicts;
            if (insert.ExecuteNonQuery() == 0)
            {
                continue; // the story is gone (merged away meanwhile) or changed since it was read: nothing of it is kept
            }

            // The story's entity rows are brought to its new facets, row by row: re-consolidated by newer code, a
            // story mostly names the same entities as before, and rows written again would be pages written again.
            before.Clear();
            held.Parameters["$id"].Value = storyId;
            using (var reader = held.ExecuteReader())
            {
                while (reader.Read())
                {
                    before[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3));
                }
            }

            foreach (var facet in facets.Entities)
            {
                if (before.Remove(facet.Key, out var had) && had == ((long)facet.Type, facet.Name, (long)facet.Mentions))
                {
                    continue;
                }

                entity.Parameters["$key"].Value = facet.Key;
                entity.Parameters["$id"].Value = storyId;
                entity.Parameters["$type"].Value = (int)facet.Type;
                entity.Parameters["$name"].Value = facet.Name;
                entity.Parameters["$mentions"].Value = facet.Mentions;
                entity.ExecuteNonQuery();
            }

            foreach (var key in before.Keys)
            {
                forget.Parameters["$key"].Value = key;
                forget.Parameters["$id"].Value = storyId;
                forget.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    public IReadOnlySet<string> StoriesWith(StoryStatus status, int version)
    {
        var command = Reused(status == StoryStatus.Conflict
            ? "SELECT story_id FROM consolidations WHERE version = $version AND conflicts > 0"
            : "SELECT story_id FROM consolidations WHERE version = $version AND corroborated > 0", "$version");
        command.Parameters["$version"].Value = version;
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public IReadOnlyList<EntityAppearance> StoriesNaming(string key)
    {
        var command = Reused("SELECT story_id, type, name, mentions FROM story_entities WHERE key = $key ORDER BY story_id", "$key");
        command.Parameters["$key"].Value = key;
        return StoreRows.EntityAppearances(command);
    }

    public long ArticlesFrom(string outlet)
    {
        var command = Reused("SELECT count(*) FROM articles WHERE source = $source", "$source");
        command.Parameters["$source"].Value = outlet;
        return (long)command.ExecuteScalar()!;
    }

    public byte[]? GetConsolidation(string storyId, int version)
    {
        var command = Reused("SELECT payload FROM consolidations WHERE story_id = $id AND version = $version", "$id", "$version");
        command.Parameters["$id"].Value = storyId;
        command.Parameters["$version"].Value = version;
        return command.ExecuteScalar() as byte[];
    }

    public IReadOnlyDictionary<string, byte[]> ConsolidationsOf(IReadOnlyCollection<string> storyIds, int version)
    {
        // "+version": each record found by its story id alone, not through consolidations_version and then again.
        var command = Reused("""
            SELECT story_id, payload FROM consolidations
            WHERE story_id IN (SELECT value FROM json_each($ids)) AND +version = $version
            """, "$ids", "$version");
        command.Parameters["$ids"].Value = IdList(storyIds);
        command.Parameters["$version"].Value = version;
        return ReadPayloads(command);
    }

    /// <summary>Ids as one JSON array, the parameter a <c>json_each</c> set is read from.</summary>
    private static string IdList(IReadOnlyCollection<string> ids)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var id in ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Rows of (id, payload) by id.</summary>
    private static Dictionary<string, byte[]> ReadPayloads(SqliteCommand command) => StoreRows.Payloads(command);

    public void ResetStories()
    {
        using var transaction = _connection.BeginTransaction();
        using var command = Command(transaction, """
            DELETE FROM story_links; DELETE FROM story_attachments; DELETE FROM reuse; DELETE FROM story_members; DELETE FROM stories;
            DELETE FROM consolidations; DELETE FROM story_entities; DELETE FROM assign_terms; DELETE FROM story_aliases; DELETE FROM passage_print_sets;
            """);
        command.ExecuteNonQuery();
        transaction.Commit();
        _heldPrints = null;
    }
}
