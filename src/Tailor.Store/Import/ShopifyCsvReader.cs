using System.Globalization;
using System.Runtime.CompilerServices;
using Tailor.Domain.Catalog;
using C = Tailor.Store.Import.ShopifyColumns;

namespace Tailor.Store.Import;

/// <summary>
/// Reads Shopify's product CSV export. The rows of one handle make one product: the first carries the product
/// (title, body, vendor, tags, option names), every row may carry a variant (option values, SKU, price, stock)
/// and an image. Drafts, archived products and gift cards are skipped, and say so.
/// </summary>
internal sealed class ShopifyCsvReader(ImportOptions options)
{
    // Option kinds per handle already read: rows of a handle that come back later in the file add to that product.
    private readonly Dictionary<string, (OptionKind[] Kinds, string?[] Names)> seen = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<Parsed<ProductDraft>> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = DelimitedTable.ReadAsync(input, ',', C.Read, [C.Handle], "a Shopify product export", ct);
        await foreach (var group in ConsecutiveRows.GroupAsync(rows, r => r[C.Handle] ?? "", ct))
        {
            if (group.Rows.Count > 0) yield return Read(group.Rows);
            if (group.Unreadable is { } broken) yield return Parsed<ProductDraft>.Rejected(broken);
        }
    }

    private Parsed<ProductDraft> Read(IReadOnlyList<TableRow> rows)
    {
        var first = rows[0];
        var product = new RowValidator(first.Row);
        var handle = product.Handle(C.Handle, first[C.Handle]);
        if (handle is null) return Parsed<ProductDraft>.Rejected(product.Errors);
        if (NotForSale(first) is { } skipped) return Parsed<ProductDraft>.Rejected(skipped);

        ProductDetails? details = null;
        OptionKind[] kinds;
        string?[] names;
        if (first[C.Title] is null)
        {
            if (!seen.TryGetValue(handle, out var known))
            {
                product.Fail(C.Title, $"is required for a new product, so the {rows.Count} row(s) of '{handle}' were not imported");
                return Parsed<ProductDraft>.Rejected(product.Errors);
            }
            (kinds, names) = known;
        }
        else
        {
            details = Details(first, product);
            if (details is null) return Parsed<ProductDraft>.Rejected(product.Errors);
            kinds = [.. C.OptionName.Select(name => OptionNames.KindOf(first[name]))];
            names = [.. C.OptionName.Select(name => first[name])];
        }

        var errors = new List<ImportError>();
        var variants = new List<VariantDraft>();
        var images = new List<(int Position, int Row, string Url, string Alt)>();
        // A variant's image is the picture of its colour: that is how a Shopify export says what colour an image shows.
        var colorOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var check = new RowValidator(row.Row);
            if (IsVariant(row) && Variant(row, handle, kinds, names, check) is { } variant)
            {
                variants.Add(variant);
                if (check.Url(C.VariantImage, row[C.VariantImage], required: false) is { } url)
                {
                    if (variant.Color.Length > 0) colorOf.TryAdd(url, variant.Color);
                    images.Add((int.MaxValue, row.Row, url, ""));
                }
            }
            if (check.Url(C.ImageSrc, row[C.ImageSrc], required: false) is { } src)
            {
                var position = int.TryParse(row[C.ImagePosition], CultureInfo.InvariantCulture, out var p) ? p : int.MaxValue;
                images.Add((position, row.Row, src, row[C.ImageAlt] ?? ""));
            }
            errors.AddRange(check.Errors);
        }

        var pictures = images.OrderBy(i => i.Position).ThenBy(i => i.Row)
            .Select(i => new ImageDraft(i.Url, i.Alt, colorOf.GetValueOrDefault(i.Url)));
        var parsed = ProductDraft.Complete(first.Row, handle, details, variants, pictures, C.Price, errors);
        if (parsed.Draft is { Details: not null }) seen[handle] = (kinds, names);
        return parsed;
    }

    private static ProductDetails? Details(TableRow first, RowValidator check)
    {
        var title = check.Required(C.Title, first[C.Title], RowValidator.MaxTitle);
        var tagged = TagVocabulary.Read(List(first[C.Tags]));
        var path = first[C.ProductCategory] ?? first[C.Type] ?? "";
        var category = CategoryNames.Normalize(first[C.Type] ?? CategoryNames.Leaf(first[C.ProductCategory]));
        var gender = GenderWords.IsChildAge(first[C.GoogleAgeGroup]) ? Gender.Kids
            : check.Gender(C.GoogleGender, first[C.GoogleGender])
              ?? GenderWords.Find([.. tagged.Tags, first[C.ProductCategory], first[C.Type], title])
              ?? Gender.Unisex;
        if (title is null || !check.IsValid) return null;
        return new ProductDetails(title, HtmlText.ToPlainText(first[C.Body]), first[C.Vendor] ?? "", category, path, gender,
            tagged.Attributes, first[C.Care] ?? "", tagged.Tags, [.. tagged.Collections.Union(List(first[C.Collection]))], tagged.FinalSale);
    }

    private VariantDraft? Variant(TableRow row, string handle, OptionKind[] kinds, string?[] names, RowValidator check)
    {
        var sizes = new List<string>();
        var others = new List<(string, VariantOption)>();
        FieldText size = new(C.OptionValue[0], null), color = new(C.OptionValue[0], null);
        for (var i = 0; i < kinds.Length; i++)
        {
            var value = row[C.OptionValue[i]];
            if (value is null) continue;
            if (kinds[i] == OptionKind.Size) { sizes.Add(value); size = new FieldText(C.OptionValue[i], null); }
            else if (kinds[i] == OptionKind.Color && color.Text is null) color = new FieldText(C.OptionValue[i], value);
            // Any other named option ("Fit", "Switch type") is kept as the store named it.
            else if (kinds[i] == OptionKind.Other && names[i] is { } name) others.Add((C.OptionValue[i], new VariantOption { Name = name, Value = value }));
        }
        // Jeans sold by waist and length have two size options: "30/32" is the size a shopper asks for.
        size = size with { Text = sizes.Count == 0 ? null : string.Join("/", sizes) };
        // Shopify leaves the quantity empty when it does not track a variant's inventory: it is always available.
        var untracked = row.Columns.Has(C.InventoryTracker) && row[C.InventoryTracker] is null;
        var stock = check.Stock(C.InventoryQty, row[C.InventoryQty], untracked ? options.AssumedStockWhenInStock : 0);
        return check.Variant(handle, new(C.Sku, row[C.Sku]), size, color,
            new(C.Price, row[C.Price]), new(C.CompareAtPrice, row[C.CompareAtPrice]), stock, others);
    }

    private static bool IsVariant(TableRow row) =>
        row[C.Sku] is not null || row[C.Price] is not null || row[C.InventoryQty] is not null || row[C.OptionValue[0]] is not null;

    /// <summary>Why a product is not imported although nothing is wrong with it: it is not on sale in the store.</summary>
    private static ImportError? NotForSale(TableRow first)
    {
        if (first[C.Status] is { } status && !status.Equals("active", StringComparison.OrdinalIgnoreCase))
            return new ImportError(first.Row, C.Status, $"is '{status}': only active products are imported");
        if (first[C.Status] is null && first[C.Published] is { } published && published.Equals("false", StringComparison.OrdinalIgnoreCase))
            return new ImportError(first.Row, C.Published, "is FALSE: only published products are imported");
        if (first[C.GiftCard] is { } gift && gift.Equals("true", StringComparison.OrdinalIgnoreCase))
            return new ImportError(first.Row, C.GiftCard, "is TRUE: gift cards are not catalog products and were not imported");
        return null;
    }

    private static IEnumerable<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
