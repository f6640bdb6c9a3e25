using Tailor.Domain.Catalog;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Policies;
using Tailor.Domain.Promotions;
using Tailor.Domain.Returns;

namespace Tailor.Store.Demo;

/// <summary>A whole generated store in memory, before it is written to the database.</summary>
public sealed record DemoStore(
    IReadOnlyList<Product> Products,
    IReadOnlyList<SizeChart> SizeCharts,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<ReturnRequest> Returns,
    IReadOnlyList<Promotion> Promotions,
    IReadOnlyList<PolicyDocument> Policies);
