namespace Tailor.Store.Import;

/// <summary>Column names of Shopify's product CSV export, shared by the reader and the writer.</summary>
internal static class ShopifyColumns
{
    public const string Handle = "Handle", Title = "Title", Body = "Body (HTML)", Vendor = "Vendor",
        ProductCategory = "Product Category", Type = "Type", Tags = "Tags", Published = "Published",
        Sku = "Variant SKU", Grams = "Variant Grams", InventoryTracker = "Variant Inventory Tracker",
        InventoryQty = "Variant Inventory Qty", InventoryPolicy = "Variant Inventory Policy",
        FulfillmentService = "Variant Fulfillment Service", Price = "Variant Price", CompareAtPrice = "Variant Compare At Price",
        RequiresShipping = "Variant Requires Shipping", Taxable = "Variant Taxable", Barcode = "Variant Barcode",
        ImageSrc = "Image Src", ImagePosition = "Image Position", ImageAlt = "Image Alt Text", GiftCard = "Gift Card",
        SeoTitle = "SEO Title", SeoDescription = "SEO Description", GoogleGender = "Google Shopping / Gender",
        GoogleAgeGroup = "Google Shopping / Age Group", VariantImage = "Variant Image", WeightUnit = "Variant Weight Unit",
        CostPerItem = "Cost per item", Status = "Status", Collection = "Collection",
        // Shopify exports metafields as "Name (product.metafields.namespace.key)"; care instructions are commonly kept there.
        Care = "Care (product.metafields.custom.care)";

    public static readonly string[] OptionName = ["Option1 Name", "Option2 Name", "Option3 Name"];
    public static readonly string[] OptionValue = ["Option1 Value", "Option2 Value", "Option3 Value"];

    /// <summary>The columns in the order Shopify exports them.</summary>
    public static readonly string[] Export =
    [
        Handle, Title, Body, Vendor, ProductCategory, Type, Tags, Published,
        OptionName[0], OptionValue[0], OptionName[1], OptionValue[1], OptionName[2], OptionValue[2],
        Sku, Grams, InventoryTracker, InventoryQty, InventoryPolicy, FulfillmentService, Price, CompareAtPrice,
        RequiresShipping, Taxable, Barcode, ImageSrc, ImagePosition, ImageAlt, GiftCard, SeoTitle, SeoDescription,
        GoogleGender, GoogleAgeGroup, VariantImage, WeightUnit, CostPerItem, Care, Status,
    ];

    /// <summary>The columns the reader uses; the rest of an export is ignored.</summary>
    public static readonly string[] Read =
    [
        Handle, Title, Body, Vendor, ProductCategory, Type, Tags, Published, .. OptionName, .. OptionValue,
        Sku, InventoryTracker, InventoryQty, Price, CompareAtPrice, ImageSrc, ImagePosition, ImageAlt, GiftCard,
        GoogleGender, GoogleAgeGroup, VariantImage, Care, Status, Collection,
    ];
}
