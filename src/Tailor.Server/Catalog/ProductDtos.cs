using Tailor.Domain.Catalog;

namespace Tailor.Server.Catalog;

/// <summary>A product in a result list.</summary>
public sealed record ProductSummaryDto(
    string Handle, string Title, string Brand, string Category, string Gender,
    decimal Price, decimal? CompareAtPrice, string Currency, string? ImageUrl, string Url,
    IReadOnlyList<string> Colors, IReadOnlyList<string> SizesInStock, double Rating, int ReviewCount);

/// <summary>A page of products with the total number that matched.</summary>
public sealed record ProductPageDto(IReadOnlyList<ProductSummaryDto> Items, int Page, int PageSize, int Total);

/// <summary>A product with everything a product page or the assistant needs.</summary>
public sealed record ProductDetailDto(
    string Handle, string Title, string Description, string Brand, string Category, string CategoryPath, string Gender,
    ProductAttributes Attributes, string Care, IReadOnlyList<string> Tags, IReadOnlyList<string> Collections, bool FinalSale,
    string Currency, string Url, IReadOnlyList<VariantDto> Variants, IReadOnlyList<ImageDto> Images, ReviewSummaryDto Reviews);

/// <param name="Options">The store's other named options ("Fit: Petite", "Length: Long"), beside size and colour.</param>
public sealed record VariantDto(string Sku, string Size, string Color, string ColorFamily, decimal Price, decimal? CompareAtPrice, int Stock,
    IReadOnlyList<VariantOption> Options);

public sealed record ImageDto(string Url, string Alt, string? Color);

/// <summary>Rating and fit shares from reviews: "runs small according to 62% of 48 reviews".</summary>
public sealed record ReviewSummaryDto(int Count, double AverageRating, int PercentSmall, int PercentTrueToSize, int PercentLarge, string FitVerdict);

/// <summary>A category with how many products it holds.</summary>
public sealed record CategoryDto(string Slug, string Name, IReadOnlyList<string> Paths, IReadOnlyList<string> Genders, int ProductCount);

internal static class ProductMapping
{
    public static ProductSummaryDto ToSummary(Product product, string currency, double rating, int reviewCount)
    {
        var cheapest = product.Variants.OrderBy(v => v.Price).FirstOrDefault();
        return new ProductSummaryDto(
            product.Handle, product.Title, product.Brand, product.Category, product.Gender.ToString().ToLowerInvariant(),
            cheapest?.Price ?? 0, cheapest?.OnSale == true ? cheapest.CompareAtPrice : null, currency,
            product.Images.OrderBy(i => i.Position).FirstOrDefault()?.Url, ProductLinks.UrlOf(product.Handle),
            product.Variants.Select(v => v.Color).Distinct().ToList(),
            product.Variants.Where(v => v.Stock > 0).Select(v => v.Size).Distinct().ToList(),
            rating, reviewCount);
    }

    public static ProductDetailDto ToDetail(Product product, string currency)
    {
        var fit = FitSummary.Of(product.Reviews);
        return new ProductDetailDto(
            product.Handle, product.Title, product.Description, product.Brand, product.Category, product.CategoryPath,
            product.Gender.ToString().ToLowerInvariant(), product.Attributes, product.Care, product.Tags, product.Collections,
            product.FinalSale, currency, ProductLinks.UrlOf(product.Handle),
            product.Variants.OrderBy(v => v.Id)
                .Select(v => new VariantDto(v.Sku, v.Size, v.Color, v.ColorFamily, v.Price, v.OnSale ? v.CompareAtPrice : null, v.Stock, v.Options))
                .ToList(),
            product.Images.OrderBy(i => i.Position).Select(i => new ImageDto(i.Url, i.Alt, i.Color)).ToList(),
            new ReviewSummaryDto(fit.Reviews, fit.AverageRating, fit.PercentSmall, fit.PercentTrueToSize, fit.PercentLarge,
                fit.Verdict switch { FitFeedback.Small => "runs small", FitFeedback.Large => "runs large", _ => "true to size" }));
    }
}
