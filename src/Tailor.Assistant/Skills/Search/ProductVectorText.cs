using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The text a product's sentence vector is made from: what a shopper would say about the garment ("women's linen wrap
/// dress dresses floral relaxed fit v-neck for beach holiday summer boho"), without the description:
/// MiniLM's cost grows with the length of the text (the vector build's time is nearly proportional to its tokens),
/// and the description repeats the attributes in more words.
/// </summary>
internal static class ProductVectorText
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>One product row as read for its vector.</summary>
    internal sealed record Row(int Id, string Title, string Category, string CategoryPath, string Gender, string Attributes);

    public static string Of(Row row)
    {
        var attributes = Parse(row.Attributes);
        var title = $"{Audience(row.Gender)}{row.Title}".Trim();
        var said = Words(title);
        var parts = new List<string> { title };
        // MiniLM's cost grows with every token, so nothing the text already says is said twice: not the department
        // (the audience leads the title), not "Clothing" (every garment is), not an attribute the title names. Brand
        // and colours are left out: both are hard filters the recognizer reads, and BM25 still finds a brand it does
        // not know; as meaning they only blur the garment (and cost a third of the build).
        Add(parts, said, Kind(row.CategoryPath));
        Add(parts, said, row.Category);
        Add(parts, said, attributes.Material);
        Add(parts, said, attributes.Pattern);
        Add(parts, said, attributes.Fit is { Length: > 0 } fit ? $"{fit} fit" : null);
        Add(parts, said, attributes.Neckline);
        Add(parts, said, attributes.Sleeve);
        if (attributes.Occasions.Count > 0) parts.Add("for " + string.Join(" ", attributes.Occasions));
        // Three or four seasons mean "all year", which tells the meaning nothing; one or two tell it something.
        if (attributes.Seasons.Count is > 0 and < 3) parts.Add(string.Join(" ", attributes.Seasons));
        Add(parts, said, string.Join(" ", attributes.Styles));
        // Commas are tokens too: 10 or so a text. Spaces keep the attributes apart well enough for a bag of meaning.
        return string.Join(" ", parts);
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

    /// <summary>The middle level of "Women > Shoes > Boots" when it says more than "clothing": shoes, accessories.</summary>
    private static string? Kind(string path)
    {
        var levels = path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return levels.Length >= 3 && !levels[1].Equals("clothing", StringComparison.OrdinalIgnoreCase) ? levels[1] : null;
    }

    private static HashSet<string> Words(string text) =>
        new(text.ToLowerInvariant().Split([' ', ',', '-', '\''], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Adds a value unless every word of it is already said; then counts its words as said.</summary>
    private static void Add(List<string> parts, HashSet<string> said, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var words = Words(value);
        if (words.All(said.Contains)) return;
        parts.Add(value.Trim().ToLowerInvariant());
        said.UnionWith(words);
    }

    private static ProductAttributes Parse(string json)
    {
        try { return JsonSerializer.Deserialize<ProductAttributes>(json, Json) ?? new(); }
        catch (JsonException) { return new(); }
    }
}
