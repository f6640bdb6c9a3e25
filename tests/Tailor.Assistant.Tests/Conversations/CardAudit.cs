using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// Checked on every turn: each product card is a real product, and its price, "was" price, colours and sizes are
/// those of its in-stock variants today (list price, or the price after an automatic promotion running now).
/// </summary>
public static class CardAudit
{
    public static async Task<List<string>> CheckAsync(TurnObservation turn, StoreFacts facts)
    {
        var failures = new List<string>();
        var automatic = (await facts.ActivePromotionsAsync()).Where(p => p.Code is null).ToList();
        foreach (var card in turn.Cards)
        {
            var product = await facts.ProductAsync(card.Handle);
            if (product is null)
            {
                failures.Add($"card '{card.Handle}' is not a product in the catalog");
                continue;
            }
            if (!string.Equals(card.Title, product.Title, StringComparison.Ordinal))
                failures.Add($"card '{card.Handle}' is titled '{card.Title}' but the product is '{product.Title}'");
            var inStock = product.Variants.Where(v => v.Stock > 0).ToList();
            if (inStock.Count == 0)
            {
                failures.Add($"card '{card.Handle}' is offered but every variant is sold out");
                continue;
            }
            if (!inStock.Any(v => PriceFits(card.Price, card.CompareAtPrice, product, v, automatic, facts.Now)))
                failures.Add($"card '{card.Handle}' shows £{card.Price}{(card.CompareAtPrice is { } was ? $" was £{was}" : "")}, which is not the price of any in-stock variant " +
                    $"(in stock: {string.Join(", ", inStock.Select(v => $"{v.Size}/{v.Color} £{v.Price}{(v.CompareAtPrice is { } c ? $" was £{c}" : "")}").Distinct().Take(12))})");
            foreach (var color in card.Colors.Where(c => !inStock.Any(v => string.Equals(v.Color, c, StringComparison.OrdinalIgnoreCase))))
                failures.Add($"card '{card.Handle}' lists colour '{color}' but no variant in that colour is in stock");
            foreach (var size in card.SizesInStock.Where(s => !inStock.Any(v => string.Equals(v.Size, s, StringComparison.OrdinalIgnoreCase))))
                failures.Add($"card '{card.Handle}' lists size '{size}' as in stock but no variant in that size is");
        }
        return failures;
    }

    /// <summary>The card's price is this variant's list price or its price after an automatic promotion; the "was" price is its own.</summary>
    private static bool PriceFits(decimal price, decimal? was, Product product, Variant variant, IReadOnlyList<Promotion> automatic, DateTimeOffset now)
    {
        var final = PriceCalculator.Quote(product, variant, automatic, now).FinalPrice;
        if (price != variant.Price && price != final) return false;
        if (was is not { } compareAt) return true;
        if (compareAt <= price) return false;
        return compareAt == variant.CompareAtPrice || (price == final && final < variant.Price && compareAt == variant.Price);
    }
}
