namespace Tailor.Store.Import;

/// <summary>Choices an import makes where the file is silent, and how much it writes at once.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// Units given to an item a feed calls "in stock" without saying how many: Merchant Center feeds never carry a
    /// quantity, and Shopify leaves it empty for untracked inventory. Enough for the assistant to offer the item,
    /// without pretending to know the warehouse.
    /// </summary>
    public int AssumedStockWhenInStock { get; init; } = 10;

    /// <summary>Products, customers or orders written per SaveChanges; each batch is looked up in one query and then forgotten.</summary>
    public int BatchSize { get; init; } = 500;
}
