using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Server.Admin;
using Tailor.Server.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Server.Customers;

/// <summary>Admin access to a customer and their recent orders.</summary>
public static class CustomersApi
{
    public sealed record CustomerDto(string Id, string FirstName, string LastName, string Email, string? Phone,
        IReadOnlyList<Address> Addresses, CustomerPreferences Preferences, Consents Consents, DateTimeOffset CreatedAt,
        IReadOnlyList<CustomerOrderDto> RecentOrders);

    public sealed record CustomerOrderDto(string Number, string Status, decimal Total, DateTimeOffset PlacedAt);

    public static WebApplication MapCustomersApi(this WebApplication app)
    {
        app.MapGroup("/api/customers").WithTags("Customers (admin)").RequireAdminApiKey()
            .MapGet("/{id}", GetCustomer).WithName("GetCustomer")
            .WithSummary("A customer by the store's customer id (e.g. cus_000001) with their ten latest orders. Requires X-Api-Key.");
        return app;
    }

    private static async Task<Results<Ok<CustomerDto>, ProblemHttpResult>> GetCustomer(string id, TailorDbContext db, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.ExternalId == id, ct);
        if (customer is null)
            return TypedResults.Problem(title: "Customer not found", detail: $"No customer has the id '{id}'.", statusCode: StatusCodes.Status404NotFound);

        var orders = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customer.Id)
            .OrderByDescending(o => o.PlacedAt).Take(10).ToListAsync(ct);
        return TypedResults.Ok(new CustomerDto(customer.ExternalId, customer.FirstName, customer.LastName, customer.Email, customer.Phone,
            customer.Addresses, customer.Preferences, customer.Consents, customer.CreatedAt,
            orders.Select(o => new CustomerOrderDto(o.Number, OrderDto.StatusName(o.Status), o.Total, o.PlacedAt)).ToList()));
    }
}
