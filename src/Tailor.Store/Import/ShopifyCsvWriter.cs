using System.Globalization;
using System.Net;
using CsvHelper;
using Tailor.Domain.Catalog;
using C = Tailor.Store.Import.ShopifyColumns;

namespace Tailor.Store.Import;

/// <summary>
/// Writes products in the shape of Shopify's product CSV export: the product on its first row, then continuation
/// rows (handle only) for further variants and images. Attributes, collections and final sale travel as tags
/// ("material:linen", "collection:summer", "final-sale"), which the importer reads back. Used for round trips and the
/// import benchmark.
/// </summary>
public static class ShopifyCsvWriter
{
    private static readonly Dictionary<string, int> Column =
        C.Export.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);

    public static void Write(TextWriter writer, IEnumerable<Product> products)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(C.Export);
        var row = new string[C.Export.Length];
        foreach (var product in products)
        {
            var hasSize = product.Variants.Any(v => v.Size.Length > 0);
            var hasColor = product.Variants.Any(v => v.Color.Length > 0);
            var rows = Math.Max(1, Math.Max(product.Variants.Count, product.Images.Count));
            var images = product.Images.OrderBy(i => i.Position).ToList();
            for (var i = 0; i < rows; i++)
            {
                Array.Fill(row, "");
                Set(row, C.Handle, product.Handle);
                if (i == 0) Describe(row, product, hasSize, hasColor);
                if (i < product.Variants.Count)
                {
                    Sell(row, product.Variants[i], hasSize, hasColor);
                    // The image of the variant's colour, which is how Shopify records what colour an image shows.
                    if (images.Find(image => string.Equals(image.Color, product.Variants[i].Color, StringComparison.OrdinalIgnoreCase)) is { } pictured)
                        Set(row, C.VariantImage, pictured.Url);
                }
                if (i < images.Count)
                {
                    Set(row, C.ImageSrc, images[i].Url);
                    Set(row, C.ImagePosition, (i + 1).ToString(CultureInfo.InvariantCulture));
                    Set(row, C.ImageAlt, images[i].Alt);
                }
                foreach (var field in row) csv.WriteField(field);
                csv.EndRecord();
            }
        }
    }

    private static void Describe(string[] row, Product product, bool hasSize, bool hasColor)
    {
        Set(row, C.Title, product.Title);
        Set(row, C.Body, string.Concat(product.Description.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>")));
        Set(row, C.Vendor, product.Brand);
        Set(row, C.ProductCategory, product.CategoryPath);
        Set(row, C.Type, product.Category);
        Set(row, C.Tags, string.Join(", ", Tags(product)));
        Set(row, C.Published, "TRUE");
        Set(row, C.OptionName[0], hasSize ? "Size" : hasColor ? "Color" : "Title");
        if (hasSize && hasColor) Set(row, C.OptionName[1], "Color");
        Set(row, C.GiftCard, "FALSE");
        Set(row, C.GoogleGender, product.Gender switch { Gender.Women => "female", Gender.Men => "male", _ => "unisex" });
        Set(row, C.GoogleAgeGroup, product.Gender == Gender.Kids ? "kids" : "adult");
        Set(row, C.Care, product.Care);
        Set(row, C.Status, "active");
    }

    private static void Sell(string[] row, Variant variant, bool hasSize, bool hasColor)
    {
        Set(row, C.OptionValue[0], hasSize ? variant.Size : hasColor ? variant.Color : "Default Title");
        if (hasSize && hasColor) Set(row, C.OptionValue[1], variant.Color);
        Set(row, C.Sku, variant.Sku);
        Set(row, C.Grams, "0");
        Set(row, C.InventoryTracker, "shopify");
        Set(row, C.InventoryQty, variant.Stock.ToString(CultureInfo.InvariantCulture));
        Set(row, C.InventoryPolicy, "deny");
        Set(row, C.FulfillmentService, "manual");
        Set(row, C.Price, variant.Price.ToString("0.00", CultureInfo.InvariantCulture));
        Set(row, C.CompareAtPrice, variant.CompareAtPrice?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
        Set(row, C.RequiresShipping, "TRUE");
        Set(row, C.Taxable, "TRUE");
        Set(row, C.WeightUnit, "kg");
    }

    private static IEnumerable<string> Tags(Product product)
    {
        var a = product.Attributes;
        IEnumerable<(string Key, string? Value)> pairs =
        [
            ("material", a.Material), ("pattern", a.Pattern), ("fit", a.Fit), ("neckline", a.Neckline), ("sleeve", a.Sleeve),
            .. a.Occasions.Select(o => ("occasion", (string?)o)), .. a.Seasons.Select(s => ("season", (string?)s)),
            .. a.Styles.Select(s => ("style", (string?)s)), .. product.Collections.Select(c => ("collection", (string?)c)),
        ];
        IEnumerable<string> tags = [.. product.Tags, .. pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}:{p.Value}")];
        if (product.FinalSale) tags = tags.Append("final-sale");
        // Commas separate Shopify tags, so a value cannot contain one.
        return tags.Select(t => t.Replace(',', ' '));
    }

    private static void Set(string[] row, string column, string value) => row[Column[column]] = value;
}
