using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Orders;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;
using Tailor.Server.Admin;
using Tailor.Store.Persistence;

namespace Tailor.Server.Returns;

/// <summary>Returns and exchanges: the shopper's status by RMA number, the printable label page, and the admin list.</summary>
public static class ReturnsApi
{
    public static WebApplication MapReturnsApi(this WebApplication app)
    {
        app.MapGet("/api/returns/{rma}", GetStatus).WithName("GetReturnStatus").WithTags("Returns")
            .WithSummary("A return's status by its RMA number, for the shopper: items, status and refund, no personal data.");
        app.MapGet("/api/admin/returns", List).WithName("ListReturns").WithTags("Returns (admin)").RequireAdminApiKey()
            .WithSummary("Returns and exchanges, newest first, optionally by status (label-issued, received, refunded…). Requires X-Api-Key.");
        app.MapGet("/returns/{rma}/label", ReturnLabelPage.RenderAsync).WithName("GetReturnLabel").WithTags("Returns")
            .WithSummary("The printable return label page: the store's return address, the RMA number and the items.").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<ReturnStatusDto>, ProblemHttpResult>> GetStatus(
        string rma, TailorDbContext db, ReturnLabels labels, StoreSettings settings, CancellationToken ct)
    {
        if (await FindAsync(db, rma, ct) is not { } request) return NotFound(rma);
        var variants = await VariantsAsync(db, request, ct);
        return TypedResults.Ok(new ReturnStatusDto(request.Rma, StatusNames.Code(request.Kind), StatusNames.Code(request.Status), request.CreatedAt,
            request.UpdatedAt, ReturnItems.Of(request, variants), StatusNames.Code(request.RefundMethod), request.RefundAmount, request.PriceDifference,
            settings.Currency, labels.UrlOf(request.Rma)));
    }

    private static async Task<Results<Ok<ResultPage<AdminReturnDto>>, ValidationProblem>> List(
        TailorDbContext db, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        ReturnStatus wanted = default;
        if (status is not null && !StatusNames.TryParse(status, out wanted))
            errors["status"] = [$"'{status}' is not a return status; use one of {string.Join(", ", Enum.GetValues<ReturnStatus>().Select(StatusNames.Code))}."];
        if (page is < 1) errors["page"] = ["page starts at 1."];
        if (pageSize is < 1 or > 100) errors["pageSize"] = ["pageSize must be between 1 and 100."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The list request is not valid.");

        var query = db.Returns.AsNoTracking();
        if (status is not null) query = query.Where(r => r.Status == wanted);
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new ResultPage<AdminReturnDto>(items.Select(AdminReturnDto.From).ToList(), number, size, total));
    }

    /// <summary>The return with this RMA number, as typed or in any case.</summary>
    public static Task<ReturnRequest?> FindAsync(TailorDbContext db, string rma, CancellationToken ct) =>
        RmaNumber.TryFind(rma, out var normalized)
            ? db.Returns.AsNoTracking().FirstOrDefaultAsync(r => r.Rma == normalized, ct)
            : Task.FromResult<ReturnRequest?>(null);

    public static async Task<IReadOnlyDictionary<string, Variant>> VariantsAsync(TailorDbContext db, ReturnRequest request, CancellationToken ct)
    {
        var skus = request.Lines.Select(l => l.Sku).Concat(request.Lines.Select(l => l.ExchangeSku).OfType<string>()).Distinct().ToList();
        return await db.Variants.AsNoTracking().Include(v => v.Product).Where(v => skus.Contains(v.Sku)).ToDictionaryAsync(v => v.Sku, ct);
    }

    // The same answer for a malformed and an unknown number: neither says more than "no such return".
    private static ProblemHttpResult NotFound(string rma) => TypedResults.Problem(title: "Return not found", statusCode: StatusCodes.Status404NotFound,
        detail: $"No return has the number '{rma}'. Check the RMA number in your confirmation; it starts with {RmaNumber.Prefix}.");
}
