using System.ComponentModel.DataAnnotations;

namespace Tailor.Store.Persistence;

/// <summary>Where the store's data lives.</summary>
public sealed class StoreOptions
{
    public const string Section = "Tailor";

    /// <summary>Folder for the SQLite database, the generated admin key and trained models.</summary>
    [Required] public string DataDirectory { get; set; } = "data";
    /// <summary>"Sqlite" (default). PostgreSQL arrives with the scale-out work.</summary>
    [Required] public string DatabaseProvider { get; set; } = "Sqlite";
    /// <summary>Overrides the default connection string (data/tailor.db).</summary>
    public string? ConnectionString { get; set; }

    public string ResolveConnectionString() =>
        ConnectionString ?? $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "tailor.db")}";
}
