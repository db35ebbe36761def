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
        var command = Reused("""
            SELECT m.article_id, d.payload FROM story_members m
            JOIN derived d ON d.article_seq = m.article_seq AND d.kind = $kind AND d.version = $version
            WHERE m.story_id IN (SELECT value FROM json_each($ids))
            """, "$ids", "$kind", "$version");
        command.Parameters["$ids"].Value = IdList(storyIds);
        command.Parameters["$kind"].Value = kind;
        command.Parameters["$version"].Value = version;
        return ReadPayloads(command);
    }

    public IReadOnlyList<string> StaleConsolidations(int version)
    {
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

    public void PutConsolidations(IReadOnlyList<(string StoryId, DerivedRecord Record)> records)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = Command(transaction, """
            INSERT OR REPLACE INTO consolidations (story_id, version, payload)
            SELECT $id, $version, $payload WHERE EXISTS (SELECT 1 FROM stories WHERE id = $id)
            """, "$id", "$version", "$payload");
        foreach (var (storyId, record) in records)
        {
            insert.Parameters["$id"].Value = storyId;
            insert.Parameters["$version"].Value = record.Version;
            insert.Parameters["$payload"].Value = record.Payload;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
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
        var command = Reused("""
            SELECT story_id, payload FROM consolidations
            WHERE story_id IN (SELECT value FROM json_each($ids)) AND version = $version
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
    private static Dictionary<string, byte[]> ReadPayloads(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            found[reader.GetString(0)] = (byte[])reader.GetValue(1);
        }

        return found;
    }

    public void ResetStories()
    {
        using var transaction = _connection.BeginTransaction();
        using var command = Command(transaction, """
            DELETE FROM story_links; DELETE FROM reuse; DELETE FROM story_members; DELETE FROM stories;
            DELETE FROM consolidations; DELETE FROM assign_terms; DELETE FROM story_aliases; DELETE FROM passage_prints;
            """);
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
