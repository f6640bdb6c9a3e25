using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Skills;

/// <summary>An empty SQLite store in a temporary file, deleted afterwards.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"tailor-skills-{Guid.NewGuid():N}.db");

    private ScratchDatabase() { }

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var database = new ScratchDatabase();
        await using var db = database.Open();
        await db.Database.EnsureCreatedAsync();
        return database;
    }

    public string ConnectionString => $"Data Source={path}";

    /// <summary>A fresh context, as a request scope would get one.</summary>
    public TailorDbContext Open() =>
        new(new DbContextOptionsBuilder<TailorDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return ValueTask.CompletedTask;
    }
}
