using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>Why the variant a shopper asked for cannot be had.</summary>
public enum VariantProblem { None, NothingAsked, SameAsBought, NotMade, SoldOut }

/// <summary>The variant found for a new size or colour, or why there is none, with what is in stock instead.</summary>
public sealed record VariantChoice(Variant? Variant, VariantProblem Problem, string? AskedSize, string? AskedColor);

/// <summary>
/// Reads a new size or colour for a line ("a 12", "size up", "in black") and finds that variant of the same product,
/// with enough stock for the line's units. Sizes compare as the catalog writes them ("UK 7" is "7" for shoes).
/// </summary>
public sealed class VariantPicker
{
    public VariantChoice Pick(Turn turn, OrderLine line, Product product, int quantity)
    {
        var constraints = turn.Understanding.Entities.Constraints;
        var sizes = SizesOf(product);
        var said = turn.Answer.Read(OrderSlots.Variant(line, product));
        var size = constraints.Size is { } named ? sizes.FirstOrDefault(s => Sizes.Key(s) == Sizes.Key(named)) ?? named : said.Size;
        if (size is null && said.SizeStep is var step && step != 0)
        {
            var index = sizes.FindIndex(s => Sizes.Key(s) == Sizes.Key(line.Size));
            if (index >= 0 && index + step >= 0 && index + step < sizes.Count) size = sizes[index + step];
            else if (index >= 0) return new VariantChoice(null, VariantProblem.NotMade, step > 0 ? "bigger" : "smaller", null);
        }
        var color = constraints.Colors.FirstOrDefault() ?? said.Color;
        if (size is null && color is null) return new VariantChoice(null, VariantProblem.NothingAsked, null, null);

        var matching = product.Variants.Where(v =>
            Sizes.Key(v.Size) == Sizes.Key(size ?? line.Size)
            && (color is null ? string.Equals(v.Color, line.Color, StringComparison.OrdinalIgnoreCase)
                : string.Equals(v.Color, color, StringComparison.OrdinalIgnoreCase) || string.Equals(v.ColorFamily, color, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (matching.Count == 0) return new VariantChoice(null, VariantProblem.NotMade, size, color);
        var others = matching.Where(v => v.Sku != line.Sku).ToList();
        if (others.Count == 0) return new VariantChoice(null, VariantProblem.SameAsBought, size, color);
        var available = others.FirstOrDefault(v => v.Stock >= quantity);
        return available is null
            ? new VariantChoice(null, VariantProblem.SoldOut, size ?? line.Size, color ?? line.Color)
            : new VariantChoice(available, VariantProblem.None, available.Size, available.Color);
    }

    /// <summary>Other sizes in stock in the line's colour, in size order.</summary>
    public static IReadOnlyList<string> SizesInStock(OrderLine line, Product product, int quantity) =>
        product.Variants.OrderBy(v => v.Id)
            .Where(v => v.Sku != line.Sku && v.Stock >= quantity && string.Equals(v.Color, line.Color, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Size).Distinct().ToList();

    /// <summary>Other colours in stock in the line's size.</summary>
    public static IReadOnlyList<string> ColorsInStock(OrderLine line, Product product, int quantity) =>
        product.Variants.OrderBy(v => v.Id)
            .Where(v => v.Sku != line.Sku && v.Stock >= quantity && Sizes.Key(v.Size) == Sizes.Key(line.Size))
            .Select(v => v.Color).Distinct().ToList();

    /// <summary>The product's size run: variants are stored size by size within each colour, so the first appearance of each size.</summary>
    public static List<string> SizesOf(Product product) => product.Variants.OrderBy(v => v.Id).Select(v => v.Size).Distinct().ToList();
}
