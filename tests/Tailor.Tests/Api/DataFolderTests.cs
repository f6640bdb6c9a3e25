using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Tailor.Tests.Api;

/// <summary>What the server keeps in its data folder is its owner's alone, and the key ring outlives the process.</summary>
[Collection(ServerCollection.Name)]
public sealed class DataFolderTests(TailorServerFactory server)
{
    [Fact]
    public void The_database_is_readable_by_its_owner_only()
    {
        _ = server.Services;
        if (OperatingSystem.IsWindows()) return;

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(server.DataDirectory, "tailor.db")));
    }

    [Fact]
    public void Data_protection_keys_are_kept_in_the_data_folder_under_the_applications_name()
    {
        var protectedText = server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests").Protect("cart");
        var keys = Path.Combine(server.DataDirectory, "keys");

        // Another process over the same folder (a restart, a second instance) reads what this one protected.
        var restarted = DataProtectionProvider.Create(new DirectoryInfo(keys), setup => setup.SetApplicationName("Tailor"));
        var otherApplication = DataProtectionProvider.Create(new DirectoryInfo(keys), setup => setup.SetApplicationName("another-app"));

        Assert.Equal("cart", restarted.CreateProtector("tests").Unprotect(protectedText));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => otherApplication.CreateProtector("tests").Unprotect(protectedText));
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
    }
}
