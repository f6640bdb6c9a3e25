using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>Why the variant a shopper asked for cannot be had.</summary>
public enum VariantProblem { None, NothingAsked, SameAsBought, NotMade, SoldOut }

/// <summary>The variant found for a new size or colour, or why there is none, with what is in stock instead.</summary>
/// <param name="AskedOther">Values of the store's other options asked for ("Petite, Long").</param>
public sealed record VariantChoice(Variant? Variant, VariantProblem Problem, string? AskedSize, string? AskedColor, string? AskedOther = null);

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
        // A product without colours never takes a colour from the message.
        var color = product.Variants.Any(v => v.Color.Length > 0) ? constraints.Colors.FirstOrDefault() ?? said.Color : null;
        var options = Wanted(line, product, said.OptionValues);
        if (size is null && color is null && options is null) return new VariantChoice(null, VariantProblem.NothingAsked, null, null);

        // Whatever the message does not change stays as bought: "in red, size L" changes both, "the petite one" only the fit.
        var matching = product.Variants.Where(v =>
            Sizes.Key(v.Size) == Sizes.Key(size ?? line.Size)
            && (color is null ? string.Equals(v.Color, line.Color, StringComparison.OrdinalIgnoreCase)
                : string.Equals(v.Color, color, StringComparison.OrdinalIgnoreCase) || string.Equals(v.ColorFamily, color, StringComparison.OrdinalIgnoreCase))
            && VariantOption.Same(v.Options, options ?? line.Options))
            .ToList();
        var other = Asked(options, line);
        if (matching.Count == 0) return new VariantChoice(null, VariantProblem.NotMade, size, color, other);
        var others = matching.Where(v => v.Sku != line.Sku).ToList();
        if (others.Count == 0) return new VariantChoice(null, VariantProblem.SameAsBought, size, color, other);
        var available = others.FirstOrDefault(v => v.Stock >= quantity);
        return available is null
            ? new VariantChoice(null, VariantProblem.SoldOut, other is null ? size ?? line.Size : size, color ?? (other is null ? line.Color : null), other)
            : new VariantChoice(available, VariantProblem.None, available.Size, available.Color, VariantOption.Describe(available.Options));
    }

    /// <summary>The line's options with the values the message said put in place of the same option's; null when none was said.</summary>
    private static List<VariantOption>? Wanted(OrderLine line, Product product, IReadOnlyList<string> said)
    {
        if (said.Count == 0) return null;
        var known = product.Variants.SelectMany(v => v.Options).DistinctBy(o => (o.Name.ToLowerInvariant(), o.Value.ToLowerInvariant())).ToList();
        var wanted = line.Options.ToList();
        foreach (var value in said)
        {
            if (known.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.OrdinalIgnoreCase)) is not { } option) continue;
            wanted.RemoveAll(o => string.Equals(o.Name, option.Name, StringComparison.OrdinalIgnoreCase));
            wanted.Add(option);
        }
        return wanted;
    }

    // The other option values asked for, as the reply names them ("Petite").
    private static string? Asked(List<VariantOption>? options, OrderLine line)
    {
        var changed = options?.Where(o => !line.Options.Contains(o)).Select(o => o.Value).ToList() ?? [];
        return changed.Count > 0 ? string.Join(", ", changed) : null;
    }

    /// <summary>Other sizes in stock in the line's colour (and other options), in size order.</summary>
    public static IReadOnlyList<string> SizesInStock(OrderLine line, Product product, int quantity) =>
        product.Variants.OrderBy(v => v.Id)
            .Where(v => v.Sku != line.Sku && v.Stock >= quantity && string.Equals(v.Color, line.Color, StringComparison.OrdinalIgnoreCase)
                && VariantOption.Same(v.Options, line.Options))
            .Select(v => v.Size).Where(s => s.Length > 0).Distinct().ToList();

    /// <summary>Other colours in stock in the line's size (and other options).</summary>
    public static IReadOnlyList<string> ColorsInStock(OrderLine line, Product product, int quantity) =>
        product.Variants.OrderBy(v => v.Id)
            .Where(v => v.Sku != line.Sku && v.Stock >= quantity && Sizes.Key(v.Size) == Sizes.Key(line.Size) && VariantOption.Same(v.Options, line.Options))
            .Select(v => v.Color).Where(c => c.Length > 0).Distinct().ToList();

    /// <summary>Values of the other options in stock with the line's size and colour ("Petite", "Long").</summary>
    public static IReadOnlyList<string> OtherValuesInStock(OrderLine line, Product product, int quantity) =>
        product.Variants.OrderBy(v => v.Id)
            .Where(v => v.Sku != line.Sku && v.Stock >= quantity && Sizes.Key(v.Size) == Sizes.Key(line.Size)
                && string.Equals(v.Color, line.Color, StringComparison.OrdinalIgnoreCase))
            .SelectMany(v => v.Options.Where(o => !line.Options.Contains(o)).Select(o => o.Value)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The product's size run: variants are stored size by size within each colour, so the first appearance of each size.</summary>
    public static List<string> SizesOf(Product product) => product.Variants.OrderBy(v => v.Id).Select(v => v.Size).Distinct().ToList();
}
