using System.Globalization;
using System.Text.RegularExpressions;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// "The reply states the product's X", with X read from the catalog: title, brand, material, care, description,
/// sizes_in_stock, colors_in_stock, colors_all, price, final_price, rating, review_count, fit.
/// </summary>
public static class FocusChecks
{
    public static async Task<List<string>> CheckAsync(IReadOnlyList<string> aspects, TurnObservation turn, StoreFacts facts)
    {
        var handle = turn.After.Focus ?? turn.PageProduct;
        if (handle is null || await facts.ProductAsync(handle) is not { } p) return [$"no product in focus to check {string.Join(", ", aspects)} against"];
        var text = turn.Text;
        var failures = new List<string>();
        var inStock = p.Variants.Where(v => v.Stock > 0).ToList();
        foreach (var aspect in aspects)
        {
            string? failure = aspect switch
            {
                "title" => Says(text, p.Title),
                "brand" => Says(text, p.Brand),
                "material" => p.Attributes.Material is { } material ? Says(text, material) : "the product has no material to state",
                "care" => Says(text, p.Care),
                "description" => Says(text, p.Description),
                "sizes_in_stock" => Missing(text, inStock.Select(v => v.Size).Distinct()),
                "colors_in_stock" => Missing(text, inStock.Select(v => v.Color).Distinct()),
                "colors_all" => Missing(text, p.Variants.Select(v => v.Color).Distinct()),
                "price" => FigureAudit.Money(text).Any(m => p.Variants.Any(v => v.Price == m)) ? null : "no price of the product is stated",
                "final_price" => await FinalPriceAsync(text, p, facts),
                "rating" => p.Reviews.Count == 0 ? "the product has no reviews"
                    : Says(text, Math.Round(p.Reviews.Average(r => r.Rating), 1).ToString("0.#", CultureInfo.InvariantCulture)),
                "review_count" => Regex.IsMatch(text, $@"\b{p.Reviews.Count} reviews?\b") ? null : $"the review count ({p.Reviews.Count}) is not stated",
                "fit" => Fit(text, p.Reviews),
                _ => throw new InvalidDataException($"Unknown about_focus aspect '{aspect}'."),
            };
            if (failure is not null) failures.Add($"about {p.Handle}: {aspect}: {failure}");
        }
        return failures;
    }

    private static string? Says(string text, string fact) =>
        text.Contains(fact.Trim(), StringComparison.OrdinalIgnoreCase) ? null : $"\"{fact}\" is not stated";

    private static string? Missing(string text, IEnumerable<string> values)
    {
        var missing = values.Where(v => !Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(v)}(?![\w-])", RegexOptions.IgnoreCase)).ToList();
        return missing.Count == 0 ? null : $"missing {string.Join(", ", missing)}";
    }

    private static async Task<string?> FinalPriceAsync(string text, Product p, StoreFacts facts)
    {
        var active = await facts.ActivePromotionsAsync();
        var finals = p.Variants.Where(v => v.Stock > 0).Select(v => Tailor.Domain.Promotions.PriceCalculator.Quote(p, v, active, facts.Now).FinalPrice).ToHashSet();
        return FigureAudit.Money(text).Any(finals.Contains) ? null : $"none of today's prices ({string.Join(", ", finals.Order().Take(6))}) is stated";
    }

    /// <summary>The reviewers' verdict in words and its share: "runs small" with 62%, as the reviews give it.</summary>
    private static string? Fit(string text, IReadOnlyCollection<Review> reviews)
    {
        if (reviews.Count == 0) return "the product has no reviews";
        var (small, right, large) = (reviews.Count(r => r.Fit == FitFeedback.Small), reviews.Count(r => r.Fit == FitFeedback.TrueToSize), reviews.Count(r => r.Fit == FitFeedback.Large));
        var (words, count) = small > right && small > large ? ("runs small", small) : large > right && large > small ? ("runs large", large) : ("true to size", right);
        var exact = 100.0 * count / reviews.Count;
        var shares = new[] { Math.Floor(exact), Math.Ceiling(exact) };
        if (!text.Contains(words, StringComparison.OrdinalIgnoreCase)) return $"the verdict \"{words}\" is not stated";
        return shares.Any(s => text.Contains($"{s}%", StringComparison.Ordinal)) ? null : $"the share {exact:0.#}% of {reviews.Count} reviews is not stated";
    }
}
