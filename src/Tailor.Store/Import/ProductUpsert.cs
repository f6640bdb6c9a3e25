using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tailor.Domain.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Store.Import;

/// <summary>
/// Writes product drafts, whatever format they came from: products keyed on handle, variants on SKU, images on URL.
/// Nothing is deleted (a variant missing from a partial feed keeps its stock), and a product whose data did not
/// change keeps its UpdatedAt, so re-importing a file leaves the database as it was.
/// </summary>
internal sealed class ProductUpsert(TailorDbContext db, TimeProvider time) : IDraftWriter<ProductDraft>
{
    // New products are saved first, for their ids; their variants and images then go in by bulk insert.
    private readonly List<Product> created = [];
    private readonly List<(Product Product, List<Variant> Variants, List<ProductImage> Images)> newRows = [];

    public int Weight(ProductDraft draft) => 1 + draft.Variants.Count + draft.Images.Count;

    public ImportError Refused(ProductDraft draft, DbUpdateException ex) => BatchOutcome.Refusal(draft.Row, "handle", ex);

    public async Task ApplyAsync(IReadOnlyList<ProductDraft> drafts, BatchOutcome outcome, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var handles = drafts.Select(d => d.Handle).Distinct().ToList();
        var products = await db.Products.Include(p => p.Variants).Include(p => p.Images).AsSplitQuery()
            .Where(p => EF.Parameter(handles).Contains(p.Handle)).ToDictionaryAsync(p => p.Handle, StringComparer.Ordinal, ct);
        var stored = products.Values.ToList();
        var owners = await OwnersAsync(drafts, stored, ct);
        created.Clear();
        newRows.Clear();

        foreach (var draft in drafts)
        {
            if (!products.TryGetValue(draft.Handle, out var product))
            {
                if (draft.Details is null)
                {
                    // Only Shopify continuation rows lack details, and only after their product was read earlier in the file.
                    outcome.Reject(new ImportError(draft.Row, ShopifyColumns.Title, $"is required: product '{draft.Handle}' was not imported earlier"));
                    continue;
                }
                product = new Product { Handle = draft.Handle, Title = draft.Details.Title, CreatedAt = now, UpdatedAt = now };
                products[draft.Handle] = product;
                created.Add(product);
                outcome.Created(draft.Handle);
            }
            else outcome.Updated(draft.Handle);

            if (draft.Details is { } details) Describe(product, details);
            foreach (var variant in draft.Variants)
            {
                if (owners.TryGetValue(variant.Sku, out var owner) && owner != draft.Handle)
                    outcome.Reject(new ImportError(variant.Row, variant.SkuField, $"'{variant.Sku}' is already the SKU of product '{owner}'"));
                else
                {
                    owners[variant.Sku] = draft.Handle;
                    Stock(product, variant);
                }
            }
            Picture(product, draft.Images, continuation: draft.Details is null);
        }

        // Only stored products (and rows added to them) are tracked at this point: new products are added below,
        // without their rows, which SaveAsync bulk-inserts. So one DetectChanges compares just what was loaded.
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).Select(ProductIdOf).OfType<int>().ToHashSet();
        foreach (var product in stored)
            if (changed.Contains(product.Id)) db.Entry(product).Property(p => p.UpdatedAt).CurrentValue = now;
        foreach (var product in created)
        {
            newRows.Add((product, product.Variants, product.Images));
            product.Variants = [];
            product.Images = [];
        }
        db.Products.AddRange(created);
    }

    public async Task SaveAsync(CancellationToken ct)
    {
        // Products and their rows commit together (inside the caller's transaction, if there is one).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        try
        {
            // SaveChanges sends a command per row on SQLite; the many variants and images of new products go in
            // through one prepared statement each, once their product has its id.
            using var variants = new RowInserter<Variant>(db);
            using var images = new RowInserter<ProductImage>(db);
            foreach (var (product, productVariants, productImages) in newRows)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var variant in productVariants)
                {
                    variant.ProductId = product.Id;
                    variants.Insert(variant);
                }
                foreach (var image in productImages)
                {
                    image.ProductId = product.Id;
                    images.Insert(image);
                }
            }
        }
        catch (DbException ex)
        {
            // Reported like EF's own refusals, so the batch is retried product by product.
            throw new DbUpdateException($"Inserting the rows of new products failed: {ex.Message}", ex);
        }
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Which product each SKU of the batch belongs to. A SKU is unique in the store: one that belongs to another
    /// product is refused rather than moved silently. SKUs of the products just loaded are known already.
    /// </summary>
    private async Task<Dictionary<string, string>> OwnersAsync(IReadOnlyList<ProductDraft> drafts, List<Product> stored, CancellationToken ct)
    {
        var owners = stored.SelectMany(p => p.Variants, (p, v) => (v.Sku, p.Handle)).ToDictionary(o => o.Sku, o => o.Handle, StringComparer.Ordinal);
        var unknown = drafts.SelectMany(d => d.Variants, (_, v) => v.Sku).Where(sku => !owners.ContainsKey(sku)).Distinct().ToList();
        if (unknown.Count == 0) return owners;
        // One JSON parameter rather than thousands of IN parameters: the same SQL for every batch, and no parameter limit.
        var found = await db.Variants.Where(v => EF.Parameter(unknown).Contains(v.Sku))
            .Select(v => new { v.Sku, v.Product!.Handle }).ToListAsync(ct);
        foreach (var owner in found) owners[owner.Sku] = owner.Handle;
        return owners;
    }

    private static void Describe(Product product, ProductDetails details)
    {
        product.Title = details.Title;
        product.Description = details.Description;
        product.Brand = details.Brand;
        product.Category = details.Category;
        product.CategoryPath = details.CategoryPath;
        product.Gender = details.Gender;
        product.Care = details.Care;
        product.FinalSale = details.FinalSale;
        product.Tags = [.. details.Tags];
        product.Collections = [.. details.Collections];
        var attributes = product.Attributes;
        attributes.Material = details.Attributes.Material;
        attributes.Pattern = details.Attributes.Pattern;
        attributes.Fit = details.Attributes.Fit;
        attributes.Neckline = details.Attributes.Neckline;
        attributes.Sleeve = details.Attributes.Sleeve;
        attributes.Occasions = [.. details.Attributes.Occasions];
        attributes.Seasons = [.. details.Attributes.Seasons];
        attributes.Styles = [.. details.Attributes.Styles];
    }

    private void Stock(Product product, VariantDraft draft)
    {
        var variant = product.Variants.Find(v => v.Sku == draft.Sku);
        if (variant is null)
        {
            variant = new Variant { Sku = draft.Sku, ProductId = product.Id };
            product.Variants.Add(variant);
            if (product.Id != 0) db.Variants.Add(variant);
        }
        variant.Size = draft.Size;
        variant.Color = draft.Color;
        variant.Options = [.. draft.Options ?? []];
        // FamilyOf("") says "multi"; a variant with no colour has no family rather than every family.
        variant.ColorFamily = draft.Color.Length == 0 ? "" : ColorFamilies.FamilyOf(draft.Color);
        variant.Price = draft.Price;
        variant.CompareAtPrice = draft.CompareAtPrice;
        variant.Stock = draft.Stock;
    }

    private void Picture(Product product, IReadOnlyList<ImageDraft> images, bool continuation)
    {
        // A full description orders the images from 1; rows that only add images put them after those already there.
        var position = continuation ? product.Images.Select(i => i.Position).DefaultIfEmpty(0).Max() : 0;
        foreach (var draft in images)
        {
            var image = product.Images.Find(i => i.Url == draft.Url);
            if (image is null)
            {
                image = new ProductImage { Url = draft.Url, ProductId = product.Id };
                product.Images.Add(image);
                if (product.Id != 0) db.ProductImages.Add(image);
            }
            else if (continuation) continue;
            image.Alt = draft.Alt;
            image.Color = draft.Color;
            image.Position = ++position;
        }
    }

    /// <summary>The product a changed row belongs to: the product itself, a variant or image, or its owned attributes.</summary>
    private static int? ProductIdOf(EntityEntry entry) => entry.Entity switch
    {
        Product product => product.Id,
        Variant variant => variant.ProductId,
        ProductImage image => image.ProductId,
        ProductAttributes => (int?)entry.Property(nameof(Variant.ProductId)).CurrentValue,   // owned: keyed by its product
        _ => null,
    };
}

