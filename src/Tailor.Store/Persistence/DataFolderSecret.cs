using System.Security.Cryptography;

namespace Tailor.Store.Persistence;

/// <summary>A random secret generated on first run and kept, readable by its owner only, in the data folder.</summary>
public static class DataFolderSecret
{
    /// <summary>The generated admin API key (sent as X-Api-Key).</summary>
    public const string AdminApiKeyFile = "admin-api-key";
    /// <summary>The generated password of the agent console's first admin, until its owner deletes it.</summary>
    public const string FirstAdminPasswordFile = "first-admin-password";
    public const int AdminApiKeyBytes = 24;

    /// <summary>Reads the secret in <paramref name="fileName"/>, creating it when missing; <paramref name="created"/> says which.</summary>
    public static string LoadOrCreate(StoreOptions store, string fileName, int bytes, out bool created) =>
        LoadOrCreateAt(PathOf(store, fileName), bytes, out created);

    /// <summary>Reads the secret at <paramref name="path"/>, creating it when missing.</summary>
    public static string LoadOrCreateAt(string path, int bytes, out bool created)
    {
        created = false;
        if (File.Exists(path)) return File.ReadAllText(path).Trim();

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        File.WriteAllText(path, generated);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        created = true;
        return generated;
    }

    public static string PathOf(StoreOptions store, string fileName) => Path.Combine(Path.GetFullPath(store.DataDirectory), fileName);
}
