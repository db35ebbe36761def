namespace Khabar.Tests;

/// <summary>
/// A fact that needs a PostgreSQL server (its connection string in KHABAR_TEST_PG): skipped without one, unless
/// KHABAR_REQUIRE_POSTGRES is set, as <c>.ci/run</c> sets it (then it fails).
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("KHABAR_TEST_PG") is not { Length: > 0 }
            && Environment.GetEnvironmentVariable("KHABAR_REQUIRE_POSTGRES") is not { Length: > 0 })
        {
            Skip = "KHABAR_TEST_PG names no PostgreSQL server (.ci/run starts one: bash .ci/start-postgres)";
        }
    }
}
