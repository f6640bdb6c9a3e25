using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tailor.Store.Persistence;

/// <summary>Writes instants in UTC on PostgreSQL, whose timestamptz (through Npgsql) accepts no other offset.</summary>
public sealed class DateTimeOffsetToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
