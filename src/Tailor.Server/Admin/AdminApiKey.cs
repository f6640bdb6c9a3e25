using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Tailor.Store.Persistence;

namespace Tailor.Server.Admin;

/// <summary>
/// The key admin endpoints require in the X-Api-Key header: Tailor:AdminApiKey when configured,
/// otherwise one generated on first run, kept in the data folder and printed once.
/// </summary>
public sealed class AdminApiKey
{
    public const string Header = "X-Api-Key";
    private const string FileName = DataFolderSecret.AdminApiKeyFile;
    private readonly byte[] key;

    public AdminApiKey(IConfiguration configuration, IOptions<StoreOptions> store, ILogger<AdminApiKey> logger)
    {
        var configured = configuration["Tailor:AdminApiKey"];
        key = Encoding.UTF8.GetBytes(string.IsNullOrWhiteSpace(configured) ? LoadOrCreate(store.Value, logger) : configured.Trim());
    }

    public bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), key);

    private static string LoadOrCreate(StoreOptions store, ILogger logger)
    {
        var key = DataFolderSecret.LoadOrCreate(store, FileName, DataFolderSecret.AdminApiKeyBytes, out var created);
        // Where it is, never what it is: logs are copied, shipped and kept far longer than a key should be readable.
        if (created)
            logger.LogWarning("Generated an admin API key and stored it in {Path} (readable by this user only); send its contents as X-Api-Key.",
                DataFolderSecret.PathOf(store, FileName));
        return key;
    }
}
