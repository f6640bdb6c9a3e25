using Tailor.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Orders;

/// <summary>An order as order care reads it: the order with lines and shipments, its returns, and the products of its lines.</summary>
public sealed record OrderFile(Order Order, IReadOnlyList<ReturnRequest> Returns, IReadOnlyDictionary<string, Product> Products)
{
    public Product? ProductOf(OrderLine line) => Products.GetValueOrDefault(line.ProductHandle);

    public bool IsFinalSale(OrderLine line) => ProductOf(line)?.FinalSale ?? false;

    /// <summary>The catalog variant a line bought, with today's stock and price; null when it has left the catalog.</summary>
    public Variant? VariantOf(OrderLine line) => ProductOf(line)?.Variants.FirstOrDefault(v => v.Sku == line.Sku);

    public OrderLine? Line(int id) => Order.Lines.FirstOrDefault(l => l.Id == id);

    /// <summary>Lines in the order they were bought.</summary>
    public IReadOnlyList<OrderLine> Lines => Order.Lines.OrderBy(l => l.Id).ToList();
}

/// <summary>Reads orders, their returns and the products on them, without tracking: changes go through <see cref="OrderActions"/>.</summary>
public sealed class OrderReader(TailorDbContext db, OrderNumberOptions? numbers = null)
{
    private readonly string prefix = (numbers ?? new OrderNumberOptions()).Prefix;

    /// <summary>The order with this number as typed ("#1001", "1001", "tl100023"), or null.</summary>
    public async Task<OrderFile?> ReadAsync(string number, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().AsSplitQuery().Include(o => o.Lines).Include(o => o.Shipments)
            .WithNumber(number, prefix).FirstOrDefaultAsync(ct);
        if (order is null) return null;
        var returns = await db.Returns.AsNoTracking().Where(r => r.OrderId == order.Id).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var handles = order.Lines.Select(l => l.ProductHandle).Distinct().ToList();
        var products = await db.Products.AsNoTracking().AsSplitQuery().Include(p => p.Variants).Include(p => p.Images)
            .Where(p => handles.Contains(p.Handle)).ToDictionaryAsync(p => p.Handle, ct);
        return new OrderFile(order, returns, products);
    }

    /// <summary>The customer's latest orders (at most <paramref name="count"/>), newest first, with their lines.</summary>
    public async Task<IReadOnlyList<Order>> CustomerOrdersAsync(int customerId, int count, CancellationToken ct) =>
        await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.PlacedAt).Take(count).ToListAsync(ct);

    /// <summary>Which of these products are final sale (never returnable).</summary>
    public async Task<IReadOnlySet<string>> FinalSaleAsync(IEnumerable<string> handles, CancellationToken ct)
    {
        var wanted = handles.Distinct().ToList();
        return (await db.Products.AsNoTracking().Where(p => p.FinalSale && wanted.Contains(p.Handle)).Select(p => p.Handle).ToListAsync(ct)).ToHashSet();
    }

    public Task<ReturnRequest?> ReturnAsync(string rma, CancellationToken ct) =>
        db.Returns.AsNoTracking().FirstOrDefaultAsync(r => r.Rma == rma, ct);

    /// <summary>Returns on the customer's orders, newest first.</summary>
    public async Task<IReadOnlyList<ReturnRequest>> CustomerReturnsAsync(int customerId, int count, CancellationToken ct) =>
        await db.Returns.AsNoTracking()
            .Where(r => db.Orders.Any(o => o.Id == r.OrderId && o.CustomerId == customerId))
            .OrderByDescending(r => r.CreatedAt).Take(count).ToListAsync(ct);

    /// <summary>The customer's account (saved addresses and payment methods), untracked.</summary>
    public Task<Customer?> CustomerAsync(int customerId, CancellationToken ct) =>
        db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, ct);

    public Task<string?> FirstNameAsync(int customerId, CancellationToken ct) =>
        db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.FirstName).FirstOrDefaultAsync(ct);

    /// <summary>Titles, sizes and colours of SKUs (for exchanges), read from the catalog.</summary>
    public async Task<IReadOnlyDictionary<string, Variant>> VariantsAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        var wanted = skus.Distinct().ToList();
        return await db.Variants.AsNoTracking().Include(v => v.Product).Where(v => wanted.Contains(v.Sku)).ToDictionaryAsync(v => v.Sku, ct);
    }
}
