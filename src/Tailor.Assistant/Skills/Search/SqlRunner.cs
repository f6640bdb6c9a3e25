using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Plain SQL on the store's own connection (and its transaction, which SQLite commands must name). Search reads a
/// few columns of many rows; EF's materialization would cost more than the query, and on the search path even
/// creating a DbContext per search (about half a millisecond) would, so searches open pooled connections directly.
/// </summary>
internal sealed class SqlRunner(DbConnection connection, DbTransaction? transaction) : IAsyncDisposable
{
    private bool ownsConnection;

    /// <summary>
    /// A pooled connection of its own, closed with the runner, reading the file through a memory map: a search reads
    /// scattered pages of a large file (a page's variants, the index), and a mapped page costs a memory access where
    /// a read costs a system call — about half the time of a page read at 50,000 products.
    /// </summary>
    public static async Task<SqlRunner> OpenAsync(string connectionString, CancellationToken ct)
    {
        DbConnection connection = DatabaseProviders.IsPostgreSqlConnection(connectionString)
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        var runner = new SqlRunner(connection, null) { ownsConnection = true };
        await runner.MapMemoryAsync(ct);
        return runner;
    }

    /// <summary>Reads the file through a memory map from now on (up to SQLite's default ceiling, 2 GB).</summary>
    public Task MapMemoryAsync(CancellationToken ct) => IsPostgreSql ? Task.CompletedTask : ExecuteAsync("PRAGMA mmap_size = 2147418112", ct);

    /// <summary>On PostgreSQL, where a few queries have their own text (see <see cref="PostgreSqlSearch"/>).</summary>
    public bool IsPostgreSql => connection is NpgsqlConnection;

    /// <summary>The context's connection (opened if need be), in the context's transaction if it has one.</summary>
    public static async Task<SqlRunner> OpenAsync(TailorDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return new SqlRunner(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
    }

    public ValueTask DisposeAsync() => ownsConnection ? connection.DisposeAsync() : ValueTask.CompletedTask;

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = IsPostgreSql ? PostgreSqlSearch.Parameters(sql) : sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = IsPostgreSql ? name.TrimStart('$') : name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The integer columns of the first row.</summary>
    public async Task<long[]> ScalarsAsync(string sql, CancellationToken ct)
    {
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i))).ToArray();
    }
}
