using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

/// <summary>Makes a product's size × colour variants with SKUs and uneven stock, and one image per colour.</summary>
internal sealed class VariantBuilder(Random random)
{
    public List<Variant> Variants(int productNo, IReadOnlyList<string> colours, IReadOnlyList<string> sizes,
        decimal price, decimal? compareAt, double popularity)
    {
        var variants = new List<Variant>(colours.Count * sizes.Count);
        var soldOut = random.Chance(0.02);
        // Popular products are bought deeper; a colour may have sold through entirely.
        var depth = 6 + 18 * Math.Min(popularity, 3);
        foreach (var colour in colours)
        {
            var colourGone = random.Chance(0.05);
            var colourCode = Slug.Compact(colour).ToUpperInvariant();
            for (var s = 0; s < sizes.Count; s++)
            {
                variants.Add(new Variant
                {
                    Sku = $"TL-{productNo:D6}-{colourCode}-{SizeCode(sizes[s])}",
                    Size = sizes[s],
                    Color = colour,
                    ColorFamily = ColorFamilies.FamilyOf(colour),
                    Price = price,
                    CompareAtPrice = compareAt,
                    Stock = soldOut || colourGone ? 0 : Stock(depth, s, sizes.Count),
                });
            }
        }
        return variants;
    }

    public static List<ProductImage> Images(string handle, string title, IReadOnlyList<string> colours) =>
        colours.Select((colour, i) => new ProductImage
        {
            Url = ImageUrl(handle, colour),
            Alt = $"{title} in {colour}",
            Color = colour,
            Position = i,
        }).ToList();

    private static string ImageUrl(string handle, string colour) => $"/images/products/{handle}/{Slug.Of(colour)}.svg";

    // Middle sizes sell most, so they are stocked deepest; some sizes have sold out, some are down to the last few.
    private int Stock(double depth, int sizeIndex, int sizeCount)
    {
        var roll = random.NextDouble();
        if (roll < 0.13) return 0;
        if (roll < 0.27) return random.Between(1, 3);
        var middle = (sizeCount - 1) / 2.0;
        var bell = sizeCount == 1 ? 1.6 : 1.3 - 0.8 * Math.Abs(sizeIndex - middle) / Math.Max(middle, 1);
        return Math.Max(4, (int)Math.Round(depth * bell * random.Between(0.5, 1.5)));
    }

    private static string SizeCode(string size) => size.Replace(" ", "").ToUpperInvariant();
}
