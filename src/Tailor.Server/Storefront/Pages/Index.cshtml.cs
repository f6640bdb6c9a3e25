using Tailor.Assistant.Skills.Pricing;
using Tailor.Server.Catalog;

namespace Tailor.Server.Storefront.Pages;

/// <summary>The home page: departments, categories, best-rated products in stock and the offers running now.</summary>
public sealed class IndexModel(ProductSearch search, PromotionFinder promotions) : StorefrontPage
{
    public const int Featured = 8;

    public override string WidgetPage => "home";
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public IReadOnlyList<ProductSummaryDto> Products { get; private set; } = [];
    public IReadOnlyList<PromotionOffer> Offers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Categories = await search.CategoriesAsync(ct);
        Products = (await search.SearchAsync(new ProductQuery(null, null, null, null, null, null, true, "rating", 1, Featured), ct)).Items;
        Offers = await promotions.ActiveAsync(null, ct);
    }
}
