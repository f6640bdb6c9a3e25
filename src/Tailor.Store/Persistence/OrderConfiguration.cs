using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;

namespace Tailor.Store.Persistence;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        order.Property(o => o.Number).HasMaxLength(32);
        // "#1001", "1001" and "w2378156" are looked up by their key; a store's numbers differ in more than punctuation.
        order.HasIndex(o => o.NumberKey);
        order.Property(o => o.NumberKey).HasMaxLength(32);
        order.Property(o => o.CancellationReason).HasMaxLength(64);
        order.HasOne(o => o.Customer).WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.SetNull);
        order.OwnsOne(o => o.Payment, p => p.ToJson());
        // E-mail and delivery address are encrypted: Protection/PersonalFieldMapping.
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Shipments).WithOne().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.HasIndex(l => l.Sku);
        line.Ignore(l => l.Total);
        line.Ignore(l => l.PaidPerUnit);
        line.OwnsMany(l => l.Options, o => o.ToJson());
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> shipment)
    {
        shipment.HasIndex(s => s.TrackingNumber);
        shipment.OwnsMany(s => s.Events, e => e.ToJson());
    }
}

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> request)
    {
        request.HasIndex(r => r.Rma).IsUnique();
        request.HasIndex(r => r.OrderId);
        request.HasIndex(r => r.Status);
        request.Property(r => r.Rma).HasMaxLength(32);
        request.Property(r => r.ConfirmationId).HasMaxLength(40);
        // Two confirmations racing for the same order action create one request: the second insert fails here.
        request.HasIndex(r => new { r.OrderId, r.ConfirmationId }).IsUnique();
        request.OwnsMany(r => r.Lines, l => l.ToJson());
    }
}
