using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The text a product's sentence vector is made from: what a shopper would say about it ("women's linen wrap dress,
/// Wild Meadow, relaxed fit, floral, for beach and holiday, summer, boho, in sage and cream"), without the description:
/// MiniLM's cost grows with the length of the text, and the description repeats the attributes in more words.
/// </summary>
internal static class ProductVectorText
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>One product row as read for its vector.</summary>
    internal sealed record Row(int Id, string Title, string Brand, string Category, string CategoryPath, string Gender, string Attributes, string Colors);

    public static string Of(Row row)
    {
        var attributes = Parse(row.Attributes);
        var parts = new List<string>
        {
            $"{Audience(row.Gender)}{row.Title}".Trim(),
            Path(row.Category, row.CategoryPath),
            row.Brand,
        };
        Add(parts, attributes.Material);
        Add(parts, attributes.Pattern);
        Add(parts, attributes.Fit is { Length: > 0 } fit ? $"{fit} fit" : null);
        Add(parts, attributes.Neckline);
        Add(parts, attributes.Sleeve);
        if (attributes.Occasions.Count > 0) parts.Add("for " + string.Join(", ", attributes.Occasions));
        Add(parts, string.Join(", ", attributes.Seasons));
        Add(parts, string.Join(", ", attributes.Styles));
        // Colour names sorted, so the same colours in another order are the same text (and the same vector).
        var colors = row.Colors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (colors.Count > 0) parts.Add("in " + string.Join(", ", colors));
        return string.Join(", ", parts.Where(p => p.Length > 0));
    }

    /// <summary>A short fingerprint of the text with the model version: either changing means encoding again.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));

    private static string Audience(string gender) =>
        Enum.TryParse<Gender>(gender, ignoreCase: true, out var g) ? g switch
        {
            Gender.Women => "women's ",
            Gender.Men => "men's ",
            Gender.Kids => "kids' ",
            _ => "",
        } : "";

    // "Clothing > Dresses" says more than "dresses" alone, but not when it only repeats it.
    private static string Path(string category, string path) =>
        path.Contains(category, StringComparison.OrdinalIgnoreCase) ? path.Replace('>', ' ').Replace("  ", " ") : $"{category} {path}".Trim();

    private static void Add(List<string> parts, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) parts.Add(value.Trim());
    }

    private static ProductAttributes Parse(string json)
    {
        try { return JsonSerializer.Deserialize<ProductAttributes>(json, Json) ?? new(); }
        catch (JsonException) { return new(); }
    }
}
