using Microsoft.Data.Sqlite;

namespace Tailor.Tests.Onboarding;

/// <summary>`tailor backup` copies the database with SQLite's online backup API; `tailor restore` puts a checked copy back.</summary>
public sealed class BackupCommandTests
{
    [Fact]
    public async Task A_backup_opens_passes_the_integrity_check_holds_the_store_and_restores_over_a_changed_database()
    {
        using var store = new NewStore();
        Assert.Equal(0, (await store.RunAsync(["init", "--yes", .. NewStore.MaisonRouge])).Exit);
        await store.RunAsync("import", "products", "--format", "shopify", NewStore.Fixture("Import/shopify-products.csv"));
        var copy = Path.Combine(store.DataDirectory, "backups", "tailor-1.db");

        var (exit, output) = await store.RunAsync("backup", copy);
        Assert.True(exit == 0, output);

        Assert.Equal("ok", Scalar(copy, "PRAGMA integrity_check"));
        Assert.Equal(8L, Scalar(copy, "SELECT count(*) FROM Products"));

        var database = Path.Combine(store.DataDirectory, "tailor.db");
        Scalar(database, "DELETE FROM Variants; DELETE FROM Products; SELECT changes()");
        Assert.Equal(0L, Scalar(database, "SELECT count(*) FROM Products"));
        SqliteConnection.ClearAllPools();
        var (restored, restoreOutput) = await store.RunAsync("restore", copy);
        Assert.True(restored == 0, restoreOutput);
        Assert.Equal(8L, Scalar(database, "SELECT count(*) FROM Products"));
    }

    [Fact]
    public async Task A_damaged_backup_is_not_restored()
    {
        using var store = new NewStore();
        Assert.Equal(0, (await store.RunAsync(["init", "--yes", .. NewStore.MaisonRouge])).Exit);
        var damaged = Path.Combine(store.DataDirectory, "damaged.db");
        await File.WriteAllTextAsync(damaged, "this is not a database");

        var (exit, output) = await store.RunAsync("restore", damaged);

        Assert.Equal(1, exit);
        Assert.Equal("ok", Scalar(Path.Combine(store.DataDirectory, "tailor.db"), "PRAGMA integrity_check"));
        Assert.NotEmpty(output);
    }

    private static object? Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
