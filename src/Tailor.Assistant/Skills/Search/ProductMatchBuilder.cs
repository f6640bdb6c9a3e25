using System.Globalization;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Turns a ranked product and its freshly read variants into what the shopper is offered, or nothing when those
/// variants no longer satisfy the search (sold out or repriced since the snapshot).
/// </summary>
/// <param name="includeSoldOut">Offer a product whose wanted variants are all sold out (the shop lists it as such).</param>
internal sealed class ProductMatchBuilder(CatalogSnapshot snapshot, SearchConstraints constraints, VariantRule rule, SearchText text, bool includeSoldOut = false)
{
    public ProductMatch? Build(Ranked ranked, FreshProduct fresh)
    {
        var satisfying = fresh.Variants.Where(rule.Satisfies).ToList();
        if (satisfying.Count == 0 && includeSoldOut) satisfying = fresh.Variants.Where(rule.SatisfiesIgnoringStock).ToList();
        if (satisfying.Count == 0) return null;
        var cheapest = satisfying.MinBy(v => v.Price)!;
        var colors = satisfying.Select(v => v.Color).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // All sizes in stock in the wanted colours (and price range): "also in S and L" is useful when M was asked for.
        var sizes = fresh.Variants
            .Where(v => v.Stock > 0 && colors.Contains(v.Color, StringComparer.OrdinalIgnoreCase) && rule.PriceAllowed(v.Price) && rule.SaleAllowed(v.OnSale))
            .Select(v => v.Size).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var image = fresh.Images.FirstOrDefault(i => string.Equals(i.Color, colors[0], StringComparison.OrdinalIgnoreCase)) ?? fresh.Images.FirstOrDefault();
        ref readonly var product = ref snapshot.Products[ranked.Index];
        var rating = product.ReviewCount == 0 ? 0 : Math.Round(product.RatingSum / product.ReviewCount, 1);
        return new ProductMatch(
            fresh.Handle, fresh.Title, snapshot.Brands[product.Brand], snapshot.Categories[product.Category], product.Gender,
            (decimal)cheapest.Price, cheapest.OnSale ? (decimal)cheapest.CompareAtPrice!.Value : null,
            colors, sizes, rating, product.ReviewCount, image?.Url, Math.Round(ranked.Score, 4),
            Reasons(product, fresh.Title, satisfying, colors, cheapest, rating));
    }

    private List<string> Reasons(in SnapshotProduct product, string title, List<VariantRow> satisfying, List<string> colors, VariantRow cheapest, double rating)
    {
        var reasons = new List<string>();
        var material = Value(snapshot.Materials, product.Material);
        var pattern = Value(snapshot.Patterns, product.Pattern);
        var fit = Value(snapshot.Fits, product.Fit);

        // The catalog word each search word found ("lin" → "linen"), when it is in the title or attributes.
        var words = $"{title} {material} {pattern} {fit}".ToLowerInvariant().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in text.Tokens)
            if (words.FirstOrDefault(w => w.StartsWith(token, StringComparison.Ordinal)) is { } word) reasons.Add(word);

        if (constraints.Materials.Count > 0 && material is not null) reasons.Add(material);
        if (constraints.Patterns.Count > 0 && pattern is not null) reasons.Add(pattern);
        if (constraints.Fits.Count > 0 && fit is not null) reasons.Add($"{fit} fit");
        reasons.AddRange(Asked(constraints.Occasions, snapshot.Occasions, product.Occasions).Select(o => $"for {o}"));
        reasons.AddRange(Asked(constraints.Seasons, snapshot.Seasons, product.Seasons));
        reasons.AddRange(Asked(constraints.Styles, snapshot.Styles, product.Styles));
        if (rule.AsksColor) reasons.Add(string.Join(" or ", colors.Take(2)));

        if (rule.AsksSize)
        {
            var size = satisfying[0].Size;
            var stock = satisfying.Sum(v => v.Stock);
            reasons.Add(stock <= 3 ? $"only {stock} left in {size}" : $"in stock in {size}");
        }
        if (cheapest.OnSale)
        {
            var was = cheapest.CompareAtPrice!.Value;
            reasons.Add($"{Math.Round(100 * (was - cheapest.Price) / was):0}% off");
        }
        if (product.ReviewCount >= 3 && rating >= 4.0)
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{rating:0.0}★ from {product.ReviewCount} reviews"));
        return reasons.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? Value(Vocabulary vocabulary, int code) => code >= 0 ? vocabulary[code] : null;

    // The product's values among those the shopper asked for, as the catalog spells them.
    private IEnumerable<string> Asked(IReadOnlyList<string> wanted, Vocabulary vocabulary, CodeRange codes) =>
        wanted.Count == 0 ? [] : codes.Of(snapshot.AttributeCodes).ToArray().Select(c => vocabulary[c])
            .Where(value => wanted.Any(w => CatalogValues.Names(value, w)));
}
