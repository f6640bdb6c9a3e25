using Tailor.Domain.Catalog;

namespace Tailor.Store.Import;

/// <summary>
/// A product as a feed describes it, validated and ready to upsert: the same shape whatever the format, so that one
/// <see cref="ProductUpsert"/> writes them all. <see cref="Row"/> is where the product starts in the file.
/// </summary>
internal sealed record ProductDraft(
    int Row, string Handle, ProductDetails? Details, IReadOnlyList<VariantDraft> Variants, IReadOnlyList<ImageDraft> Images)
{
    /// <summary>
    /// The rules every format applies once a product's rows are read: each image once, and no new product without
    /// a variant to sell. <paramref name="details"/> is null for rows that only add variants or images to a product
    /// the file described earlier.
    /// </summary>
    public static Parsed<ProductDraft> Complete(int row, string handle, ProductDetails? details, List<VariantDraft> variants,
        IEnumerable<ImageDraft> images, string variantsField, List<ImportError> errors)
    {
        var distinct = images.DistinctBy(i => i.Url, StringComparer.Ordinal).ToList();
        if (details is not null && variants.Count == 0)
        {
            errors.Add(new ImportError(row, variantsField, "has no valid variant, so the product was not imported"));
            return Parsed<ProductDraft>.Rejected(errors);
        }
        if (details is null && variants.Count == 0 && distinct.Count == 0) return Parsed<ProductDraft>.Rejected(errors);
        return new Parsed<ProductDraft>(new ProductDraft(row, handle, details, variants, distinct), errors);
    }
}

/// <summary>The product-level fields of a draft: the file is the truth for all of them.</summary>
internal sealed record ProductDetails(
    string Title, string Description, string Brand, string Category, string CategoryPath, Gender Gender,
    AttributeDraft Attributes, string Care, IReadOnlyList<string> Tags, IReadOnlyList<string> Collections, bool FinalSale);

/// <summary>A sellable variant from one row (or JSON element); <see cref="SkuField"/> names the SKU as the file does, for errors found when writing.</summary>
internal sealed record VariantDraft(
    int Row, string SkuField, string Sku, string Size, string Color, decimal Price, decimal? CompareAtPrice, int Stock, IReadOnlyList<VariantOption>? Options = null)
{
    /// <summary>A stable SKU for a variant the file gave none: the same handle and options always give the same SKU.</summary>
    public static string DeriveSku(string handle, string size, string color, IEnumerable<VariantOption>? options = null)
    {
        var others = string.Join(' ', (options ?? []).Select(o => o.Value));
        var sku = Slug.Of($"{handle} {size} {color} {others}".TrimEnd());
        if (sku.Length <= RowValidator.MaxSku) return sku;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sku)))[..8];
        return $"{sku[..(RowValidator.MaxSku - 9)]}-{hash}";
    }
}

/// <summary>An image of the product, optionally of one colour; its place in the draft's list is its position.</summary>
internal sealed record ImageDraft(string Url, string Alt, string? Color);

/// <summary>Descriptive attributes of a draft; lists are lowercase and distinct.</summary>
internal sealed record AttributeDraft(
    string? Material, string? Pattern, string? Fit, string? Neckline, string? Sleeve,
    IReadOnlyList<string> Occasions, IReadOnlyList<string> Seasons, IReadOnlyList<string> Styles)
{
    public static readonly AttributeDraft None = new(null, null, null, null, null, [], [], []);

    /// <summary>These attributes, with gaps filled and lists extended from <paramref name="fallback"/> (e.g. what the tags say).</summary>
    public AttributeDraft Over(AttributeDraft fallback) => new(
        Material ?? fallback.Material, Pattern ?? fallback.Pattern, Fit ?? fallback.Fit,
        Neckline ?? fallback.Neckline, Sleeve ?? fallback.Sleeve,
        [.. Occasions.Union(fallback.Occasions)], [.. Seasons.Union(fallback.Seasons)], [.. Styles.Union(fallback.Styles)]);
}

/// <summary>A field's name as the file gives it, and its raw text.</summary>
internal readonly record struct FieldText(string Name, string? Text);

/// <summary>The checks every format makes on a variant row, so a price or a stock figure is judged the same everywhere.</summary>
internal static class VariantRules
{
    /// <summary>The variant, or null when the row is rejected (the validator says why). A missing SKU is derived, silently.</summary>
    public static VariantDraft? Variant(this RowValidator row, string handle,
        FieldText sku, FieldText size, FieldText color, FieldText price, FieldText compareAt, int? stock,
        IReadOnlyList<(string Field, VariantOption Option)>? options = null)
    {
        var cleanSize = row.Optional(size.Name, size.Text, RowValidator.MaxOption) ?? "";
        var cleanColor = row.Optional(color.Name, color.Text, RowValidator.MaxOption) ?? "";
        var others = (options ?? []).Select(o => (o.Field, Name: row.Optional(o.Field, o.Option.Name, RowValidator.MaxOption), Value: row.Optional(o.Field, o.Option.Value, RowValidator.MaxOption)))
            .Where(o => o.Name is not null && o.Value is not null).Select(o => new VariantOption { Name = o.Name!, Value = o.Value! }).ToList();
        if (others.Count > VariantOption.MaxPerProduct)
            row.Fail(options![0].Field, $"gives more than {VariantOption.MaxPerProduct} options for one variant");
        var finalSku = row.Optional(sku.Name, sku.Text, RowValidator.MaxSku) ?? VariantDraft.DeriveSku(handle, cleanSize, cleanColor, others);
        var finalPrice = row.Price(price.Name, price.Text, required: true);
        var was = row.Price(compareAt.Name, compareAt.Text, required: false);
        if (!row.IsValid || finalPrice is null || stock is null) return null;
        return new VariantDraft(row.Row, sku.Name, finalSku, cleanSize, cleanColor, finalPrice.Value, was, stock.Value, others);
    }
}
