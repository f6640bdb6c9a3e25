using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Recommendations;
using Tailor.Domain.Catalog;
using Tailor.Domain.Settings;
using Tailor.Server.Admin;
using Tailor.Server.Catalog;
using Tailor.Server.Hosting;

namespace Tailor.Server.Recommendations;

/// <summary>
/// <c>GET /api/recommendations</c>: similar, cheaper, bought together, trending or personal picks, each with its reason.
/// A customer's picks read their purchases, so naming a customer needs their signed token (<c>X-Customer-Token</c>) or
/// the admin key: anyone else could read what a stranger bought off the list.
/// </summary>
public static class RecommendationsApi
{
    public const string CustomerTokenHeader = "X-Customer-Token";
    private const string Policy = "recommendations";

    /// <summary>The picks, best first.</summary>
    public sealed record RecommendationPageDto(string Kind, string? Product, bool Personalised, IReadOnlyList<RecommendedProductDto> Items);

    /// <summary>A product that can be bought now, with the reason it was picked.</summary>
    public sealed record RecommendedProductDto(ProductSummaryDto Product, string Reason, string ReasonKind);

    public static WebApplicationBuilder AddRecommendationsApi(this WebApplicationBuilder builder)
    {
        // Limited per client like the chat API, from the same setting: each request is a few milliseconds of CPU.
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<RateLimitOptions>((options, limits) =>
            options.AddPolicy(Policy, context => limits.Enabled && context.RequestServices.GetRequiredService<ShopperClient>().Key is { } client
                ? RateLimits.PerMinute("recommendations:" + client, limits.ChatPerClient)
                : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("")));
        return builder;
    }

    public static WebApplication MapRecommendationsApi(this WebApplication app)
    {
        app.MapGroup("/api/recommendations").WithTags("Recommendations").RequireRateLimiting(Policy)
            .MapGet("", GetRecommendations).WithName("GetRecommendations")
            .WithSummary("Products to recommend: context=similar|cheaper|together|trending|personal (default: similar to product, else personal for customer, else trending), with why.");
        return app;
    }

    private static async Task<Results<Ok<RecommendationPageDto>, ValidationProblem, ProblemHttpResult>> GetRecommendations(
        string? customer, string? product, string? context, string? department, int? limit,
        [FromHeader(Name = CustomerTokenHeader)] string? customerToken, [FromHeader(Name = AdminApiKey.Header)] string? apiKey,
        RecommendationSkill skill, RecommendationWording wording, CustomerTokens tokens, AdminApiKey admin, StoreSettings settings, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        RecommendationKind? kind = context?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "similar" => RecommendationKind.Similar,
            "cheaper" => RecommendationKind.Cheaper,
            "together" or "bought-together" => RecommendationKind.BoughtTogether,
            "trending" or "popular" => RecommendationKind.Trending,
            "personal" => RecommendationKind.Personal,
            _ => Invalid(errors, "context", "Use one of similar, cheaper, together, trending, personal."),
        };
        if (kind is RecommendationKind.Similar or RecommendationKind.Cheaper or RecommendationKind.BoughtTogether && string.IsNullOrWhiteSpace(product))
            errors["product"] = [$"context={context} needs the handle of the product to match."];
        if (kind is RecommendationKind.Personal && string.IsNullOrWhiteSpace(customer))
            errors["customer"] = ["context=personal needs the customer's id."];
        Gender? gender = null;
        if (department is not null)
        {
            if (Enum.TryParse<Gender>(department, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) gender = parsed;
            else errors["department"] = ["Use one of women, men, kids, unisex."];
        }
        if (limit is < 1 or > RecommendationRequest.MaxCount) errors["limit"] = [$"Ask for 1 to {RecommendationRequest.MaxCount} products."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The recommendation query is not valid.");

        if (customer is not null && !admin.Matches(apiKey) && await tokens.ValidateAsync(customerToken) != customer)
            return TypedResults.Problem(title: "Not your recommendations",
                detail: $"Personal recommendations need the customer's signed token in {CustomerTokenHeader} (or the admin key).",
                statusCode: StatusCodes.Status403Forbidden);

        if (product is not null && !await skill.KnowsAsync(product, ct))
            return TypedResults.Problem(title: "Product not found", detail: $"No product has the handle '{product}'.", statusCode: StatusCodes.Status404NotFound);
        var result = await skill.RecommendAsync(new RecommendationRequest(kind, product, customer, Department: gender, Count: limit ?? 12), ct);

        var items = result.Items.Select(item => new RecommendedProductDto(
            new ProductSummaryDto(item.Product.Handle, item.Product.Title, item.Product.Brand, item.Product.Category,
                item.Product.Gender.ToString().ToLowerInvariant(), item.Product.Price, item.Product.CompareAtPrice, settings.Currency,
                item.Product.ImageUrl, ProductLinks.UrlOf(item.Product.Handle), item.Product.Colors, item.Product.SizesInStock,
                item.Product.Rating, item.Product.ReviewCount),
            wording.Reason(item.Reason), Kebab(item.Reason.Kind.ToString()))).ToList();
        return TypedResults.Ok(new RecommendationPageDto(Kebab(result.Kind.ToString()), result.AnchorHandle, result.Personalised, items));
    }

    private static RecommendationKind? Invalid(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return null;
    }

    private static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
