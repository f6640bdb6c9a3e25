namespace Tailor.Store.Persistence.Protection;

/// <summary>Where ASP.NET Core Data Protection's key ring lives (configuration section <c>Tailor:DataProtection</c>).</summary>
public sealed class KeyRingSettings
{
    public const string Section = "Tailor:DataProtection";
    public const string ApplicationName = "Tailor";

    /// <summary>Where the key ring and the look-up key are kept; default <c>keys</c> in the data folder.</summary>
    public string? KeysDirectory { get; set; }
    /// <summary>How long a key protects new data before a fresh one is made; old keys stay to read what they protected.</summary>
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The key folder for a data folder: the configured one, else <c>keys</c> inside the data folder.</summary>
    public string FolderFor(StoreOptions store) =>
        Path.GetFullPath(KeysDirectory ?? Path.Combine(Path.GetFullPath(store.DataDirectory), "keys"));
}
