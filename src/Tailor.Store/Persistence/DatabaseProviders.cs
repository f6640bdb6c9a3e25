using Microsoft.EntityFrameworkCore;

namespace Tailor.Store.Persistence;

/// <summary>The database engines the store runs on, and how a context is pointed at each.</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary>PostgreSQL's migrations live in their own assembly: the SQLite ones stay in Tailor.Store.</summary>
    public const string PostgreSqlMigrationsAssembly = "Tailor.Store.PostgreSql";

    public static bool IsKnown(string provider) => IsSqlite(provider) || IsPostgreSql(provider);

    public static bool IsSqlite(string provider) => provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgreSql(string provider) =>
        provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a connection string is PostgreSQL's: it names a Host, a keyword SQLite's connection strings do not have
    /// (SQLite refuses it). Lets code that opens its own connections from the store's string pick the driver.
    /// </summary>
    public static bool IsPostgreSqlConnection(string connectionString) =>
        connectionString.Split(';').Any(part => part.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || part.TrimStart().StartsWith("Server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>Points the context at the configured engine.</summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, StoreOptions store) =>
        IsPostgreSql(store.DatabaseProvider)
            ? options.UsePostgreSql(store.ResolveConnectionString())
            : options.UseSqlite(store.ResolveConnectionString());

    /// <summary>
    /// PostgreSQL with lower-case table and column names: the search and recommendation readers write plain SQL with
    /// unquoted names (<c>SELECT Id FROM Products</c>), which PostgreSQL folds to lower case, so the same text reads
    /// the same tables on both engines.
    /// </summary>
    public static DbContextOptionsBuilder UsePostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly))
            .UseLowerCaseNamingConvention();
}
