using Npgsql;

namespace Khabar.Tests;

/// <summary>New empty PostgreSQL databases for tests, each a schema of its own on the server KHABAR_TEST_PG names.</summary>
public static class TestDatabases
{
    /// <summary>The server's connection string, or null when the PostgreSQL runs are not asked for.</summary>
    public static string? Server => Environment.GetEnvironmentVariable("KHABAR_TEST_PG") is { Length: > 0 } server ? server : null;

    /// <summary>A connection string to a new empty schema on the test server.</summary>
    public static string NewDatabase()
    {
        var server = Server ?? throw new InvalidOperationException("KHABAR_TEST_PG names no PostgreSQL server (.ci/run starts one: bash .ci/start-postgres)");
        var schema = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }
}
