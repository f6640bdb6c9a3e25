namespace Tailor.Domain.Catalog;

/// <summary>An image of a product, optionally of one colour.</summary>
public sealed class ProductImage
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public required string Url { get; set; }
    public string Alt { get; set; } = "";
    public string? Color { get; set; }
    public int Position { get; set; }
}
