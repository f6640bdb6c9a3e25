using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Styling;

/// <summary>
/// What to dress for: a centre piece (its colour when the shopper picked one), an occasion, a body shape, the
/// department, the shopper's clothing size and a budget for the whole outfit; each part optional but the department.
/// </summary>
public sealed record OutfitRequest(
    Gender Department, ProductFacts? Anchor = null, string? AnchorColor = null, OccasionRule? Occasion = null,
    BodyShapeRule? Shape = null, string? Size = null, decimal? Budget = null);

/// <summary>Up to three outfits; each piece says why it was chosen.</summary>
/// <param name="AnchorColor">The centre piece's colour the outfits were matched to; null without a centre piece.</param>
/// <param name="Department">The department every piece was taken from.</param>
public sealed record StyledOutfits(Gender Department, string? AnchorColor, IReadOnlyList<Outfit> Outfits)
{
    public static StyledOutfits None(Gender department) => new(department, null, []);
}

public sealed record Outfit(IReadOnlyList<OutfitPiece> Pieces)
{
    public decimal Total => Pieces.Sum(p => p.Product.Price);
}

/// <summary>One piece: the product (in stock, in a colour it really comes in) and the reason from the style data.</summary>
public sealed record OutfitPiece(ProductMatch Product, string Color, string Reason);
