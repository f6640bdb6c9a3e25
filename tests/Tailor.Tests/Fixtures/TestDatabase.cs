using Npgsql;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Fixtures;

/// <summary>
/// Which engine the server tests run on. By default SQLite files in each server's data folder; with
/// TAILOR_TEST_POSTGRES set to a connection string whose role may create databases (scripts/postgres.sh writes one to
/// data/postgres-connection), every test server gets a scratch PostgreSQL database of its own, dropped afterwards.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "TAILOR_TEST_POSTGRES";

    public static string? PostgreSqlServer => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsPostgreSql => PostgreSqlServer is not null;

    /// <summary>The connection string of the scratch database named after the data folder, created if missing (a restart reuses it).</summary>
    public static string CreatePostgreSql(string dataDirectory)
    {
        var name = NameFor(dataDirectory);
        using var admin = new NpgsqlConnection(PostgreSqlServer);
        admin.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", name);
        if (exists.ExecuteScalar() is null)
            using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin)) create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = name }.ConnectionString;
    }

    public static void DropPostgreSql(string dataDirectory)
    {
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(PostgreSqlServer);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{NameFor(dataDirectory)}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    /// <summary>Settings that point a test server at its database; none on SQLite (the data folder holds it).</summary>
    public static IEnumerable<(string Key, string Value)> ServerSettings(string dataDirectory) => IsPostgreSql
        ? [("Tailor:DatabaseProvider", DatabaseProviders.PostgreSql), ("Tailor:ConnectionString", CreatePostgreSql(dataDirectory))]
        : [];

    private static string NameFor(string dataDirectory) =>
        "tailor_test_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..16];
}
