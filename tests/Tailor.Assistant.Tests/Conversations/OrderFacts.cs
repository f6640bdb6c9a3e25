using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Customers.Email;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// Orders for scripts, found by what they are rather than by number, straight from the database. <c>emma-…</c> are the
/// demo customer's orders, which the generator always makes (one per situation, placed at fixed times before today:
/// pending, processing, shipped, delivered, cancelled, partially-returned, delivered-long-ago, returned, newest first).
/// The others are searched for and claimed: each is handed to one script only, so scripts that change orders never
/// meet, whatever order they run in. A selector resolves once per host and keeps its number after the order changes.
/// </summary>
public sealed partial class OrderFacts(AssistantHost host)
{
    public const string DemoCustomer = "cus_000001";
    private static readonly string[] EmmasOrders =
        ["pending", "processing", "shipped", "delivered", "cancelled", "partially-returned", "delivered-long-ago", "returned"];

    private static readonly ConcurrentDictionary<AssistantHost, ConcurrentDictionary<string, string>> Resolved = new();

    private ConcurrentDictionary<string, string> Numbers => Resolved.GetOrAdd(host, _ => new ConcurrentDictionary<string, string>());

    // A placeholder keeps its first value for the whole script: "another size" stays the size asked for after the swap.
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    /// <summary>
    /// Replaces {order:…}, {email:…}, {postcode:…}, {line:…} (the title of its first line not yet sent back),
    /// {in-stock-size:…} / {sold-out-size:…} (another size of that line in its colour), {other-variant:…} ("size 12" or
    /// "in Black": another variant of the first line in stock) and {rma:…} (its first return) in a script string.
    /// </summary>
    public async Task<string> FillAsync(string text)
    {
        var result = text;
        foreach (Match match in Placeholder().Matches(text))
        {
            // A code is read from the mailbox each time: a new one may have been sent since.
            if (match.Groups["kind"].Value is "code" or "wrong-code")
            {
                result = result.Replace(match.Value, await CodeAsync(match.Groups["selector"].Value, match.Groups["kind"].Value == "wrong-code"), StringComparison.Ordinal);
                continue;
            }
            if (!values.TryGetValue(match.Value, out var value))
                values[match.Value] = value = await ValueAsync(match.Groups["kind"].Value, match.Groups["selector"].Value);
            result = result.Replace(match.Value, value, StringComparison.Ordinal);
        }
        return result;
    }

    /// <summary>
    /// The one-time code last e-mailed to the order's address, as the development sender wrote it to the data folder;
    /// or, for a wrong code, the same code with its first digit changed.
    /// </summary>
    public async Task<string> CodeAsync(string selector, bool wrong = false)
    {
        var order = await OrderAsync(await NumberAsync(selector));
        // One shopper may have several orders, and other scripts may be mailing codes for them right now.
        var mail = host.Services.GetRequiredService<DevelopmentEmailSender>().LatestTo(order.Email, m => m.Subject.Contains(order.Number, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No e-mail was sent to the address on {order.Number}.");
        var code = CodeInMail().Match(mail.Body) is { Success: true } found ? found.Value
            : throw new InvalidOperationException($"The e-mail to the address on {order.Number} has no code: {mail.Body}");
        return wrong ? (char)('0' + (code[0] - '0' + 1) % 10) + code[1..] : code;
    }

    /// <summary>A selector's order number (a literal "TL-…" is itself).</summary>
    public async Task<string> NumberAsync(string selector)
    {
        if (OrderNumber.TryNormalize(selector, out var literal) && selector.StartsWith("TL", StringComparison.OrdinalIgnoreCase)) return literal;
        if (Numbers.TryGetValue(selector, out var known)) return known;
        var number = await FindAsync(selector) ?? throw new InvalidOperationException($"No order in the demo store fits '{selector}'.");
        if (Numbers.Values.Contains(number) && !selector.StartsWith("emma-", StringComparison.Ordinal))
            throw new InvalidOperationException($"'{selector}' found {number}, already claimed by another selector.");
        return Numbers.GetOrAdd(selector, number);
    }

    public Task<Order> OrderAsync(string number) => host.ReadAsync(db => db.Orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.Shipments)
        .SingleAsync(o => o.Number == number));

    private async Task<string> ValueAsync(string kind, string selector)
    {
        if (kind == "order") return await NumberAsync(selector);
        var order = await OrderAsync(await NumberAsync(selector));
        return kind switch
        {
            "email" => order.Email,
            "postcode" => order.ShippingAddress.PostalCode,
            "in-stock-size" => await SizeAsync(order, inStock: true),
            "sold-out-size" => await SizeAsync(order, inStock: false),
            "other-variant" => await OtherVariantAsync(order),
            "line" => order.Lines.OrderBy(l => l.Id).First(l => l.ReturnedQuantity < l.Quantity).Title,
            "rma" => await host.ReadAsync(db => db.Returns.Where(r => r.OrderId == order.Id).OrderBy(r => r.Id).Select(r => r.Rma).FirstAsync()),
            _ => throw new InvalidDataException($"Unknown placeholder kind '{kind}'."),
        };
    }

    // Another size of the order's only returnable line, same colour, in stock (or sold out) for its units.
    private Task<string> SizeAsync(Order order, bool inStock) => host.ReadAsync(async db =>
    {
        var line = order.Lines.OrderBy(l => l.Id).First(l => l.ReturnedQuantity < l.Quantity);
        var variants = await db.Variants.Where(v => v.Product!.Handle == line.ProductHandle && v.Color == line.Color && v.Sku != line.Sku)
            .OrderBy(v => v.Id).ToListAsync();
        return variants.First(v => inStock ? v.Stock >= line.Quantity : v.Stock == 0).Size;
    });

    // "size 12" when another size in the line's colour is in stock, else "in Black" for another colour in its size.
    private Task<string> OtherVariantAsync(Order order) => host.ReadAsync(async db =>
    {
        var line = order.Lines.OrderBy(l => l.Id).First();
        var others = await db.Variants.Where(v => v.Product!.Handle == line.ProductHandle && v.Sku != line.Sku && v.Stock >= line.Quantity)
            .OrderBy(v => v.Id).ToListAsync();
        return others.FirstOrDefault(v => v.Color == line.Color) is { } size ? $"size {size.Size}" : $"in {others.First(v => v.Size == line.Size).Color}";
    });

    private async Task<string?> FindAsync(string selector)
    {
        if (selector.StartsWith("emma-", StringComparison.Ordinal)) return await EmmaAsync(selector["emma-".Length..]);
        var settings = host.Settings;
        var windowStart = host.Time.GetUtcNow().AddDays(-settings.Returns.WindowDays + 1);
        var excluded = settings.Returns.ExcludedCategories.Select(c => c.ToLowerInvariant()).ToList();
        var taken = Numbers.Values.ToHashSet();
        var candidates = await host.ReadAsync(async db =>
        {
            var emma = await db.Customers.Where(c => c.ExternalId == DemoCustomer).Select(c => c.Id).SingleAsync();
            var finalSale = (await db.Products.Where(p => p.FinalSale).Select(p => p.Handle).ToListAsync()).ToHashSet();
            var orders = await db.Orders.AsSplitQuery().Include(o => o.Lines)
                .Where(o => o.CustomerId != emma && !db.Returns.Any(r => r.OrderId == o.Id)).OrderBy(o => o.Number).ToListAsync();
            var stock = await db.Variants.Select(v => new { v.Sku, v.Size, v.Color, v.Stock, Handle = v.Product!.Handle }).ToListAsync();
            bool Returnable(OrderLine l) => !finalSale.Contains(l.ProductHandle) && !excluded.Contains(l.Category.ToLowerInvariant()) && l.ReturnedQuantity < l.Quantity;
            bool OtherSize(OrderLine l, Func<int, bool> fits) =>
                stock.Any(v => v.Handle == l.ProductHandle && v.Color == l.Color && v.Sku != l.Sku && fits(v.Stock));
            bool RecentlyDelivered(Order o) => o.Status == OrderStatus.Delivered && o.DeliveredAt >= windowStart;
            return orders.Where(o => selector switch
            {
                "returnable-two-lines" => RecentlyDelivered(o) && o.Lines.Count(Returnable) >= 2,
                // Two returnable items with different titles, so "the other item" can be told from the first by its title.
                "returnable-two-titles" => RecentlyDelivered(o) && o.Lines.Where(Returnable).Select(l => l.Title).Distinct().Count() == 2
                    && o.Lines.Count(Returnable) == 2,
                "with-excluded-item" => RecentlyDelivered(o) && o.Lines.Any(l => !Returnable(l)),
                "exchangeable" or "exchangeable-two" => RecentlyDelivered(o) && o.Lines.Count(Returnable) == 1 && o.Lines.Where(Returnable).All(l => OtherSize(l, s => s >= l.Quantity)),
                "exchangeable-with-sold-out-size" => RecentlyDelivered(o) && o.Lines.Count(Returnable) == 1
                    && o.Lines.Where(Returnable).All(l => OtherSize(l, s => s == 0) && OtherSize(l, s => s >= l.Quantity)),
                "returnable" => RecentlyDelivered(o) && o.Lines.Any(Returnable),
                "returnable-one-line" => RecentlyDelivered(o) && o.Lines.Count(Returnable) == 1,
                // Not one the exchange selectors want, so adding it did not change which orders they get.
                // Preferably not one the exchange selectors want (see the ordering below), so adding it did not change which orders they get.
                "returnable-by-guest" => RecentlyDelivered(o) && o.Lines.Count(Returnable) == 1,
                "shipped" => o.Status == OrderStatus.Shipped,
                "delivered" or "lockout" => o.Status == OrderStatus.Delivered,
                _ => throw new InvalidDataException($"Unknown order selector '{selector}'."),
            }).OrderBy(o => selector == "returnable-by-guest" && o.Lines.Where(Returnable).All(l => OtherSize(l, s => s >= l.Quantity)))
                .Select(o => o.Number).ToList();
        });
        return candidates.FirstOrDefault(n => !taken.Contains(n));
    }

    private Task<string?> EmmaAsync(string which)
    {
        var index = Array.IndexOf(EmmasOrders, which);
        if (index < 0) throw new InvalidDataException($"Unknown order selector 'emma-{which}'; known: {string.Join(", ", EmmasOrders)}.");
        return host.ReadAsync(db => db.Orders.Where(o => o.Customer!.ExternalId == DemoCustomer).OrderByDescending(o => o.PlacedAt)
            .Select(o => o.Number).Skip(index).FirstOrDefaultAsync());
    }

    [GeneratedRegex(@"(?<![\w-])\d{6}(?!\w)")]
    private static partial Regex CodeInMail();

    [GeneratedRegex(@"\{(?<kind>order|email|postcode|line|in-stock-size|sold-out-size|other-variant|rma|code|wrong-code):(?<selector>[a-z0-9-]+|TL-\d+)\}")]
    private static partial Regex Placeholder();
}
