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

    // The number as the store writes it or as typed: "TL-100023", "tl100023", "#1001" (sent as %231001), "1001", "W2378156".
    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> GetOrder(
        string number, TailorDbContext db, OrderNumberOptions numbers, CancellationToken ct)
    {
        if (!OrderNumber.IsPlausible(number))
            return TypedResults.Problem(title: "Not an order number",
                detail: $"'{number}' is not an order number; they look like {numbers.Example}.",
                statusCode: StatusCodes.Status400BadRequest);
        var order = await db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Lines).Include(o => o.Shipments).Include(o => o.Customer)
            .WithNumber(number, numbers.Prefix).FirstOrDefaultAsync(ct);
        return order is null
            ? TypedResults.Problem(title: "Order not found", detail: $"No order has the number {number}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(OrderDto.From(order));
    }
}
