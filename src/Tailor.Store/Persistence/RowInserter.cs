using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store.Persistence;

/// <summary>
/// Inserts rows of one entity type through a single prepared INSERT … RETURNING statement, with columns, value
/// conversions and owned JSON documents all taken from the EF Core model, so rows read back exactly as if
/// SaveChanges had written them. SaveChanges costs tens to hundreds of microseconds a row on SQLite (more with
/// JSON columns); this costs a few. Navigations to other tables are not followed: the caller inserts those.
/// </summary>
internal sealed class RowInserter<T> : IDisposable where T : class
{
    private readonly DbCommand command;
    private readonly Column[] columns;
    private readonly IProperty key;

    private sealed record Column(DbParameter Parameter, Func<object, object?> Value);

    public RowInserter(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        key = entity.FindPrimaryKey()!.Properties.Single();

        var sources = new List<(string Column, Func<object, object?> Value, RelationalTypeMapping? Mapping)>();
        var hasher = (db as TailorDbContext)?.PersonalFields?.Hasher;
        foreach (var property in entity.GetProperties().Where(p => p != key))
        {
            if (LookupHashes.ValueFor(property, hasher) is { } hash)
            {
                sources.Add((property.GetColumnName(table)!, hash, property.GetRelationalTypeMapping()));
                continue;
            }
            var (getter, converter) = (property.GetGetter(), property.GetTypeMapping().Converter);
            sources.Add((property.GetColumnName(table)!, row => getter.GetClrValue(row) is { } value ? converter?.ConvertToProvider(value) ?? value : null,
                property.GetRelationalTypeMapping()));
        }
        foreach (var navigation in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && n.TargetEntityType.IsMappedToJson()))
        {
            var getter = navigation.GetGetter();
            var column = navigation.TargetEntityType.GetContainerColumnName()!;
            sources.Add((column, row => Json(navigation, getter.GetClrValue(row)),
                db.Model.GetRelationalModel().FindTable(table.Name, table.Schema)?.FindColumn(column)?.StoreTypeMapping));
        }

        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // SQLite infers a parameter's type from its value; PostgreSQL must know it to prepare (jsonb, text[], numeric…).
        var typed = !db.Database.IsSqlite();
        columns = sources.Select((source, i) =>
        {
            var parameter = typed && source.Mapping is { } mapping
                ? mapping.CreateParameter(command, $"@p{i}", null)
                : command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
            return new Column(parameter, source.Value);
        }).ToArray();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", sources.Select(s => sql.DelimitIdentifier(s.Column)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))}) RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
        command.Prepare();
    }

    /// <summary>Inserts the row and sets its generated key on the entity, as SaveChanges would.</summary>
    public void Insert(T row)
    {
        foreach (var column in columns) column.Parameter.Value = column.Value(row) ?? DBNull.Value;
        var id = command.ExecuteScalar();
        key.PropertyInfo!.SetValue(row, Convert.ChangeType(id, key.ClrType, CultureInfo.InvariantCulture));
    }

    public void Dispose() => command.Dispose();

    private static string? Json(INavigation navigation, object? value)
    {
        if (value is null) return null;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (navigation.IsCollection)
            {
                writer.WriteStartArray();
                foreach (var item in (IEnumerable)value) WriteObject(writer, navigation.TargetEntityType, item);
                writer.WriteEndArray();
            }
            else WriteObject(writer, navigation.TargetEntityType, value);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // The document EF Core writes for an owned type: its mapped properties (keys are implicit), then owned children.
    private static void WriteObject(Utf8JsonWriter writer, IEntityType type, object value)
    {
        writer.WriteStartObject();
        foreach (var property in type.GetProperties())
        {
            if (property.IsKey() || property.IsShadowProperty() || property.GetJsonPropertyName() is not { } name) continue;
            writer.WritePropertyName(name);
            if (property.GetGetter().GetClrValue(value) is { } propertyValue)
                (property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter)!.ToJson(writer, propertyValue);
            else writer.WriteNullValue();
        }
        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            writer.WritePropertyName(navigation.TargetEntityType.GetJsonPropertyName()!);
            var child = navigation.GetGetter().GetClrValue(value);
            if (child is null) writer.WriteNullValue();
            else if (navigation.IsCollection)
            {
                writer.WriteStartArray();
                foreach (var item in (IEnumerable)child) WriteObject(writer, navigation.TargetEntityType, item);
                writer.WriteEndArray();
            }
            else WriteObject(writer, navigation.TargetEntityType, child);
        }
        writer.WriteEndObject();
    }
}
