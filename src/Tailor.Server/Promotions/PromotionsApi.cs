using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Promotions;
using Tailor.Store.Persistence;

namespace Tailor.Server.Promotions;

/// <summary>Promotions running now, as shoppers can use them.</summary>
public static class PromotionsApi
{
    public sealed record PromotionDto(string Name, string Description, string Kind, decimal Value, string Scope, string? ScopeValue,
        string? Code, decimal? MinimumSpend, DateTimeOffset StartsAt, DateTimeOffset? EndsAt);

    public static WebApplication MapPromotionsApi(this WebApplication app)
    {
        app.MapGroup("/api/promotions").WithTags("Promotions")
            .MapGet("/active", GetActive).WithName("GetActivePromotions")
            .WithSummary("Promotions valid right now, automatic ones and those behind a code.");
        return app;
    }

    private static async Task<Ok<List<PromotionDto>>> GetActive(TailorDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var active = await db.Promotions.AsNoTracking()
            .Where(p => p.StartsAt <= now && (p.EndsAt == null || p.EndsAt > now))
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(active.Select(ToDto).ToList());
    }

    private static PromotionDto ToDto(Promotion p) => new(p.Name, p.Description,
        p.Kind == DiscountKind.PercentOff ? "percent-off" : "amount-off", p.Value,
        p.Scope.ToString().ToLowerInvariant(), p.ScopeValue, p.Code, p.MinimumSpend, p.StartsAt, p.EndsAt);
}
