using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Tailor.Store.Persistence;

namespace Tailor.Server.Hosting;

/// <summary>
/// Keeps the database file to its owner: 0600 (SQLite gives its -wal and -shm files the same). The Data Protection key
/// ring (cookies, anti-forgery tokens, personal fields) is set up with the store, so the command line shares it.
/// </summary>
public static class DataFolderProtection
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>After the database is created or migrated: readable and writable by the server's user only.</summary>
    public static void RestrictDatabase(IServiceProvider services)
    {
        var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        // PostgreSQL keeps its files itself, behind its own roles: there is no file of ours to restrict.
        if (OperatingSystem.IsWindows() || store.IsPostgreSql) return;
        var connection = store.ResolveConnectionString();
        var file = new SqliteConnectionStringBuilder(connection).DataSource;
        if (File.Exists(file)) File.SetUnixFileMode(file, OwnerOnly);
    }
}
