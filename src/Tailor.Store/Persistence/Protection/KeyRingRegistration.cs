using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tailor.Store.Persistence.Protection;

/// <summary>
/// Data Protection for the server and the command line alike: one application name, the key ring in the key folder
/// (0700, resolved when first used so a test's or the CLI's data folder counts), and the personal-field protection
/// and look-up hasher built on it.
/// </summary>
public static class KeyRingRegistration
{
    private const string LookupKeyFile = "lookup.key";

    public static IServiceCollection AddPersonalFieldProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeyRingSettings>().Bind(configuration.GetSection(KeyRingSettings.Section))
            .Validate(s => s.KeyLifetime >= TimeSpan.FromDays(7), $"{KeyRingSettings.Section}:KeyLifetime must be at least 7 days.")
            .ValidateOnStart();
        services.AddDataProtection().SetApplicationName(KeyRingSettings.ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<KeyRingSettings>, IOptions<StoreOptions>, ILoggerFactory>((keys, settings, store, logs) =>
        {
            keys.XmlRepository = new FileSystemXmlRepository(KeyFolder(settings.Value, store.Value), logs);
            keys.NewKeyLifetime = settings.Value.KeyLifetime;
        });
        services.AddSingleton(sp => new LookupHasher(LookupKey(
            KeyFolder(sp.GetRequiredService<IOptions<KeyRingSettings>>().Value, sp.GetRequiredService<IOptions<StoreOptions>>().Value))));
        services.AddSingleton<PersonalFieldProtection>();
        services.AddSingleton<KeyRotation>();
        return services;
    }

    /// <summary>The key folder, created owner-only when missing.</summary>
    public static DirectoryInfo KeyFolder(KeyRingSettings settings, StoreOptions store)
    {
        var folder = Directory.CreateDirectory(settings.FolderFor(store));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }

    // The HMAC key for look-up hashes lives beside the key ring, so backing up the one backs up the other. It is not
    // rotated with the ring: a new key would need every hash recomputed from the decrypted values.
    private static byte[] LookupKey(DirectoryInfo folder)
    {
        var text = DataFolderSecret.LoadOrCreateAt(Path.Combine(folder.FullName, LookupKeyFile), 32, out _);
        return System.Buffers.Text.Base64Url.DecodeFromChars(text);
    }
}
