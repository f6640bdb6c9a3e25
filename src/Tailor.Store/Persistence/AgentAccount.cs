using Microsoft.AspNetCore.Identity;

namespace Tailor.Store.Persistence;

/// <summary>A person who answers shoppers in the agent console: an ASP.NET Core Identity user with the name shoppers see.</summary>
public sealed class AgentAccount : IdentityUser
{
    public string DisplayName { get; set; } = "";
}

/// <summary>The console's roles: agents answer chats, admins also manage agent accounts.</summary>
public static class AgentRoles
{
    public const string Agent = "agent";
    public const string Admin = "admin";
}
