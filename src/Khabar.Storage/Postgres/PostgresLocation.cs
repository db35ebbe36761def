using Npgsql;

namespace Khabar.Storage.Postgres;

/// <summary>
/// What <c>--db</c> says when it names a PostgreSQL database: a <c>postgres://user:password@host:port/database</c> URL
/// (query options such as <c>?sslmode=require</c> or <c>?search_path=s</c> kept), or an Npgsql connection string
/// (<c>Host=…;Database=…</c>). Anything else is a SQLite file.
/// </summary>
public static class PostgresLocation
{
    /// <summary>Whether <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool Names(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql connection string for <paramref name="db"/>.</summary>
    /// <exception cref="StoreUnavailableException">A URL that cannot be read.</exception>
    public static string ConnectionString(string db)
    {
        NpgsqlConnectionStringBuilder builder;
        if (db.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                throw new StoreUnavailableException($"{Redacted(db)}: not a PostgreSQL URL (postgres://user:password@host:port/database)");
            }

            builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
            if (uri.Port > 0)
            {
                builder.Port = uri.Port;
            }

            var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0)
            {
                builder.Database = database;
            }

            if (uri.UserInfo.Length > 0)
            {
                var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
                builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
                if (colon >= 0)
                {
                    builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
                }
            }

            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).Replace('_', ' ');
                var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
                try
                {
                    builder[key] = value;
                }
                catch (ArgumentException e)
                {
                    throw new StoreUnavailableException($"{Redacted(db)}: unknown option '{key}' ({e.Message})", e);
                }
            }
        }
        else
        {
            try
            {
                builder = new NpgsqlConnectionStringBuilder(db);
            }
            catch (ArgumentException e)
            {
                throw new StoreUnavailableException($"{Redacted(db)}: not a PostgreSQL connection string ({e.Message})", e);
            }
        }

        // A store holds one connection for its life, and session advisory locks (the assigner's, claims) must end with
        // it: a pooled connection would outlive its store idle, still holding them.
        builder.Pooling = false;

        // Statements run again and again (a store's hot reads) are prepared once per connection.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// <paramref name="db"/> with its password left out, for messages: rebuilt from its parsed parts (never the text
    /// as given, where a password may hide escaped or in an option), or a fixed name when it cannot be read.
    /// </summary>
    public static string Redacted(string db)
    {
        if (db.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                return "the PostgreSQL URL";
            }

            var user = uri.UserInfo.Length == 0 ? string.Empty
                : uri.UserInfo.Split(':')[0] + (uri.UserInfo.Contains(':', StringComparison.Ordinal) ? ":***" : string.Empty) + "@";
            var options = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(o => !o.StartsWith("password", StringComparison.OrdinalIgnoreCase)).ToList();
            return $"{uri.Scheme}://{user}{uri.Authority}{uri.AbsolutePath}{(options.Count > 0 ? "?" + string.Join('&', options) : string.Empty)}";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(db);
            if (builder.Password is not null)
            {
                builder.Password = "***";
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "the PostgreSQL connection string";
        }
    }
}
