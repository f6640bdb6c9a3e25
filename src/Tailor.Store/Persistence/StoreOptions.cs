using System.ComponentModel.DataAnnotations;

namespace Tailor.Store.Persistence;

/// <summary>Where the store's data lives.</summary>
public sealed class StoreOptions
{
    public const string Section = "Tailor";

    /// <summary>Folder for the SQLite database, the generated admin key and trained models.</summary>
    [Required] public string DataDirectory { get; set; } = "data";
    /// <summary>"Sqlite" (default, one machine) or "PostgreSql" (several nodes; needs <see cref="ConnectionString"/>).</summary>
    [Required] public string DatabaseProvider { get; set; } = DatabaseProviders.Sqlite;
    /// <summary>Overrides the default SQLite file (data/tailor.db); required on PostgreSQL (Host=…;Database=…;Username=…;Password=…).</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgreSql => DatabaseProviders.IsPostgreSql(DatabaseProvider);

    public string ResolveConnectionString() =>
        ConnectionString ?? $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "tailor.db")}";
}
