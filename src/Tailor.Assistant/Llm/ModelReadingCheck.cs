using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Turns the model's reading into entities Tailor trusts. The intent must be one of the embedded model's; every value
/// must be one the catalog has (a word it does not know becomes a search term: unknown words rank, never filter);
/// prices must be sane. What the entity recognizer found in the catalog's own words wins over the model, which only
/// fills gaps. Order and return numbers and codes come from the recognizer alone, so the model can never invent one.
/// </summary>
public static class ModelReadingCheck
{
    private const decimal HighestPrice = 100_000m;

    /// <summary>The entities to map, or null with the reason when the reading cannot be used.</summary>
    public static RecognizedEntities? Entities(ModelReading reading, IReadOnlyCollection<string> intents, RecognizedEntities recognized,
        CatalogVocabulary vocabulary, out string? problem)
    {
        problem = null;
        if (!intents.Contains(reading.Intent))
        {
            problem = $"unknown intent '{reading.Intent}'";
            return null;
        }
        if (reading.MinPrice is < 0 or > HighestPrice || reading.MaxPrice is <= 0 or > HighestPrice
            || reading.MinPrice is { } min && reading.MaxPrice is { } max && min > max)
        {
            problem = "price range out of bounds";
            return null;
        }
        if (reading.Position is { } position && (position == 0 || position < -1 || position > 100))
        {
            problem = $"position {position}";
            return null;
        }

        var found = recognized.Constraints;
        var unknown = new List<string>();
        var colors = Known(reading.Colors, vocabulary.Colors.Concat(vocabulary.ColorFamilies), unknown);
        var constraints = found with
        {
            Category = found.Category ?? Known(reading.Category, vocabulary.Categories, unknown),
            Gender = found.Gender ?? GenderOf(reading.Gender),
            Colors = found.Colors.Count > 0 ? found.Colors : colors,
            ExcludedColors = found.ExcludedColors.Count > 0 ? found.ExcludedColors : Known(reading.ExcludedColors, vocabulary.Colors.Concat(vocabulary.ColorFamilies), []),
            Size = found.Size ?? SizeOf(reading.Size, vocabulary.Sizes),
            MinPrice = found.MinPrice ?? reading.MinPrice,
            MaxPrice = found.MaxPrice ?? reading.MaxPrice,
            Materials = found.Materials.Count > 0 ? found.Materials : Known(reading.Materials, vocabulary.Materials, unknown),
            Occasions = found.Occasions.Count > 0 ? found.Occasions : Known(reading.Occasions, vocabulary.Occasions, unknown),
            Terms = found.Terms.Count > 0 ? found.Terms : [.. (reading.Terms ?? []).Select(Clean).Where(t => t.Length is > 1 and < 40).Concat(unknown).Distinct().Take(6)],
        };
        return recognized with
        {
            Constraints = constraints,
            Ordinal = recognized.Ordinal ?? reading.Position,
            Aspect = recognized.Aspect ?? AspectOf(reading.Aspect),
            PriceDirection = recognized.PriceDirection ?? DirectionOf(reading.PriceDirection),
        };
    }

    private static string Clean(string value) => value.Trim().ToLowerInvariant();

    private static string? Known(string? value, IEnumerable<string> vocabulary, List<string> unknown)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var clean = Clean(value);
        if (vocabulary.Contains(clean, StringComparer.OrdinalIgnoreCase)) return clean;
        unknown.Add(clean);
        return null;
    }

    private static IReadOnlyList<string> Known(IReadOnlyList<string>? values, IEnumerable<string> vocabulary, List<string> unknown)
    {
        if (values is null || values.Count == 0) return [];
        var known = vocabulary.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        foreach (var clean in values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(Clean).Distinct())
            if (known.Contains(clean)) kept.Add(clean);
            else unknown.Add(clean);
        return kept;
    }

    // Sizes keep the catalog's own labels ("XS", "UK 7"), so they are matched without case and returned as the catalog has them.
    private static string? SizeOf(string? size, IReadOnlyList<string> sizes) =>
        size is null ? null : sizes.FirstOrDefault(s => string.Equals(s, size.Trim(), StringComparison.OrdinalIgnoreCase));

    private static Gender? GenderOf(string? gender) => gender?.Trim().ToLowerInvariant() switch
    {
        "women" or "womens" or "woman" => Gender.Women,
        "men" or "mens" or "man" => Gender.Men,
        "kids" or "children" or "kid" => Gender.Kids,
        _ => null,
    };

    private static ProductAspect? AspectOf(string? aspect) =>
        Enum.TryParse<ProductAspect>(aspect?.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
        && parsed != ProductAspect.AddToBag ? parsed : null;

    private static PriceDirection? DirectionOf(string? direction) => direction?.Trim().ToLowerInvariant() switch
    {
        "cheaper" => Understanding.PriceDirection.Cheaper,
        "more_expensive" or "more expensive" => Understanding.PriceDirection.MoreExpensive,
        _ => null,
    };
}
