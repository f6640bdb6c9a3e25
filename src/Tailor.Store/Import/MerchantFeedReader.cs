using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Tailor.Domain.Catalog;

namespace Tailor.Store.Import;

/// <summary>
/// Reads a Google Merchant Center feed, TSV or RSS/Atom XML (told apart by a leading '&lt;'). Consecutive items that
/// share an item_group_id are one product (handle = slug of item_group_id, or of id without one); each item is a
/// variant whose SKU is its id. A sale_price is what the shopper pays, the price then becomes the "was" price.
/// </summary>
internal sealed partial class MerchantFeedReader(ImportOptions options)
{
    public async IAsyncEnumerable<Parsed<ProductDraft>> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        var (stream, isXml) = await FeedSniffer.OpenAsync(input, ct);
        var items = isXml ? MerchantXmlItems.ReadAsync(stream, ct) : MerchantTsvItems.ReadAsync(stream, ct);
        await foreach (var group in ConsecutiveRows.GroupAsync(items, GroupKey, ct))
        {
            if (group.Rows.Count > 0) yield return Read(group.Rows);
            if (group.Unreadable is { } broken) yield return Parsed<ProductDraft>.Rejected(broken);
        }
    }

    private static string GroupKey(MerchantItem item) => Slug.Of(item["item_group_id"] ?? item["id"] ?? "");

    private Parsed<ProductDraft> Read(IReadOnlyList<MerchantItem> items)
    {
        var handle = GroupKey(items[0]);
        var errors = new List<ImportError>();
        var variants = new List<VariantDraft>();
        var images = new List<ImageDraft>();
        ProductDetails? details = null;
        var firstRow = items[0].Row;
        foreach (var item in items)
        {
            var check = new RowValidator(item.Row);
            var id = check.Required("id", item["id"], RowValidator.MaxSku);
            if (id is not null && handle.Length == 0) check.Fail("id", $"'{id}' has no letters or digits to make a handle from");
            else if (handle.Length > RowValidator.MaxHandle) check.Fail("item_group_id", $"is longer than {RowValidator.MaxHandle} characters");
            var title = check.Required("title", item["title"], RowValidator.MaxTitle);
            var variant = check.Variant(handle, new("id", id), new("size", item["size"]), new("color", item["color"]),
                item["sale_price"] is null ? new("price", item["price"]) : new("sale_price", item["sale_price"]),
                item["sale_price"] is null ? new("price", null) : new("price", item["price"]),
                Stock(check, item["availability"]));
            var itemDetails = title is null ? null : Details(item, title, check);
            if (variant is null || itemDetails is null || !check.IsValid)
            {
                errors.AddRange(check.Errors);
                continue;
            }
            if (details is null) (details, firstRow) = (itemDetails, item.Row);
            variants.Add(variant);
            var color = variant.Color.Length > 0 ? variant.Color : null;
            var links = item.AdditionalImages.Select(link => (Field: MerchantItem.AdditionalImageLink, Link: link));
            if (item["image_link"] is { } main) links = links.Prepend(("image_link", main));
            foreach (var (field, link) in links)
                if (check.Url(field, link, required: true) is { } url) images.Add(new ImageDraft(url, details.Title, color));
            errors.AddRange(check.Errors);
        }
        return ProductDraft.Complete(firstRow, handle, details, variants, images, "id", errors);
    }

    /// <summary>
    /// Feeds say whether an item can be bought, not how many are left: "in stock" gets
    /// <see cref="ImportOptions.AssumedStockWhenInStock"/> units, anything else none (preorders and backorders cannot ship today).
    /// </summary>
    private int? Stock(RowValidator check, string? availability)
    {
        switch (availability?.Replace('_', ' ').ToLowerInvariant())
        {
            case "in stock": return options.AssumedStockWhenInStock;
            case "out of stock" or "preorder" or "backorder": return 0;
            case null:
                check.Fail("availability", "is required");
                return null;
            default:
                check.Fail("availability", $"'{availability}' is not an availability (in stock, out of stock, preorder or backorder)");
                return null;
        }
    }

    private static ProductDetails? Details(MerchantItem item, string title, RowValidator check)
    {
        var productType = item["product_type"]?.Split(',')[0].Trim();
        var googleCategory = item["google_product_category"] is { } g && !g.All(char.IsAsciiDigit) ? g : null;
        var path = productType ?? googleCategory ?? "";
        var gender = GenderWords.IsChildAge(item["age_group"]) ? Gender.Kids
            : check.Gender("gender", item["gender"]) ?? GenderWords.Find(productType, googleCategory, title) ?? Gender.Unisex;
        var labels = Enumerable.Range(0, 5).Select(i => item[$"custom_label_{i}"]).OfType<string>();
        var tagged = TagVocabulary.Read(labels);
        var attributes = new AttributeDraft(Attribute("material", item["material"]), Attribute("pattern", item["pattern"]),
            null, null, null, [], [], []).Over(tagged.Attributes);
        return new ProductDetails(ProductTitle(title, item["color"], item["size"]), HtmlText.ToPlainText(item["description"]),
            item["brand"] ?? "", CategoryNames.Normalize(CategoryNames.Leaf(path)), path, gender, attributes, "",
            tagged.Tags, tagged.Collections, tagged.FinalSale);
    }

    private static string? Attribute(string kind, string? value) => value is null ? null : TagVocabulary.Canonical(kind, value);

    /// <summary>Item titles often end with the variant ("Linen Dress - Navy - M"); the product's title should not.</summary>
    private static string ProductTitle(string title, string? color, string? size)
    {
        // Size, colour, size: strips "Dress - Navy - M" as well as "Dress - M - Navy".
        foreach (var option in new[] { size, color, size })
        {
            if (option is null || VariantSuffix().Match(title) is not { Success: true } suffix) continue;
            if (suffix.Groups[1].Value.Equals(option, StringComparison.OrdinalIgnoreCase) && suffix.Index > 0) title = title[..suffix.Index].TrimEnd();
        }
        return title;
    }

    [GeneratedRegex(@"\s*(?:[-–|,/]\s*|\()([^-–|,/()]+?)\)?\s*$")]
    private static partial Regex VariantSuffix();
}
