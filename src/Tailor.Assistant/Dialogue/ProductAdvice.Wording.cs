using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Pricing;
using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Dialogue;

/// <summary>How product facts are put into words; every figure is read from the facts, quote or estimate passed in.</summary>
public sealed partial class ProductAdvice
{
    /// <summary>Delivery estimates are for the store's home country until the shopper's country is known.</summary>
    private string DeliveryCountry => settings.Shipping.FirstOrDefault()?.Country ?? "GB";

    private ProductCard Card(ProductFacts p) => new(
        p.Handle, p.Title, p.PriceFrom, p.Variants.Where(v => v.OnSale && v.Price == p.PriceFrom).Select(v => v.CompareAtPrice).FirstOrDefault(),
        settings.Currency, p.ImageUrl, p.Url, p.ColorsInStock, p.SizesInStock, RatingText(p));

    private static string Money(Turn turn, decimal amount) => turn.Reply.Money(amount);

    private static string PriceText(Turn turn, ProductFacts p) => p.PriceFrom == p.PriceTo
        ? Money(turn, p.PriceFrom)
        : $"from {Money(turn, p.PriceFrom)} to {Money(turn, p.PriceTo)}";

    private static string ListOrNone(IReadOnlyList<string> items) => items.Count == 0 ? "none right now" : ConstraintsDescriber.Join(items);

    private static string RatingText(ProductFacts p) => p.Fit.Reviews == 0 ? "No reviews yet."
        : $"Rated {p.Fit.AverageRating:0.#}/5 from {p.Fit.Reviews} review{(p.Fit.Reviews == 1 ? "" : "s")}.";

    private static string Verdict(FitSummary fit) => fit.Verdict switch
    {
        FitFeedback.Small => "runs small",
        FitFeedback.Large => "runs large",
        _ => "fits true to size",
    };

    private static int VerdictShare(FitSummary fit) => fit.Verdict switch
    {
        FitFeedback.Small => fit.PercentSmall,
        FitFeedback.Large => fit.PercentLarge,
        _ => fit.PercentTrueToSize,
    };

    private static string FitAdvice(FitSummary fit) => fit.Verdict switch
    {
        FitFeedback.Small => "If you're between sizes, consider one size up.",
        FitFeedback.Large => "If you're between sizes, consider one size down.",
        _ => "Your usual size should be right.",
    };

    private static void Stock(Turn turn, ProductFacts p, string? size, string? color)
    {
        if (!p.InStock)
        {
            turn.Reply.Say("product_stock_none", ("title", p.Title));
            return;
        }
        if (size is null)
        {
            turn.Reply.Say("product_stock_all", ("title", p.Title), ("sizes", ConstraintsDescriber.Join(p.SizesInStock)));
            return;
        }
        var matching = p.Variants.Where(v => VariantMatch.SameSize(size, v.Size)
            && (color is null || v.ColorFamily == color || string.Equals(v.Color, color, StringComparison.OrdinalIgnoreCase))).ToList();
        var colorText = color is null ? "" : $" in {color}";
        var available = matching.Where(v => v.InStock).ToList();
        if (available.Count > 0)
            turn.Reply.Say("product_stock_yes", ("title", p.Title), ("size", available[0].Size), ("color_text", colorText),
                ("stock_text", StockText(available)));
        else
            turn.Reply.Say("product_stock_no", ("title", p.Title), ("size", size), ("color_text", colorText), ("sizes", ConstraintsDescriber.Join(p.SizesInStock)));
    }

    private static string StockText(IReadOnlyList<VariantFact> available)
    {
        var colors = ConstraintsDescriber.Join(available.Select(v => v.Color).Distinct().ToList());
        var low = available.Where(v => v.Stock <= 3).ToList();
        return low.Count == available.Count ? $"only {available.Sum(v => v.Stock)} left, in {colors}" : $"in {colors}";
    }

    private static void Delivery(Turn turn, DeliveryEstimate? estimate)
    {
        if (estimate is null)
        {
            turn.Reply.Say("policy_unknown");
            return;
        }
        var cost = estimate.FreeOver is { } free
            ? $"{Money(turn, estimate.StandardCost)}, free over {Money(turn, free)}"
            : Money(turn, estimate.StandardCost);
        turn.Reply.Say("product_delivery", ("zone", estimate.ZoneName), ("carrier", estimate.Carrier), ("earliest", estimate.EarliestStandard),
            ("latest", estimate.LatestStandard), ("cost_text", cost), ("express_date", estimate.Express), ("express_cost", estimate.ExpressCost));
    }

    private static void Measurements(Turn turn, ProductFacts p, string? size)
    {
        var row = p.SizeChart?.Rows.FirstOrDefault(r => size is not null && VariantMatch.SameSize(size, r.Size)) ?? p.SizeChart?.Rows.FirstOrDefault();
        var parts = row is null ? [] : new[]
        {
            row.GarmentLength is { } length ? $"length {length:0.#} cm" : null,
            row.GarmentChestWidth is { } chest ? $"chest width {chest:0.#} cm" : null,
            row.GarmentWaistWidth is { } waist ? $"waist width {waist:0.#} cm" : null,
        }.OfType<string>().ToArray();
        if (row is null || parts.Length == 0)
            turn.Reply.Say("product_measurements_none", ("title", p.Title));
        else
            turn.Reply.Say("product_measurements", ("title", p.Title), ("size", row.Size), ("measurements", string.Join(", ", parts)));
    }

    private static string ComparisonRows(Turn turn, ProductComparison c)
    {
        string Price(PriceRange r) => r.From == r.To ? Money(turn, r.From) : $"{Money(turn, r.From)}–{Money(turn, r.To)}";
        string Rating(ReviewVerdict r) => r.Reviews == 0 ? "no reviews" : $"{r.AverageRating:0.#}★ ({r.Reviews})";
        return string.Join("; ", new[]
        {
            $"{c.First.Title} {Price(c.Price.First)} vs {c.Second.Title} {Price(c.Price.Second)}",
            $"material {c.Material.First ?? "n/a"} vs {c.Material.Second ?? "n/a"}",
            $"fit {c.Fit.First ?? "n/a"} vs {c.Fit.Second ?? "n/a"}",
            $"rating {Rating(c.Reviews.First)} vs {Rating(c.Reviews.Second)}",
            $"sizes in stock {ListOrNone(c.SizesInStock.First)} vs {ListOrNone(c.SizesInStock.Second)}",
        });
    }

    private static string ComparisonVerdict(ProductComparison c)
    {
        string Name(ComparisonSide side) => side == ComparisonSide.First ? c.First.Title : c.Second.Title;
        var cheaper = c.Cheaper is ComparisonSide.First or ComparisonSide.Second ? $"The {Name(c.Cheaper)} is cheaper." : "They cost the same.";
        var rated = c.BetterRated is ComparisonSide.First or ComparisonSide.Second ? $" Reviewers rate the {Name(c.BetterRated)} higher." : "";
        return cheaper + rated;
    }

    private static string Refusal(Turn turn, CodeRefusal refusal) => refusal.Reason switch
    {
        CodeRefusalReason.Unknown => "I don't recognise that code",
        CodeRefusalReason.Expired => "it has expired",
        CodeRefusalReason.NotStarted => "it hasn't started yet",
        CodeRefusalReason.MinimumSpendNotMet => refusal.AmountMissing is { } missing
            ? $"it needs a minimum spend; add {Money(turn, missing)} more to your basket" : "it needs a higher minimum spend",
        CodeRefusalReason.NotValidForProduct => "it's limited to other products",
        CodeRefusalReason.OtherOfferApplied => "a better offer already applies",
        _ => "it doesn't apply",
    };

    private static string Describe(Turn turn, PromotionOffer offer)
    {
        var amount = offer.Kind == DiscountKind.PercentOff ? $"{offer.Value:0.#}% off" : $"{Money(turn, offer.Value)} off";
        var scope = offer.Scope switch
        {
            PromotionScope.Category => $" {offer.ScopeValue}",
            PromotionScope.Collection => $" the {offer.ScopeValue} collection",
            PromotionScope.Product => " one product",
            _ => " everything",
        };
        var code = offer.Code is null ? " (automatic)" : $" with code {offer.Code}";
        return $"{offer.Name}: {amount}{scope}{code}";
    }
}
