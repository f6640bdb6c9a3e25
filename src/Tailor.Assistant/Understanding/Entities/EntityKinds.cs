namespace Tailor.Assistant.Understanding.Entities;

/// <summary>The <see cref="EntitySpan.Kind"/> names the recognizer writes to the turn log.</summary>
public static class EntityKinds
{
    public const string Category = "category";
    public const string Gender = "gender";
    public const string Color = "color";
    public const string Material = "material";
    public const string Brand = "brand";
    public const string Pattern = "pattern";
    public const string Fit = "fit";
    public const string Occasion = "occasion";
    public const string Season = "season";
    public const string Style = "style";
    public const string Size = "size";
    public const string Sleeve = "sleeve";
    public const string Neckline = "neckline";
    public const string Defect = "defect";
    public const string MinPrice = "min_price";
    public const string MaxPrice = "max_price";
    public const string Sort = "sort";
    public const string OnSale = "on_sale";
    public const string Ordinal = "ordinal";
    public const string Focus = "focus";
    public const string ColorReference = "color_reference";
    public const string Other = "other";
    public const string OrderNumber = "order_number";
    public const string ReturnNumber = "return_number";
    public const string PromoCode = "promo_code";
    public const string Aspect = "aspect";
    public const string PriceDirection = "price_direction";
    public const string Term = "term";
}
