using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Server.Admin;
using Tailor.Store.Persistence;

namespace Tailor.Server.Profiles;

/// <summary>
/// Admin access to what a customer told the store about their taste (sizes, fit, colours, styles, budget), which
/// recommendations use when they consented: read it, and forget all of it or a part on the customer's request.
/// </summary>
public static class CustomerProfileApi
{
    /// <summary>The profile as stored, with whether the customer consented to its use.</summary>
    public sealed record CustomerProfileDto(string Id, bool PersonalisationConsent, IReadOnlyList<string> Sizes, string? Fit,
        IReadOnlyList<string> FavouriteColors, IReadOnlyList<string> DislikedColors, IReadOnlyList<string> Styles, decimal? Budget);

    private static readonly string[] Parts = ["all", "sizes", "fit", "colors", "styles", "budget"];

    public static WebApplication MapCustomerProfileApi(this WebApplication app)
    {
        var profiles = app.MapGroup("/api/customers/{id}/profile").WithTags("Customers (admin)").RequireAdminApiKey();
        profiles.MapGet("", GetProfile).WithName("GetCustomerProfile")
            .WithSummary("What the customer told us about their taste (sizes, fit, colours, styles, budget) and their consent. Requires X-Api-Key.");
        profiles.MapDelete("", ForgetProfile).WithName("ForgetCustomerProfile")
            .WithSummary("Forget the customer's profile, or one part of it: part=all|sizes|fit|colors|styles|budget. Requires X-Api-Key.");
        return app;
    }

    private static async Task<Results<Ok<CustomerProfileDto>, ProblemHttpResult>> GetProfile(string id, TailorDbContext db, CancellationToken ct) =>
        await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.ExternalId == id, ct) is { } customer
            ? TypedResults.Ok(ToDto(customer))
            : NotFound(id);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ForgetProfile(
        string id, string? part, TailorDbContext db, CancellationToken ct)
    {
        part = (part ?? "all").Trim().ToLowerInvariant();
        if (!Parts.Contains(part))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["part"] = [$"Use one of {string.Join(", ", Parts)}."] },
                title: "The profile part is not valid.");
        if (await db.Customers.FirstOrDefaultAsync(c => c.ExternalId == id, ct) is not { } customer) return NotFound(id);
        var kept = customer.Preferences;
        // A new owned instance, so EF writes the whole JSON column again.
        customer.Preferences = part == "all" ? new CustomerPreferences() : new CustomerPreferences
        {
            Sizes = part == "sizes" ? [] : kept.Sizes,
            Fit = part == "fit" ? null : kept.Fit,
            FavoriteColors = part == "colors" ? [] : kept.FavoriteColors,
            DislikedColors = part == "colors" ? [] : kept.DislikedColors,
            Styles = part == "styles" ? [] : kept.Styles,
            Budget = part == "budget" ? null : kept.Budget,
        };
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static CustomerProfileDto ToDto(Customer customer) => new(customer.ExternalId, customer.Consents.Personalization,
        customer.Preferences.Sizes, customer.Preferences.Fit, customer.Preferences.FavoriteColors, customer.Preferences.DislikedColors,
        customer.Preferences.Styles, customer.Preferences.Budget);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Customer not found", detail: $"No customer has the id '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
