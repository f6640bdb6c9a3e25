using Tailor.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store.Import;

/// <summary>
/// Writes order drafts keyed on order number. Lines are resolved against the catalog by SKU (title, handle, size,
/// colour, category, and the price when the file has none), so an unknown SKU rejects the order; totals are
/// recalculated. Lines are matched by position and shipments by tracking number, so a re-import keeps their ids.
/// </summary>
internal sealed class OrderUpsert(TailorDbContext db) : IDraftWriter<OrderDraft>
{
    private sealed record CatalogEntry(string Sku, string Handle, string Title, string Size, string Color, List<VariantOption> Options, string Category, decimal Price);

    private sealed record CustomerEntry(int Id, string ExternalId, string Email);

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public int Weight(OrderDraft draft) => 1 + draft.Lines.Count + draft.Shipments.Count;

    public ImportError Refused(OrderDraft draft, DbUpdateException ex) => BatchOutcome.Refusal(draft.Row, "number", ex);

    public async Task ApplyAsync(IReadOnlyList<OrderDraft> drafts, BatchOutcome outcome, CancellationToken ct)
    {
        var numbers = drafts.Select(d => d.Number).Distinct().ToList();
        var orders = await db.Orders.Include(o => o.Lines.OrderBy(l => l.Id)).Include(o => o.Shipments).AsSplitQuery()
            .Where(o => numbers.Contains(o.Number)).ToDictionaryAsync(o => o.Number, StringComparer.Ordinal, ct);
        var skus = drafts.SelectMany(d => d.Lines, (_, l) => l.Sku).Distinct().ToList();
        var catalog = await db.Variants.AsNoTracking().Where(v => skus.Contains(v.Sku))
            .Select(v => new CatalogEntry(v.Sku, v.Product!.Handle, v.Product.Title, v.Size, v.Color, v.Options, v.Product.Category, v.Price))
            .ToDictionaryAsync(v => v.Sku, StringComparer.Ordinal, ct);
        var ids = drafts.Select(d => d.CustomerExternalId).OfType<string>().Distinct().ToList();
        var emails = drafts.Select(d => d.Email).OfType<string>().Distinct().ToList();
        var hashes = emails.Select(db.LookupHash).ToList<string?>();
        var customers = await db.Customers.Where(c => ids.Contains(c.ExternalId) || hashes.Contains(EF.Property<string?>(c, LookupHashes.EmailColumn)))
            .Select(c => new CustomerEntry(c.Id, c.ExternalId, c.Email)).ToListAsync(ct);

        foreach (var draft in drafts)
        {
            var unknown = draft.Lines.Where(l => !catalog.ContainsKey(l.Sku)).ToList();
            foreach (var line in unknown)
                outcome.Reject(new ImportError(draft.Row, line.SkuField, $"'{line.Sku}' is not a SKU in the catalog; import the products first"));
            var customer = draft.CustomerExternalId is { } id
                ? customers.Find(c => c.ExternalId == id)
                : customers.Find(c => string.Equals(c.Email, draft.Email, StringComparison.OrdinalIgnoreCase));
            if (draft.CustomerExternalId is not null && customer is null)
                outcome.Reject(new ImportError(draft.Row, "customerExternalId", $"'{draft.CustomerExternalId}' is not a customer; import the customers first"));
            if (unknown.Count > 0 || (draft.CustomerExternalId is not null && customer is null)) continue;

            if (!orders.TryGetValue(draft.Number, out var order))
            {
                order = new Order { Number = draft.Number, Email = draft.Email ?? customer!.Email };
                db.Orders.Add(order);
                orders[draft.Number] = order;
                outcome.Created(draft.Number);
            }
            else outcome.Updated(draft.Number);
            Update(order, draft, customer, catalog);
        }
        db.ChangeTracker.DetectChanges();
    }

    private static void Update(Order order, OrderDraft draft, CustomerEntry? customer, Dictionary<string, CatalogEntry> catalog)
    {
        order.CustomerId = customer?.Id;
        order.Email = draft.Email ?? customer!.Email;
        order.Status = draft.Status;
        order.Currency = draft.Currency;
        order.PlacedAt = draft.PlacedAt;
        order.PromotionCode = draft.PromotionCode;
        if (order.Payment != draft.Payment) order.Payment = draft.Payment;
        if (draft.ShippingAddress is { } address && order.ShippingAddress != address) order.ShippingAddress = address;
        order.ShippedAt = draft.ShippedAt ?? draft.Shipments.Select(s => (DateTimeOffset?)s.ShippedAt).Min();
        order.DeliveredAt = draft.DeliveredAt ?? (draft.Shipments.Count > 0 && draft.Shipments.All(s => s.DeliveredAt is not null)
            ? draft.Shipments.Max(s => s.DeliveredAt) : null);
        order.CancelledAt = draft.CancelledAt;
        order.UpdatedAt = draft.UpdatedAt ?? draft.LastEvent;

        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = i < order.Lines.Count ? order.Lines[i] : null;
            if (line is null)
            {
                line = new OrderLine { Sku = draft.Lines[i].Sku };
                order.Lines.Add(line);
            }
            Describe(line, draft.Lines[i], catalog[draft.Lines[i].Sku]);
        }
        if (order.Lines.Count > draft.Lines.Count) order.Lines.RemoveRange(draft.Lines.Count, order.Lines.Count - draft.Lines.Count);
        order.RecalculateTotals(draft.ShippingCost);

        foreach (var shipped in draft.Shipments)
        {
            var shipment = order.Shipments.Find(s => s.TrackingNumber == shipped.TrackingNumber);
            if (shipment is null)
            {
                shipment = new Shipment { Carrier = shipped.Carrier, TrackingNumber = shipped.TrackingNumber };
                order.Shipments.Add(shipment);
            }
            shipment.Carrier = shipped.Carrier;
            shipment.TrackingUrl = shipped.TrackingUrl;
            shipment.ShippedAt = shipped.ShippedAt;
            shipment.EstimatedDelivery = shipped.EstimatedDelivery;
            shipment.DeliveredAt = shipped.DeliveredAt;
            if (!shipment.Events.SequenceEqual(shipped.Events)) shipment.Events = [.. shipped.Events];
        }
    }

    private static void Describe(OrderLine line, OrderLineDraft draft, CatalogEntry product)
    {
        line.Sku = draft.Sku;
        line.ProductHandle = product.Handle;
        line.Title = product.Title;
        line.Size = product.Size;
        line.Color = product.Color;
        line.Options = [.. product.Options];
        line.Category = product.Category;
        line.Quantity = draft.Quantity;
        line.UnitPrice = draft.UnitPrice ?? product.Price;
        line.Discount = draft.Discount;
        if (draft.ReturnedQuantity is { } returned) line.ReturnedQuantity = returned;
    }
}
