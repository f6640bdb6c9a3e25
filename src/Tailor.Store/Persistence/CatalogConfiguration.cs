using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Catalog;

namespace Tailor.Store.Persistence;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.HasIndex(p => p.Handle).IsUnique();
        product.HasIndex(p => p.Category);
        product.Property(p => p.Handle).HasMaxLength(200);
        product.Property(p => p.Title).HasMaxLength(300);
        product.Property(p => p.Category).HasMaxLength(100);
        product.OwnsOne(p => p.Attributes, a => a.ToJson());
        product.HasMany(p => p.Variants).WithOne(v => v.Product).HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        product.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        product.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        product.Ignore(p => p.MinPrice);
        product.Ignore(p => p.InStock);
    }
}

internal sealed class VariantConfiguration : IEntityTypeConfiguration<Variant>
{
    public void Configure(EntityTypeBuilder<Variant> variant)
    {
        variant.HasIndex(v => v.Sku).IsUnique();
        variant.HasIndex(v => new { v.ProductId, v.Price });
        variant.HasIndex(v => v.ColorFamily);
        variant.Property(v => v.Sku).HasMaxLength(100);
        variant.Ignore(v => v.OnSale);
        variant.OwnsMany(v => v.Options, o => o.ToJson());
    }
}

internal sealed class SizeChartConfiguration : IEntityTypeConfiguration<SizeChart>
{
    public void Configure(EntityTypeBuilder<SizeChart> chart)
    {
        chart.HasIndex(c => new { c.Category, c.Brand });
        chart.OwnsMany(c => c.Rows, row =>
        {
            row.ToJson();
            row.OwnsOne(r => r.Chest);
            row.OwnsOne(r => r.Waist);
            row.OwnsOne(r => r.Hip);
            row.OwnsOne(r => r.Inseam);
            row.OwnsOne(r => r.Foot);
        });
    }
}
