using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Tailor.Store.Persistence;

namespace Tailor.Server.Hosting;

/// <summary>How ASP.NET Core Data Protection keys live (configuration section <c>Tailor:DataProtection</c>).</summary>
public sealed class DataProtectionSettings
{
    public const string Section = "Tailor:DataProtection";
    public const string ApplicationName = "Tailor";

    /// <summary>Where the key ring is kept; default <c>keys</c> in the data folder.</summary>
    public string? KeysDirectory { get; set; }
    /// <summary>How long a key protects new data before a fresh one is made; old keys stay to read what they protected.</summary>
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromDays(90);
}

/// <summary>
/// Keeps what the data folder holds to its owner: Data Protection's key ring (cart and sign-in cookies, anti-forgery
/// tokens) persisted in the folder under one application name, so cookies survive a restart and every instance on the
/// same folder reads them; the key folder 0700, the database file 0600 (SQLite gives its -wal and -shm files the same).
/// </summary>
public static class DataFolderProtection
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;

    public static WebApplicationBuilder AddDataFolderProtection(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(DataProtectionSettings.Section).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        var dataFolder = Path.GetFullPath(builder.Configuration["Tailor:DataDirectory"] ?? new StoreOptions().DataDirectory);
        var keys = Directory.CreateDirectory(settings.KeysDirectory ?? Path.Combine(dataFolder, "keys"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keys.FullName, OwnerOnlyFolder);
        builder.Services.AddDataProtection()
            .SetApplicationName(DataProtectionSettings.ApplicationName)
            .PersistKeysToFileSystem(keys)
            .SetDefaultKeyLifetime(settings.KeyLifetime);
        return builder;
    }

    /// <summary>After the database is created or migrated: readable and writable by the server's user only.</summary>
    public static void RestrictDatabase(IServiceProvider services)
    {
        var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        // PostgreSQL keeps its files itself, behind its own roles: there is no file of ours to restrict.
        if (OperatingSystem.IsWindows() || store.IsPostgreSql) return;
        var connection = store.ResolveConnectionString();
        var file = new SqliteConnectionStringBuilder(connection).DataSource;
        if (File.Exists(file)) File.SetUnixFileMode(file, OwnerOnly);
    }
}
