using Microsoft.AspNetCore.Identity;

namespace Tailor.Store.Persistence;

/// <summary>The console's account rules, shared by the server and `tailor init` so an admin made by either signs in the same way.</summary>
public static class AgentIdentityRules
{
    public const int MinimumPasswordLength = 12;

    public static void Apply(IdentityOptions identity)
    {
        identity.User.RequireUniqueEmail = true;
        // Length over character classes, as NIST SP 800-63B advises.
        identity.Password.RequiredLength = MinimumPasswordLength;
        (identity.Password.RequireNonAlphanumeric, identity.Password.RequireUppercase, identity.Password.RequireLowercase,
            identity.Password.RequireDigit) = (false, false, false, false);
        identity.Lockout.MaxFailedAccessAttempts = 5;
    }
}
