using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tailor.Store.Persistence.Protection;

/// <summary>Fills the look-up hash columns from the values they hash, and finds rows by them.</summary>
public static class LookupHashes
{
    /// <summary>The shadow column holding the keyed hash of a row's e-mail (customers, orders, support tickets).</summary>
    public const string EmailColumn = PersonalFieldMapping.EmailHash;

    /// <summary>Rows whose e-mail is <paramref name="email"/> (any case, spaces around it ignored).</summary>
    public static IQueryable<T> WithEmail<T>(this IQueryable<T> rows, TailorDbContext db, string email) where T : class
    {
        var hash = db.LookupHash(email);
        return rows.Where(r => EF.Property<string?>(r, EmailColumn) == hash);
    }

    /// <summary>Sets the hash of every added row, and of every modified row whose hashed value changed.</summary>
    internal static void Stamp(ChangeTracker tracker, LookupHasher hasher)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var hash in HashProperties(entry.Metadata))
            {
                var source = entry.Property((string)hash.FindAnnotation(PersonalFieldMapping.HashOfAnnotation)!.Value!);
                if (entry.State == EntityState.Modified && !source.IsModified && entry.Property(hash.Name).CurrentValue is not null) continue;
                entry.Property(hash.Name).CurrentValue = source.CurrentValue is string value ? hasher.HashEmail(value) : null;
            }
        }
    }

    /// <summary>For a bulk writer: how to compute <paramref name="property"/> from a row, or null when it is no hash column.</summary>
    internal static Func<object, object?>? ValueFor(IProperty property, LookupHasher? hasher)
    {
        if (property.FindAnnotation(PersonalFieldMapping.HashOfAnnotation)?.Value is not string source) return null;
        var getter = property.DeclaringType.FindProperty(source)!.GetGetter();
        return row => hasher is not null && getter.GetClrValue(row) is string value ? hasher.HashEmail(value) : null;
    }

    internal static IEnumerable<IProperty> HashProperties(IEntityType entity) =>
        entity.GetProperties().Where(p => p.FindAnnotation(PersonalFieldMapping.HashOfAnnotation) is not null);
}
