using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;

namespace Tailor.Server.Catalog;

/// <summary>
/// Reads GET /api/products (and the shop's search box) the way the chat reads a shopper: <c>q</c> goes through the
/// chat's entity recognizer, so "red dress" means colour red and category dresses, and the words it does not know
/// rank the results. The explicit parameters win over what <c>q</c> says.
/// </summary>
internal static class ShopperQuery
{
    public static SearchConstraints Constraints(ProductQuery query, EntityRecognizer? recognizer)
    {
        var read = string.IsNullOrWhiteSpace(query.Q) ? SearchConstraints.Empty
            : recognizer?.Recognize(query.Q).Constraints ?? new SearchConstraints { Terms = query.Terms };
        var color = query.Color?.Trim();
        return read with
        {
            Category = string.IsNullOrWhiteSpace(query.Category) ? read.Category : query.Category.Trim().ToLowerInvariant(),
            Gender = query.GenderValue ?? read.Gender,
            Colors = string.IsNullOrEmpty(color) ? read.Colors : [color],
            ExcludedColors = string.IsNullOrEmpty(color) ? read.ExcludedColors : [],
            Size = string.IsNullOrWhiteSpace(query.Size) ? read.Size : query.Size.Trim(),
            MinPrice = query.MinPrice ?? read.MinPrice,
            MaxPrice = query.MaxPrice ?? read.MaxPrice,
            Sort = string.IsNullOrWhiteSpace(query.Sort) ? read.Sort : SortOf(query.SortOrder),
        };
    }

    /// <summary>Sold-out products are listed (after the others) unless <c>inStock=true</c>.</summary>
    public static ProductSearchOptions Options(ProductQuery query) =>
        new(IncludeSoldOut: query.InStock != true, ByName: query.SortOrder == "title");

    private static SearchSort SortOf(string sort) => sort switch
    {
        "price-asc" => SearchSort.PriceLowToHigh,
        "price-desc" => SearchSort.PriceHighToLow,
        "newest" => SearchSort.Newest,
        "rating" => SearchSort.BestRated,
        _ => SearchSort.Relevance,
    };
}
