using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Tailor.Server.Widget;

/// <summary>
/// Resolves the chat API's CORS policy per request from <c>Tailor:Chat:Sites</c>: an actual request gets its site's origins,
/// a preflight (which carries no site key) every configured origin. Other policy names go to the default provider.
/// </summary>
internal sealed class SiteCorsPolicies : ICorsPolicyProvider
{
    public const string PolicyName = "tailor-chat-sites";

    private readonly DefaultCorsPolicyProvider others;
    private readonly CorsPolicy preflight;
    private readonly Dictionary<string, CorsPolicy> bySite;

    public SiteCorsPolicies(IOptions<CorsOptions> cors, IOptions<WebChatOptions> chat)
    {
        others = new DefaultCorsPolicyProvider(cors);
        var sites = chat.Value.Sites;
        preflight = Policy(sites.SelectMany(s => s.AllowedOrigins));
        bySite = sites.ToDictionary(s => s.Key, s => Policy(s.AllowedOrigins), StringComparer.Ordinal);
    }

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != PolicyName) return others.GetPolicyAsync(context, policyName);
        if (SiteGate.IsPreflight(context.Request)) return Task.FromResult<CorsPolicy?>(preflight);
        var key = SiteGate.SiteKeyOf(context.Request);
        return Task.FromResult(key is not null && bySite.TryGetValue(key, out var policy) ? policy : null);
    }

    private static CorsPolicy Policy(IEnumerable<string> origins) => new CorsPolicyBuilder()
        .WithOrigins(origins.Select(o => WebOrigin.Normalize(o)!).Distinct().ToArray())
        .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Delete)
        .WithHeaders("Content-Type", SiteGate.SiteKeyHeader, "Last-Event-ID")
        .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
        .Build();
}
