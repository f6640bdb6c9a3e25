using System.Runtime.CompilerServices;

namespace Tailor.Store.Import;

/// <summary>One item of a Merchant Center feed: its attributes by name (without the g: prefix) and its extra image links.</summary>
internal sealed record MerchantItem(int Row, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<string> AdditionalImages,
    ImportError? Unreadable = null) : ISourceRecord
{
    public const string AdditionalImageLink = "additional_image_link";

    /// <summary>The attributes the reader uses; other columns and elements are ignored.</summary>
    public static readonly string[] Known =
    [
        "id", "item_group_id", "title", "description", "link", "image_link", AdditionalImageLink, "availability", "price",
        "sale_price", "brand", "gender", "age_group", "color", "size", "material", "pattern", "product_type",
        "google_product_category", "custom_label_0", "custom_label_1", "custom_label_2", "custom_label_3", "custom_label_4",
    ];

    public string? this[string name] => Fields.GetValueOrDefault(name);

    public static MerchantItem Broken(ImportError error) => new(error.Row, new Dictionary<string, string>(), [], error);

    /// <summary>Image links given as one comma-separated value, as the TSV format (and some XML feeds) write them.</summary>
    public static IEnumerable<string> SplitLinks(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Items of a Merchant Center TSV feed: a header row of attribute names, then one item per row.</summary>
internal static class MerchantTsvItems
{
    public static async IAsyncEnumerable<MerchantItem> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = DelimitedTable.ReadAsync(input, '\t', MerchantItem.Known, ["id"], "a Merchant Center feed", ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.Unreadable is { } broken)
            {
                yield return MerchantItem.Broken(broken);
                yield break;
            }
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in MerchantItem.Known)
                if (row[name] is { } value) fields[name] = value;
            yield return new MerchantItem(row.Row, fields, [.. MerchantItem.SplitLinks(row[MerchantItem.AdditionalImageLink])]);
        }
    }
}
