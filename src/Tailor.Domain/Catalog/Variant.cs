namespace Tailor.Domain.Catalog;

/// <summary>A sellable size × colour (× the store's other options) of a product, with its own SKU, price and stock.</summary>
public sealed class Variant
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public required string Sku { get; set; }
    public string Size { get; set; } = "";
    public string Color { get; set; } = "";
    public string ColorFamily { get; set; } = "";
    /// <summary>The store's other named options ("Fit: Petite", "Length: Long"); empty for size-and-colour products.</summary>
    public List<VariantOption> Options { get; set; } = [];
    public decimal Price { get; set; }
    /// <summary>The "was" price; only meaningful when higher than <see cref="Price"/>.</summary>
    public decimal? CompareAtPrice { get; set; }
    public int Stock { get; set; }

    public bool OnSale => CompareAtPrice is { } was && was > Price;
}
