using Tailor.Assistant.Customers.Profile;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// A new search as the shopper's profile shapes it (<see cref="ShopperProfile.Shape"/>). A shopper's sizes come in
/// several systems ("10", "M", "UK 6"): the first one the catalog sells for this search is used, so a dress search is
/// in their dress size and a shoe search in their shoe size.
/// </summary>
internal sealed class ProfileSearch(ProductSearchSkill search)
{
    public async Task<SearchConstraints> ShapeAsync(ShopperProfile profile, SearchConstraints asked, CancellationToken ct)
    {
        var shaped = profile.Shape(asked);
        if (asked.Size is not null || profile.Sizes.Count <= 1 || asked.IsEmpty) return shaped;
        foreach (var size in profile.Sizes)
            if ((await search.SearchAsync(shaped with { Size = size }, 0, 0, ct)).Total > 0) return shaped with { Size = size };
        return shaped;
    }
}
