using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Skills.Policies;
using Tailor.Assistant.Skills.Pricing;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Llm;

/// <summary>
/// The skills the model may call while wording an answer, as typed functions: product search, product facts, today's
/// price, policy passages and the status of an order this conversation may already see. They only read: cancelling,
/// changing, returning, exchanging and handing over go through the flows and their confirmation turn, never a tool.
/// No tool takes personal data, so nothing masked ever needs restoring for the model's sake.
/// </summary>
public sealed class LlmTools(
    ProductSearchSkill search, ProductFactsReader products, PromotionFinder prices, PolicyAnswerer policies, OrderAccess access, TailorDbContext db)
{
    private const int MaxProducts = 5;

    /// <summary>The functions for one answer; what they return is collected as facts of the turn for the grounding check.</summary>
    public ToolSession Session(Turn? turn = null)
    {
        var facts = new StringBuilder();
        T Noted<T>(T result)
        {
            facts.Append(' ').Append(JsonSerializer.Serialize(result, Conversations.ChatEngine.Json));
            return result;
        }
        IList<AITool> functions =
        [
            AIFunctionFactory.Create(async ([Description("What the shopper is looking for, in words")] string query,
                    [Description("Catalog category, if named")] string? category, [Description("Highest price")] decimal? maxPrice, CancellationToken ct) =>
                Noted((await search.SearchAsync(new SearchConstraints { Category = category, MaxPrice = maxPrice, Terms = Words(query) }, 0, MaxProducts, ct))
                    .Products.Select(p => new ToolProduct(p.Handle, p.Title, p.Price, p.CompareAtPrice, p.Colors, p.SizesInStock)).ToList()),
                "search_products", "Find products in the catalog; returns handles, titles, prices and sizes in stock."),
            AIFunctionFactory.Create(async ([Description("Product handle")] string handle, CancellationToken ct) =>
                Noted(await products.GetAsync(handle, ct)), "product_facts", "Material, care, fit, sizes and stock of one product."),
            AIFunctionFactory.Create(async ([Description("Product handle")] string handle, [Description("Promo code the shopper gave")] string? code,
                    [Description("Size")] string? size, CancellationToken ct) =>
                Noted(await prices.QuoteAsync(handle, code, size, null, ct)), "product_price", "Today's price of a product, with promotions and a code."),
            AIFunctionFactory.Create(async ([Description("The policy question")] string question, CancellationToken ct) =>
                Noted(await policies.AnswerAsync(question, null, ct)), "policy_passage", "The passage of the store's policies that answers a question."),
            AIFunctionFactory.Create(async ([Description("Order number")] string number, CancellationToken ct) =>
                Noted(await OrderStatusAsync(turn, number, ct)), "order_status",
                "Status of an order this conversation is already verified for; otherwise says the shopper must verify in the order flow."),
        ];
        return new ToolSession(functions, facts);
    }

    private async Task<ToolOrder> OrderStatusAsync(Turn? turn, string number, CancellationToken ct)
    {
        if (turn is null || !await access.IsOpenAsync(turn, number, ct)) return new ToolOrder(number, Verified: false, null, null, null);
        var order = await db.Orders.AsNoTracking().Include(o => o.Shipments).FirstOrDefaultAsync(o => o.Number == number, ct);
        var shipment = order?.Shipments.OrderByDescending(s => s.ShippedAt).FirstOrDefault();
        return new ToolOrder(number, Verified: order is not null, order?.Status.ToString(), shipment?.Carrier, shipment?.EstimatedDelivery);
    }

    private static IReadOnlyList<string> Words(string query) =>
        query.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
}

/// <summary>The functions offered for one answer and the facts they have returned so far.</summary>
public sealed class ToolSession(IList<AITool> functions, StringBuilder facts)
{
    public IList<AITool> Functions => functions;
    public string Facts => facts.ToString();
}

public sealed record ToolProduct(string Handle, string Title, decimal Price, decimal? CompareAtPrice, IReadOnlyList<string> Colors, IReadOnlyList<string> SizesInStock);

/// <summary>An order as the order_status tool gives it: nothing but the number unless the conversation may see it.</summary>
public sealed record ToolOrder(string Number, bool Verified, string? Status, string? Carrier, DateOnly? EstimatedDelivery);
