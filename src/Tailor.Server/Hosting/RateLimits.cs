using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Tailor.Assistant.Customers;

namespace Tailor.Server.Hosting;

/// <summary>Request rates allowed per minute (configuration section <c>Tailor:RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Tailor:RateLimits";

    public bool Enabled { get; set; } = true;
    /// <summary>Chat requests (start, send, read, rate) from one client.</summary>
    public int ChatPerClient { get; set; } = 300;
    /// <summary>Conversations one client may start.</summary>
    public int ConversationsPerClient { get; set; } = 20;
    /// <summary>Messages into one conversation, whoever sends them.</summary>
    public int MessagesPerConversation { get; set; } = 30;
    /// <summary>Agent console sign-ins from one client, and for one e-mail address from one client.</summary>
    public int SignInsPerClient { get; set; } = 10;
    public int SignInsPerEmail { get; set; } = 10;
}

/// <summary>
/// ASP.NET Core's rate limiter on the chat API: by client and by conversation, and starting chats by client (agent
/// sign-in has its own limits, <see cref="Agents.AgentSignInLimits"/>). Refusals are 429 problem details with Retry-After.
/// Requests without a known client address (in-process tests) are limited by conversation only.
/// Clients are the keyed hash of their address (<see cref="ClientKeys"/>, after forwarded headers when trusted).
/// </summary>
public static class RateLimits
{
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddSingleton(limits);
        builder.Services.AddRateLimiter(options =>
        {
            options.OnRejected = RejectAsync;
            if (!limits.Enabled) return;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => ChatClient(context) is { } client
                    ? PerMinute("chat:" + client, limits.ChatPerClient) : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsStart(context) && ChatClient(context) is { } client
                    ? PerMinute("start:" + client, limits.ConversationsPerClient) : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => MessageTo(context) is { } conversation
                    ? PerMinute("conversation:" + conversation, limits.MessagesPerConversation) : RateLimitPartition.GetNoLimiter("")));
        });
        return builder;
    }

    /// <summary>A per-minute window for one partition.</summary>
    public static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });

    private static string? Client(HttpContext context) => context.RequestServices.GetRequiredService<ShopperClient>().Key;

    private static string? ChatClient(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/chat") ? Client(context) : null;

    private static bool IsStart(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/api/chat/conversations", StringComparison.OrdinalIgnoreCase);

    // "/api/chat/conversations/{id}/messages[/stream]": the conversation is limited whoever sends to it.
    private static string? MessageTo(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)) return null;
        var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments is ["api", "chat", "conversations", var id, "messages", ..] && id.Length <= 64 ? id : null;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests,
            detail: $"Too many requests in a short time. Please wait {seconds} seconds and try again.",
            type: "https://tailor.dev/problems/rate-limited").ExecuteAsync(http);
    }
}
