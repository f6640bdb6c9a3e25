using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Customers.Profile;
using Tailor.Assistant.Dialogue;
using Tailor.Server.Chat;
using Tailor.Server.Hosting;
using Tailor.Store.Persistence;

namespace Tailor.Server.Profiles;

/// <summary>
/// The shopper's own view of what the assistant remembers about them, scoped to their conversation (its id is the
/// shopper's key, as for messages): list it, forget one part or all. For a signed-in customer who consented, what is
/// forgotten here is forgotten in their account too. No admin key; rate limited per client.
/// </summary>
public static class ShopperProfileApi
{
    public const string Policy = "shopper-profile";

    /// <summary>The profile as the widget's "My preferences" panel lists it; <c>saved</c>: kept in the customer's account.</summary>
    public sealed record ShopperProfileDto(IReadOnlyList<string> Sizes, string? Fit, IReadOnlyList<string> LikedColors, IReadOnlyList<string> DislikedColors,
        decimal? Budget, string? Department, MeasurementsDto? Measurements, bool Saved);

    /// <summary>Measurements given in this chat, in centimetres.</summary>
    public sealed record MeasurementsDto(decimal? Chest, decimal? Waist, decimal? Hips, decimal? Height);

    private static readonly string[] Parts = ["all", "sizes", "fit", "colors", "budget", "department", "measurements"];

    public static WebApplicationBuilder AddShopperProfileApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<RateLimitOptions>((options, limits) =>
            options.AddPolicy(Policy, context => limits.Enabled && context.RequestServices.GetRequiredService<ShopperClient>().Key is { } client
                ? RateLimits.PerMinute("shopper-profile:" + client, limits.ConversationsPerClient)
                : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("")));
        return builder;
    }

    public static WebApplication MapShopperProfileApi(this WebApplication app)
    {
        var profile = app.MapGroup("/api/chat/conversations/{id:maxlength(64)}/profile").WithTags("Chat").RequireRateLimiting(Policy);
        profile.MapGet("", Get).WithName("GetShopperProfile")
            .WithSummary("What the assistant remembers about the shopper in this conversation: sizes, fit, colours, budget, department, measurements.");
        profile.MapDelete("", Forget).WithName("ForgetShopperProfile")
            .WithSummary("Forget part of it (part=sizes|fit|colors|budget|department|measurements) or all of it (part=all, the default); also in a consenting customer's account.");
        return app;
    }

    private static async Task<Results<Ok<ShopperProfileDto>, ProblemHttpResult>> Get(string id, TailorDbContext db, CustomerProfiles stored,
        TimeProvider time, CancellationToken ct)
    {
        if (await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } conversation) return ChatApi.NotFoundConversation(id);
        var customer = conversation.SignedInCustomerAt(time.GetUtcNow());
        var saved = customer is { } known && await stored.LoadAsync(known, ct) is { Consented: true };
        return TypedResults.Ok(View(DialogueStateJson.Read(conversation.StateJson).Profile, saved));
    }

    private static async Task<Results<Ok<ShopperProfileDto>, ValidationProblem, ProblemHttpResult>> Forget(string id, string? part, TailorDbContext db,
        CustomerProfiles stored, ConversationLocks locks, TimeProvider time, CancellationToken ct)
    {
        part = (part ?? "all").Trim().ToLowerInvariant();
        if (!Parts.Contains(part))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["part"] = [$"Use one of {string.Join(", ", Parts)}."] },
                title: "The profile part is not valid.");
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct)) return ChatApi.NotFoundConversation(id);
        // Under the conversation's lock, so a turn running at the same time cannot write the forgotten values back.
        using var _ = await locks.AcquireAsync(id, ct);
        var conversation = await db.Conversations.FirstAsync(c => c.Id == id, ct);
        var state = DialogueStateJson.Read(conversation.StateJson);
        var forgotten = Enum.Parse<ProfilePart>(part, ignoreCase: true);
        state.Profile.Forget(forgotten);
        conversation.StateJson = DialogueStateJson.Write(state);
        await db.SaveChangesAsync(ct);
        var saved = conversation.SignedInCustomerAt(time.GetUtcNow()) is { } customer
            && await stored.SaveAsync(customer, state.Profile, ct, keepStyles: forgotten != ProfilePart.All);
        return TypedResults.Ok(View(state.Profile, saved));
    }

    private static ShopperProfileDto View(ShopperProfile profile, bool saved) => new(profile.Sizes, profile.Fit, profile.LikedColors, profile.DislikedColors,
        profile.Budget, profile.Department?.ToString().ToLowerInvariant(),
        profile.Body is { IsEmpty: false } body ? new MeasurementsDto(body.ChestCm, body.WaistCm, body.HipCm, body.HeightCm) : null, saved);
}
