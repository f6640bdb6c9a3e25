using Tailor.Domain.Catalog;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Bench.Search;

/// <summary>The judged searches of judged-queries.yaml: each query with the rules that grade every product 0–2.</summary>
public sealed class JudgedSet
{
    public List<JudgedQuery> Queries { get; set; } = [];

    public static JudgedSet Load(string path) => new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
        .Deserialize<JudgedSet>(File.ReadAllText(path));
}

public sealed class JudgedQuery
{
    public string Q { get; set; } = "";
    public List<GradeRule> Rules { get; set; } = [];

    /// <summary>The highest grade of any rule the product satisfies; 0 when none.</summary>
    public int Grade(Product product) => Rules.Where(r => r.Holds(product)).Select(r => r.Grade).DefaultIfEmpty(0).Max();
}

/// <summary>One grading rule: all its conditions must hold; a list means any of its values.</summary>
public sealed class GradeRule
{
    public int Grade { get; set; }
    public List<string>? Category { get; set; }
    public List<string>? Gender { get; set; }
    public List<string>? Material { get; set; }
    public List<string>? Pattern { get; set; }
    public List<string>? Fit { get; set; }
    public List<string>? Neckline { get; set; }
    public List<string>? Sleeve { get; set; }
    public List<string>? Occasion { get; set; }
    public List<string>? Season { get; set; }
    public List<string>? Style { get; set; }
    public List<string>? Color { get; set; }
    public List<string>? Brand { get; set; }
    public List<string>? Title { get; set; }
    public decimal? PriceMax { get; set; }
    public decimal? PriceMin { get; set; }

    public bool Holds(Product p)
    {
        var a = p.Attributes;
        var price = p.Variants.Count == 0 ? 0 : p.Variants.Min(v => v.Price);
        return Is(Category, p.Category) && Is(Gender, p.Gender.ToString()) && Contains(Material, a.Material)
            && Is(Pattern, a.Pattern) && Is(Fit, a.Fit) && Is(Neckline, a.Neckline) && Is(Sleeve, a.Sleeve)
            && Any(Occasion, a.Occasions) && Any(Season, a.Seasons) && Any(Style, a.Styles)
            && Any(Color, p.Variants.Select(v => v.ColorFamily)) && Is(Brand, p.Brand) && Contains(Title, p.Title)
            && (PriceMax is not { } max || price <= max) && (PriceMin is not { } min || price >= min);
    }

    private static bool Is(List<string>? wanted, string? value) =>
        wanted is null || (value is not null && wanted.Any(w => string.Equals(w, value, StringComparison.OrdinalIgnoreCase)));

    private static bool Contains(List<string>? wanted, string? value) =>
        wanted is null || (value is not null && wanted.Any(w => value.Contains(w, StringComparison.OrdinalIgnoreCase)));

    private static bool Any(List<string>? wanted, IEnumerable<string> values) => wanted is null || values.Any(v => Is(wanted, v));
}
