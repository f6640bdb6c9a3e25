namespace Tailor.Domain.Catalog;

/// <summary>Where a product lives on the storefront; the same path the catalog API gives its cards.</summary>
public static class ProductLinks
{
    public static string UrlOf(string handle) => $"/products/{handle}";
}
