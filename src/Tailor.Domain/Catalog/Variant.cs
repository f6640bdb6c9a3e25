namespace Tailor.Domain.Catalog;

/// <summary>A sellable size × colour of a product, with its own SKU, price and stock.</summary>
public sealed class Variant
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public required string Sku { get; set; }
    public string Size { get; set; } = "";
    public string Color { get; set; } = "";
    public string ColorFamily { get; set; } = "";
    public decimal Price { get; set; }
    /// <summary>The "was" price; only meaningful when higher than <see cref="Price"/>.</summary>
    public decimal? CompareAtPrice { get; set; }
    public int Stock { get; set; }

    public bool OnSale => CompareAtPrice is { } was && was > Price;
}
