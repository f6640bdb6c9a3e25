namespace Tailor.Domain.Catalog;

/// <summary>A product as the shopper sees it: one handle, many sellable variants.</summary>
public sealed class Product
{
    public int Id { get; set; }
    public required string Handle { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public string Brand { get; set; } = "";
    /// <summary>Slug of the leaf category, e.g. "dresses".</summary>
    public string Category { get; set; } = "";
    /// <summary>Readable path, e.g. "Women > Clothing > Dresses".</summary>
    public string CategoryPath { get; set; } = "";
    public Gender Gender { get; set; } = Gender.Unisex;
    public ProductAttributes Attributes { get; set; } = new();
    public string Care { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public List<string> Collections { get; set; } = [];
    /// <summary>Final-sale items cannot be returned, whatever the return window says.</summary>
    public bool FinalSale { get; set; }
    public List<Variant> Variants { get; set; } = [];
    public List<ProductImage> Images { get; set; } = [];
    public List<Review> Reviews { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public decimal MinPrice => Variants.Count == 0 ? 0 : Variants.Min(v => v.Price);
    public bool InStock => Variants.Any(v => v.Stock > 0);
}

public enum Gender { Women, Men, Kids, Unisex }

/// <summary>Descriptive attributes used by search filters and by the assistant's answers.</summary>
public sealed class ProductAttributes
{
    public string? Material { get; set; }
    public string? Pattern { get; set; }
    public string? Fit { get; set; }
    public string? Neckline { get; set; }
    public string? Sleeve { get; set; }
    public List<string> Occasions { get; set; } = [];
    public List<string> Seasons { get; set; } = [];
    public List<string> Styles { get; set; } = [];
}
