using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Orders;
using Tailor.Server.Admin;
using Tailor.Store.Persistence;

namespace Tailor.Server.Orders;

/// <summary>Admin access to orders by number.</summary>
public static class OrdersApi
{
    public static WebApplication MapOrdersApi(this WebApplication app)
    {
        app.MapGroup("/api/orders").WithTags("Orders (admin)").RequireAdminApiKey()
            .MapGet("/{number}", GetOrder).WithName("GetOrder")
            .WithSummary("An order with lines, totals, payment, address and shipments. Requires X-Api-Key.");
        return app;
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> GetOrder(string number, TailorDbContext db, CancellationToken ct)
    {
        if (!OrderNumber.TryNormalize(number, out var normalized))
            return TypedResults.Problem(title: "Not an order number",
                detail: $"'{number}' is not an order number; they look like {OrderNumber.Format(100023)}.",
                statusCode: StatusCodes.Status400BadRequest);
        var order = await db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Lines).Include(o => o.Shipments).Include(o => o.Customer)
            .FirstOrDefaultAsync(o => o.Number == normalized, ct);
        return order is null
            ? TypedResults.Problem(title: "Order not found", detail: $"No order has the number {normalized}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(OrderDto.From(order));
    }
}
