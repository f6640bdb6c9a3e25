using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Tailor.Store.Persistence;

namespace Tailor.Server.Agents;

/// <summary>Registers the agent console: Identity accounts with cookie sign-in, the agent hub and the first admin.</summary>
public static class AgentConsoleRegistration
{
    /// <summary>The authorization policy of every console endpoint and the hub: an agent or an admin.</summary>
    public const string AgentPolicy = "agent";
    /// <summary>The policy for managing agent accounts: admins only.</summary>
    public const string AdminPolicy = "admin";

    public static IHostApplicationBuilder AddAgentConsole(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AgentAdminOptions>().Bind(builder.Configuration.GetSection(AgentAdminOptions.Section));
        services.AddIdentityCore<AgentAccount>(AgentIdentityRules.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TailorDbContext>()
            .AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "tailor.agent";
            cookie.Cookie.HttpOnly = true;
            // Strict: no other site can make a signed-in agent's browser call the console.
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.Path = "/agent";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
            // The console is a script: it wants a status code to show its sign-in form, not a redirect.
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AgentPolicy, policy => policy.RequireRole(AgentRoles.Agent, AgentRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(AgentRoles.Admin));
        services.AddSignalR();
        services.AddSingleton<AgentSignInLimits>();
        services.AddHostedService<FirstAdmin>();
        services.AddHostedService<AgentFeedBridge>();
        services.AddSingleton(_ => AgentConsoleAssets.Load());
        return builder;
    }

    private static Task Refuse<T>(Microsoft.AspNetCore.Authentication.RedirectContext<T> context, int status)
        where T : Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}

/// <summary>The first console admin, section <c>Tailor:Agents:Admin</c>.</summary>
public sealed class AgentAdminOptions
{
    public const string Section = "Tailor:Agents:Admin";

    public string? Email { get; set; }
    public string? Password { get; set; }
    public string DisplayName { get; set; } = "Admin";
}
