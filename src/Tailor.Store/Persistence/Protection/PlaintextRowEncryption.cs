using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tailor.Store.Persistence.Protection;

/// <summary>
/// Encrypts personal columns written before encryption existed and fills missing look-up hashes: run at every start,
/// it finds nothing to do once done. A stored value that carries <see cref="PersonalFieldProtection.Prefix"/> is never
/// touched, so nothing is encrypted twice. Plain SQL over the columns the model marks, in batches, one transaction each.
/// </summary>
public static class PlaintextRowEncryption
{
    private const int BatchSize = 500;

    /// <summary>Returns how many rows were rewritten.</summary>
    public static async Task<int> RunAsync(TailorDbContext db, CancellationToken ct)
    {
        if (db.PersonalFields is not { } protection) return 0;
        var total = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var entity in db.Model.GetEntityTypes())
            {
                if (Table.For(entity, db) is { } table) total += await table.EncryptAsync(db, protection, ct);
            }
        }
        finally { await db.Database.CloseConnectionAsync(); }
        // SQLite keeps rewritten rows' old pages in the file's free list: plaintext would linger there until reused.
        if (total > 0 && db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("VACUUM", ct);
        return total;
    }

    private sealed record Column(string Name, FieldKind Kind);
    private sealed record Hash(string Name, string SourceColumn);

    private sealed record Table(string Name, string Key, List<Column> Encrypted, List<Hash> Hashes, ISqlGenerationHelper Sql)
    {
        public static Table? For(IEntityType entity, DbContext db)
        {
            if (entity.GetTableName() is not { } name) return null;
            var table = StoreObjectIdentifier.Table(name, entity.GetSchema());
            var encrypted = entity.GetProperties()
                .Where(p => p.FindAnnotation(PersonalFieldMapping.FieldAnnotation)?.Value is string)
                .Select(p => new Column(p.GetColumnName(table)!, Enum.Parse<FieldKind>((string)p[PersonalFieldMapping.FieldAnnotation]!))).ToList();
            var hashes = LookupHashes.HashProperties(entity)
                .Select(p => new Hash(p.GetColumnName(table)!, entity.FindProperty((string)p[PersonalFieldMapping.HashOfAnnotation]!)!.GetColumnName(table)!)).ToList();
            if (encrypted.Count == 0) return null;
            return new Table(name, entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!, encrypted, hashes, db.GetService<ISqlGenerationHelper>());
        }

        public async Task<int> EncryptAsync(TailorDbContext db, PersonalFieldProtection protection, CancellationToken ct)
        {
            var total = 0;
            while (true)
            {
                var rows = await PendingAsync(db, ct);
                if (rows.Count == 0) return total;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                foreach (var row in rows) await UpdateAsync(db, row, protection, ct);
                await transaction.CommitAsync(ct);
                total += rows.Count;
            }
        }

        // A row is pending while a column holds text without the prefix, or a hash is missing for a present value.
        private async Task<List<object?[]>> PendingAsync(DbContext db, CancellationToken ct)
        {
            var columns = Encrypted.Select(c => Q(c.Name)).Concat(Hashes.Select(h => Q(h.Name)));
            var plain = Encrypted.Select(c => $"({Q(c.Name)} <> '' AND {Q(c.Name)} NOT LIKE '{PersonalFieldProtection.Prefix}%')");
            var unhashed = Hashes.Select(h => $"({Q(h.Name)} IS NULL AND {Q(h.SourceColumn)} IS NOT NULL)");
            await using var command = Command(db,
                $"SELECT {Q(Key)}, {string.Join(", ", columns)} FROM {Q(Name)} WHERE {string.Join(" OR ", plain.Concat(unhashed))} LIMIT {BatchSize}");
            var rows = new List<object?[]>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(values);
            }
            return rows;
        }

        private async Task UpdateAsync(DbContext db, object?[] row, PersonalFieldProtection protection, CancellationToken ct)
        {
            var values = new Dictionary<string, object?>();
            for (var i = 0; i < Encrypted.Count; i++)
            {
                if (row[i + 1] is string stored) values[Encrypted[i].Name] = PersonalFieldProtection.IsProtected(stored) ? stored : protection.Protect(Encrypted[i].Kind, stored);
            }
            foreach (var hash in Hashes)
            {
                var source = Encrypted.Find(c => c.Name == hash.SourceColumn)!;
                if (values.GetValueOrDefault(source.Name) is string stored)
                    values[hash.Name] = protection.Hasher.HashEmail(protection.Unprotect(source.Kind, stored));
            }
            await using var command = Command(db, $"UPDATE {Q(Name)} SET {string.Join(", ", values.Keys.Select((c, i) => $"{Q(c)} = @p{i}"))} WHERE {Q(Key)} = @key");
            foreach (var (value, i) in values.Values.Select((v, i) => (v, i))) Add(command, $"@p{i}", value);
            Add(command, "@key", row[0]);
            await command.ExecuteNonQueryAsync(ct);
        }

        private string Q(string identifier) => Sql.DelimitIdentifier(identifier);

        private static DbCommand Command(DbContext db, string sql)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return command;
        }

        private static void Add(DbCommand command, string name, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
