using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tailor.Store.Persistence;

/// <summary>Stores instants as UTC ticks on SQLite so that they order and compare correctly in SQL.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
