using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Tailor.Store.Persistence;

namespace Tailor.Store.Onboarding;

/// <summary>Creates the agent console's first admin for a new store, with the console's roles, unless an admin exists.</summary>
public sealed class FirstAdminAccount(UserManager<AgentAccount> users, RoleManager<IdentityRole> roles)
{
    /// <summary>The admin's password: the one given, or a generated one the caller shows once or keeps in a 0600 file.</summary>
    public async Task<FirstAdminResult> CreateAsync(string email, string? password, string displayName)
    {
        foreach (var role in new[] { AgentRoles.Agent, AgentRoles.Admin })
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        if ((await users.GetUsersInRoleAsync(AgentRoles.Admin)).Count > 0) return new FirstAdminResult(false, null, "an admin already exists");

        var secret = string.IsNullOrEmpty(password) ? Generated() : password;
        var account = new AgentAccount { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(account, secret);
        if (!created.Succeeded) return new FirstAdminResult(false, null, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(account, [AgentRoles.Admin, AgentRoles.Agent]);
        return new FirstAdminResult(true, string.IsNullOrEmpty(password) ? secret : null, null);
    }

    /// <summary>Writes a secret readable by its owner only: the file is made 0600 before the secret goes in.</summary>
    public static void WriteOwnerOnly(string path, string secret)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (File.Create(path)) { }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(path, secret);
    }

    private static string Generated() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}

/// <summary>Whether the admin was made; the generated password (null when the caller chose it); why not.</summary>
public sealed record FirstAdminResult(bool Created, string? GeneratedPassword, string? Problem);
