using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tailor.Server.Hosting;
using Tailor.Store.Persistence;

namespace Tailor.Server.Agents;

/// <summary>
/// Slows password guessing at the agent console: sign-ins per client and per (e-mail, client) per minute. Counting per
/// e-mail alone would let a stranger keep the admin out; per (e-mail, client) only ever stops the one guessing.
/// </summary>
public sealed class AgentSignInLimits(RateLimitOptions options, IOptions<PasswordHasherOptions> hashing) : IDisposable
{
    // Identity registers its hasher per request (scoped); this singleton keeps its own, with the same settings.
    private readonly PasswordHasher<AgentAccount> hasher = new(hashing);
    // A real hash of a throwaway password, checked for unknown accounts so they take as long as known ones.
    private readonly string decoy = new PasswordHasher<AgentAccount>(hashing).HashPassword(new AgentAccount(), Guid.NewGuid().ToString("N"));
    private readonly PartitionedRateLimiter<string> perClient = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimits.PerMinute(key, options.SignInsPerClient));
    private readonly PartitionedRateLimiter<string> perEmail = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimits.PerMinute(key, options.SignInsPerEmail));

    public bool TryAcquire(string email, string? client, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        // A request without a client address comes from inside the process (tests, tools), not from a network.
        if (!options.Enabled || client is not { } who) return true;
        using var byClient = perClient.AttemptAcquire(who);
        using var byEmail = perEmail.AttemptAcquire(email.ToLowerInvariant() + "|" + who);
        var refused = !byClient.IsAcquired ? byClient : !byEmail.IsAcquired ? byEmail : null;
        if (refused is null) return true;
        wait = refused.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        return false;
    }

    public void SpendHash(string? password) => hasher.VerifyHashedPassword(new AgentAccount(), decoy, password ?? "");

    public ProblemHttpResult TooMany(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts",
            detail: $"Too many sign-in attempts from here. Please wait {seconds} seconds and try again.",
            type: "https://tailor.dev/problems/rate-limited");
    }

    public void Dispose()
    {
        perClient.Dispose();
        perEmail.Dispose();
    }
}
