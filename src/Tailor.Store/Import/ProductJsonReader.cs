using System.Runtime.CompilerServices;
using Tailor.Domain.Catalog;

namespace Tailor.Store.Import;

/// <summary>
/// Reads products from the generic JSON shape (a <c>products</c> array, or a bare array). Row N is the Nth product;
/// fields are named by path ("variants[1].price"). A bad variant is left out on its own; a product without a title
/// or a valid variant is rejected whole.
/// </summary>
internal static class ProductJsonReader
{
    public static async IAsyncEnumerable<Parsed<ProductDraft>> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in JsonArrayReader.ReadAsync(input, "products", ct).WithCancellation(ct))
        {
            if (item.Unreadable is { } broken)
            {
                yield return Parsed<ProductDraft>.Rejected(broken);
                yield break;
            }
            yield return Read(item);
        }
    }

    private static Parsed<ProductDraft> Read(JsonItem item)
    {
        var check = new RowValidator(item.Row);
        if (JsonFields.Root(item, check, "product") is not { } f) return Parsed<ProductDraft>.Rejected(check.Errors);
        var title = check.Required("title", f.Text("title"), RowValidator.MaxTitle);
        var handle = f.Has("handle") || title is null ? check.Handle("handle", f.Text("handle")) : check.Handle("title", title);
        var tagged = TagVocabulary.Read(f.Texts("tags"));
        var path = f.Text("categoryPath") ?? "";
        var category = CategoryNames.Normalize(f.Text("category") ?? CategoryNames.Leaf(path));
        var gender = check.Gender("gender", f.Text("gender")) ?? GenderWords.Find([.. tagged.Tags, path, title]) ?? Gender.Unisex;
        var attributes = f.Object("attributes") is { } a ? Attributes(a).Over(tagged.Attributes) : tagged.Attributes;
        var finalSale = check.Flag("finalSale", f.Text("finalSale")) || tagged.FinalSale;
        var errors = new List<ImportError>();
        var images = Images(f, errors);
        var brand = check.Optional("brand", f.Text("brand")) ?? "";
        var care = check.Optional("care", f.Text("care"), 2000) ?? "";
        if (title is null || handle is null || !check.IsValid) return Parsed<ProductDraft>.Rejected([.. check.Errors, .. errors]);

        var details = new ProductDetails(title, HtmlText.ToPlainText(f.Text("description")), brand, category, path, gender,
            attributes, care, tagged.Tags, [.. tagged.Collections.Union(f.Texts("collections"))], finalSale);
        var variants = new List<VariantDraft>();
        foreach (var (v, variantCheck) in f.Objects("variants", ownCheck: true))
        {
            var stock = variantCheck.Stock(v.PathOf("stock"), v.Text("stock"), whenEmpty: 0);
            // "options": [{ "name": "Fit", "value": "Petite" }]: the store's other options, beside size and color.
            var options = v.Objects("options").Select(o => (o.Fields.PathOf("value"), new VariantOption { Name = o.Fields.Text("name") ?? "", Value = o.Fields.Text("value") ?? "" }))
                .Where(o => o.Item2.Name.Length > 0 && o.Item2.Value.Length > 0).ToList();
            var variant = variantCheck.Variant(handle, Field(v, "sku"), Field(v, "size"), Field(v, "color"),
                Field(v, "price"), Field(v, "compareAtPrice"), stock, options);
            if (variant is not null) variants.Add(variant);
            errors.AddRange(variantCheck.Errors);
        }
        errors.AddRange(check.Errors);
        return ProductDraft.Complete(item.Row, handle, details, variants, images, "variants", errors);
    }

    private static FieldText Field(JsonFields f, string name) => new(f.PathOf(name), f.Text(name));

    private static AttributeDraft Attributes(JsonFields a)
    {
        string? One(string kind) => a.Text(kind) is { } value && RowValidator.Clean(value) is { } clean ? TagVocabulary.Canonical(kind, clean) : null;
        IReadOnlyList<string> Many(string field, string kind) => [.. a.Texts(field).Select(v => TagVocabulary.Canonical(kind, v)).Distinct()];
        return new AttributeDraft(One("material"), One("pattern"), One("fit"), One("neckline"), One("sleeve"),
            Many("occasions", "occasion"), Many("seasons", "season"), Many("styles", "style"));
    }

    // A bad image is reported and left out; it does not cost the product.
    private static List<ImageDraft> Images(JsonFields f, List<ImportError> errors)
    {
        var images = new List<ImageDraft>();
        foreach (var (image, check) in f.Objects("images", ownCheck: true))
        {
            var url = check.Url(image.PathOf("url"), image.Text("url"), required: true);
            if (url is not null) images.Add(new ImageDraft(url, RowValidator.Clean(image.Text("alt")) ?? "", RowValidator.Clean(image.Text("color"))));
            errors.AddRange(check.Errors);
        }
        return images;
    }
}
