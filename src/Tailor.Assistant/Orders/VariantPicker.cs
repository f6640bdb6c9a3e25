using System.Text.RegularExpressions;
using Tailor.Assistant.Dialogue;
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
public sealed partial class VariantPicker(OrderWords words)
{
    public VariantChoice Pick(Turn turn, OrderLine line, Product product, int quantity)
    {
        var constraints = turn.Understanding.Entities.Constraints;
        var sizes = SizesOf(product);
        var size = constraints.Size is { } said ? sizes.FirstOrDefault(s => SizeKey(s) == SizeKey(said)) ?? said : SizeInText(turn.Text, sizes);
        if (size is null && words.SizeStep(turn.Text) is var step && step != 0)
        {
            var index = sizes.FindIndex(s => SizeKey(s) == SizeKey(line.Size));
            if (index >= 0 && index + step >= 0 && index + step < sizes.Count) size = sizes[index + step];
            else if (index >= 0) return new VariantChoice(null, VariantProblem.NotMade, step > 0 ? "bigger" : "smaller", null);
        }
        var color = constraints.Colors.FirstOrDefault() ?? ColorInText(turn.Text, product);
        if (size is null && color is null) return new VariantChoice(null, VariantProblem.NothingAsked, null, null);

        var matching = product.Variants.Where(v =>
            SizeKey(v.Size) == SizeKey(size ?? line.Size)
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
            .Where(v => v.Sku != line.Sku && v.Stock >= quantity && SizeKey(v.Size) == SizeKey(line.Size))
            .Select(v => v.Color).Distinct().ToList();

    // Variants are stored size by size within each colour, so the first appearance of each size is the size run.
    private static List<string> SizesOf(Product product) => product.Variants.OrderBy(v => v.Id).Select(v => v.Size).Distinct().ToList();

    // A bare "12" or "uk 7" is a size here, as the question asked for one; letter sizes are left to the entity
    // recognizer, which knows the "m" of "I'm" is not one.
    private static string? SizeInText(string text, IReadOnlyList<string> sizes)
    {
        var words = Token().Matches(text.ToUpperInvariant()).Select(m => m.Value).ToList();
        var candidates = words.Concat(words.Zip(words.Skip(1), (a, b) => a + b)).Select(SizeKey).ToHashSet(StringComparer.Ordinal);
        return sizes.Where(s => s.Any(char.IsAsciiDigit)).FirstOrDefault(s => candidates.Contains(SizeKey(s)));
    }

    private static string? ColorInText(string text, Product product) =>
        product.Variants.Select(v => v.Color).Distinct().OrderByDescending(c => c.Length)
            .FirstOrDefault(c => Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(c)}(?![\p{{L}}])", RegexOptions.IgnoreCase));

    /// <summary>"UK 7", "uk7", "size 7" and "7" are one size; "Medium" is "M".</summary>
    public static string SizeKey(string size)
    {
        var key = string.Concat(size.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        foreach (var prefix in new[] { "SIZE", "UK" })
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)) key = key[prefix.Length..];
        return key switch { "SMALL" => "S", "MEDIUM" => "M", "LARGE" => "L", "EXTRASMALL" => "XS", "EXTRALARGE" => "XL", _ => key };
    }

    [GeneratedRegex(@"[A-Z0-9/-]+")]
    private static partial Regex Token();
}
