using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tailor.Store.Persistence;

namespace Tailor.Server.Agents;

/// <summary>
/// Creates the console roles and, while no admin exists, the first admin from <c>Tailor:Agents:Admin</c>. Outside
/// production a missing password is generated into the data folder (readable by its owner only) and the log says where;
/// in production there is no default password.
/// </summary>
public sealed class FirstAdmin(
    IServiceScopeFactory scopes, IOptions<AgentAdminOptions> options, IOptions<Tailor.Store.Persistence.StoreOptions> store, IHostEnvironment environment, ILogger<FirstAdmin> logger)
    : IHostedService
{
    private const string LocalEmail = "admin@tailor.local";
    public const string PasswordFile = DataFolderSecret.FirstAdminPasswordFile;

    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { AgentRoles.Agent, AgentRoles.Admin })
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AgentAccount>>();
        if ((await users.GetUsersInRoleAsync(AgentRoles.Admin)).Count > 0) return;
        var admin = options.Value;
        var production = environment.IsProduction();
        var email = string.IsNullOrWhiteSpace(admin.Email) ? (production ? null : LocalEmail) : admin.Email.Trim();
        var password = string.IsNullOrWhiteSpace(admin.Password) ? (production ? null : Generated()) : admin.Password;
        if (email is null || password is null)
        {
            logger.LogWarning("The agent console has no admin: set Tailor:Agents:Admin:Email and Tailor:Agents:Admin:Password to create one.");
            return;
        }
        var account = new AgentAccount { UserName = email, Email = email, EmailConfirmed = true, DisplayName = admin.DisplayName };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Tailor:Agents:Admin could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        await users.AddToRolesAsync(account, [AgentRoles.Admin, AgentRoles.Agent]);
        if (string.IsNullOrWhiteSpace(admin.Password))
        {
            var path = DataFolderSecret.PathOf(store.Value, PasswordFile);
            await File.WriteAllTextAsync(path, password, ct);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            logger.LogWarning("Created agent console admin {Email}; the generated password is in {Path} (readable by this user only). "
                + "Sign in at /agent, then delete the file.", email, path);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private static string Generated() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}
