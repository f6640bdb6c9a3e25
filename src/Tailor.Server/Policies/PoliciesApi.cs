using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Store.Persistence;

namespace Tailor.Server.Policies;

/// <summary>The store's policy and FAQ pages.</summary>
public static class PoliciesApi
{
    public sealed record PolicySummaryDto(string Slug, string Title, string Kind, string Url);
    public sealed record PolicyDto(string Slug, string Title, string Kind, string Url, string Markdown, string Html, DateTimeOffset UpdatedAt);

    public static WebApplication MapPoliciesApi(this WebApplication app)
    {
        var policies = app.MapGroup("/api/policies").WithTags("Policies");
        policies.MapGet("/", List).WithName("ListPolicies").WithSummary("All policy and FAQ pages.");
        policies.MapGet("/{slug}", Get).WithName("GetPolicy").WithSummary("One policy or FAQ page as Markdown and HTML.");
        return app;
    }

    private static async Task<Ok<List<PolicySummaryDto>>> List(TailorDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Policies.AsNoTracking().OrderBy(p => p.Title).ToListAsync(ct))
            .Select(p => new PolicySummaryDto(p.Slug, p.Title, p.Kind.ToString().ToLowerInvariant(), p.Url))
            .ToList());

    private static async Task<Results<Ok<PolicyDto>, ProblemHttpResult>> Get(string slug, TailorDbContext db, CancellationToken ct) =>
        await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct) is { } policy
            ? TypedResults.Ok(new PolicyDto(policy.Slug, policy.Title, policy.Kind.ToString().ToLowerInvariant(), policy.Url,
                policy.Markdown, PolicyMarkdown.ToHtml(policy.Markdown), policy.UpdatedAt))
            : TypedResults.Problem(title: "Policy not found", detail: $"No policy or FAQ page has the slug '{slug}'.",
                statusCode: StatusCodes.Status404NotFound);
}
