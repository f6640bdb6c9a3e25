using System.Globalization;
using System.Text.RegularExpressions;
using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// "No invented figures", checked on every turn: each money amount and percentage in the reply text must come from
/// somewhere real. Money: a price, "was" price or promotion price of a product shown or in focus, a figure of the
/// store settings or policy pages, a figure of a promotion the reply names, or a budget the shopper typed (or the
/// "cheaper than" bound the engine derives from prices it showed), or an amount of an order the turn is about (its
/// totals, refunds and price differences, see <see cref="OrderFigures"/>). Percentages: a fit share of a product in play (shown, on screen or in focus)
/// (from its reviews), a promotion the reply names, or a policy page.
/// </summary>
public static partial class FigureAudit
{
    [GeneratedRegex(@"£\s?(?<amount>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<pence>\d{1,2}))?")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?<value>\d+(?:\.\d+)?)\s?%")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex NumberPattern();

    public static IEnumerable<decimal> Money(string text) => MoneyPattern().Matches(text).Select(m =>
        decimal.Parse(m.Groups["amount"].Value.Replace(",", "", StringComparison.Ordinal) + (m.Groups["pence"].Success ? "." + m.Groups["pence"].Value : ""),
            CultureInfo.InvariantCulture));

    public static IEnumerable<decimal> Percents(string text) =>
        PercentPattern().Matches(text).Select(m => decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    /// <param name="orderFigures">Amounts of the orders the turn is about (<see cref="OrderFigures"/>).</param>
    public static async Task<List<string>> CheckAsync(TurnObservation turn, StoreFacts facts, StoreSettings settings, IReadOnlySet<decimal>? orderFigures = null)
    {
        var failures = new List<string>();
        var money = Money(turn.Text).Distinct().ToList();
        var percents = Percents(turn.Text).Distinct().ToList();
        if (money.Count == 0 && percents.Count == 0) return failures;

        var (allowedMoney, allowedPercents) = await AllowedAsync(turn, facts, settings);
        if (orderFigures is not null) allowedMoney.UnionWith(orderFigures);
        foreach (var amount in money.Where(a => !allowedMoney.Contains(a)))
            failures.Add($"reply states £{amount}, which is no price, promotion, store or policy figure in play and not a budget the shopper gave");
        foreach (var percent in percents.Where(p => !allowedPercents.Contains(p)))
            failures.Add($"reply states {percent}%, which is no fit share, promotion or policy figure in play");
        return failures;
    }

    private static async Task<(HashSet<decimal> Money, HashSet<decimal> Percents)> AllowedAsync(TurnObservation turn, StoreFacts facts, StoreSettings settings)
    {
        var money = new HashSet<decimal>();
        var percents = new HashSet<decimal>();
        var text = turn.Text;

        // Promotions the reply names, by name or code.
        var all = await facts.PromotionsAsync();
        var named = all.Where(p => text.Contains(p.Name, StringComparison.OrdinalIgnoreCase)
            || (p.Code is not null && Regex.IsMatch(text, $@"\b{Regex.Escape(p.Code)}\b", RegexOptions.IgnoreCase))).ToList();
        foreach (var promotion in named)
        {
            (promotion.Kind == DiscountKind.AmountOff ? money : percents).Add(promotion.Value);
            if (promotion.MinimumSpend is { } minimum) money.Add(minimum);
            money.UnionWith(Money(promotion.Name + " " + promotion.Description));
            percents.UnionWith(Percents(promotion.Name + " " + promotion.Description));
        }

        // Products in play: shown this turn, on screen from the turn before (a question answered for each one shown),
        // in focus before or after, or the page's product.
        var handles = turn.Cards.Select(c => c.Handle).Concat(turn.Before.Results.TakeLast(4))
            .Append(turn.Before.Focus).Append(turn.After.Focus).Append(turn.PageProduct)
            .OfType<string>().Distinct(StringComparer.Ordinal);
        var active = await facts.ActivePromotionsAsync();
        var codes = active.Where(p => p.Code is not null && (named.Contains(p) || string.Equals(p.Code, turn.After.PromoCode, StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.Code).Prepend(null).ToList();
        foreach (var handle in handles)
        {
            if (await facts.ProductAsync(handle) is not { } product) continue;
            foreach (var variant in product.Variants)
            {
                money.Add(variant.Price);
                if (variant.CompareAtPrice is { } was) money.Add(was);
                foreach (var code in codes)
                    money.Add(PriceCalculator.Quote(product, variant, active, facts.Now, code).FinalPrice);
                // "Add £X more to your basket": the shortfall against a named promotion's minimum spend.
                foreach (var minimum in named.Select(p => p.MinimumSpend).OfType<decimal>())
                    if (minimum > variant.Price) money.Add(minimum - variant.Price);
            }
            percents.UnionWith(FitShares(product.Reviews));
            var copy = product.Description + " " + string.Join(" ", product.Reviews.Select(r => r.Text));
            money.UnionWith(Money(copy));
            percents.UnionWith(Percents(copy));
        }

        // The store's own terms and pages.
        foreach (var zone in settings.Shipping)
        {
            money.Add(zone.StandardCost);
            money.Add(zone.ExpressCost);
            if (zone.FreeOver is { } free) money.Add(free);
        }
        money.Add(settings.Returns.ReturnFee);
        money.Add(settings.Returns.InternationalReturnFee);
        foreach (var page in await facts.PoliciesAsync())
        {
            money.UnionWith(Money(page.Markdown));
            percents.UnionWith(Percents(page.Markdown));
        }

        // Budgets: a price bound of the search is a figure when the shopper typed it, or when the engine derived it from
        // prices it had shown ("cheaper" = under the cheapest shown).
        var typed = new HashSet<decimal>();
        foreach (var message in turn.Memory.ShopperMessages)
            foreach (Match number in NumberPattern().Matches(message))
                if (decimal.TryParse(number.Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    typed.Add(value);
        money.UnionWith(turn.Memory.PriceBounds.Where(b => typed.Contains(b) || turn.Memory.DerivedBounds.Contains(b)));
        return (money, percents);
    }

    /// <summary>Every share a fair rounding of "k of n reviews" could give, for small, true to size and large.</summary>
    private static IEnumerable<decimal> FitShares(IReadOnlyCollection<Review> reviews)
    {
        if (reviews.Count == 0) yield break;
        foreach (var fit in Enum.GetValues<FitFeedback>())
        {
            var exact = 100.0 * reviews.Count(r => r.Fit == fit) / reviews.Count;
            yield return (decimal)Math.Floor(exact);
            yield return (decimal)Math.Ceiling(exact);
        }
    }
}
