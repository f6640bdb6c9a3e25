using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Domain.Policies;
using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// The catalog as the tests read it, straight from the database and independently of the assistant's skills:
/// products with variants and reviews, promotions and policy pages.
/// </summary>
public sealed class StoreFacts(AssistantHost host)
{
    private readonly Dictionary<string, Product?> products = new(StringComparer.Ordinal);
    private IReadOnlyList<Promotion>? promotions;
    private IReadOnlyList<PolicyDocument>? policies;

    public DateTimeOffset Now => host.Time.GetUtcNow();

    public async Task<Product?> ProductAsync(string handle)
    {
        if (products.TryGetValue(handle, out var cached)) return cached;
        var product = await host.ReadAsync(db => db.Products.Include(p => p.Variants).Include(p => p.Reviews).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Handle == handle));
        products[handle] = product;
        return product;
    }

    public async Task<IReadOnlyList<Promotion>> PromotionsAsync() =>
        promotions ??= await host.ReadAsync(db => db.Promotions.OrderBy(p => p.Id).ToListAsync());

    public async Task<IReadOnlyList<Promotion>> ActivePromotionsAsync() =>
        (await PromotionsAsync()).Where(p => p.IsActiveAt(Now)).ToList();

    public async Task<IReadOnlyList<PolicyDocument>> PoliciesAsync() =>
        policies ??= await host.ReadAsync(db => db.Policies.OrderBy(p => p.Id).ToListAsync());

    /// <summary>
    /// A page product by selector: "first-&lt;category&gt;" (the category's first product by handle), "deal-of-the-week" (the
    /// product of the automatic Deal of the Week), "sold-out" (the first product by handle with no
    /// variant in stock); anything else is taken as a handle.
    /// </summary>
    public async Task<string> ResolveProductAsync(string selector)
    {
        const string first = "first-";
        if (selector == "deal-of-the-week")
            return (await ActivePromotionsAsync()).Single(p => p.Name == "Deal of the Week").ScopeValue!;
        if (selector == "sold-out")
            return await host.ReadAsync(db => db.Products.Where(p => p.Variants.All(v => v.Stock == 0)).OrderBy(p => p.Handle).Select(p => p.Handle).FirstAsync());
        if (!selector.StartsWith(first, StringComparison.Ordinal)) return selector;
        var category = selector[first.Length..];
        return await host.ReadAsync(db => db.Products.Where(p => p.Category == category).OrderBy(p => p.Handle).Select(p => p.Handle).FirstOrDefaultAsync())
            ?? throw new InvalidOperationException($"No product in category '{category}' for '{selector}'.");
    }
}
