namespace Tailor.Domain.Orders;

/// <summary>One bought variant: what was paid for it is frozen at order time.</summary>
public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public required string Sku { get; set; }
    public string ProductHandle { get; set; } = "";
    public string Title { get; set; } = "";
    public string Size { get; set; } = "";
    public string Color { get; set; } = "";
    /// <summary>The variant's other named options when bought ("Fit: Petite"), beside its size and colour.</summary>
    public List<Catalog.VariantOption> Options { get; set; } = [];
    public string Category { get; set; } = "";
    public int Quantity { get; set; } = 1;
    /// <summary>Price per unit before the line discount.</summary>
    public decimal UnitPrice { get; set; }
    /// <summary>Total discount on the line (all units).</summary>
    public decimal Discount { get; set; }
    public int ReturnedQuantity { get; set; }

    public decimal Total => UnitPrice * Quantity - Discount;
    /// <summary>What one unit actually cost after its share of the discount: the refund amount per unit.</summary>
    public decimal PaidPerUnit => Quantity == 0 ? 0 : Math.Round(Total / Quantity, 2);
}
