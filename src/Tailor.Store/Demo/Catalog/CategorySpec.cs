using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

internal enum Department { Clothing, Shoes, Accessories }

/// <summary>How a range is sized; each system has its own labels and body measurements.</summary>
internal enum SizeSystem { WomenLetters, WomenNumeric, MenLetters, MenWaist, WomenShoes, MenShoes, KidsAges, KidsShoes, Belts, OneSize }

/// <summary>
/// A leaf category of the store and the vocabulary that makes its products believable.
/// Lists may repeat an entry to make it more likely; an empty list means the attribute does not apply.
/// </summary>
internal sealed record CategorySpec(
    string Slug,
    string Name,
    Department Department,
    decimal MinPrice,
    decimal MaxPrice,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Fits,
    IReadOnlyList<string> Necklines,
    IReadOnlyList<string> Sleeves,
    IReadOnlyList<string> Occasions,
    IReadOnlyList<string> Details,
    IReadOnlyList<string> Palette);

/// <summary>A category as sold to one gender: its product names, its sizes and how much of the assortment it is.</summary>
internal sealed record CategoryRange(
    Gender Gender,
    CategorySpec Category,
    IReadOnlyList<string> Nouns,
    SizeSystem Sizes,
    double Weight,
    bool Upper = true)
{
    public string Path { get; } = $"{Gender} > {Category.Department} > {Category.Name}";
}
