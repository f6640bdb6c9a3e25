using Tailor.Assistant.Respond;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Customers.Profile;

/// <summary>A profile in words, one template per part, joined as a list: "size 12, a relaxed fit and no orange".</summary>
public static class ProfileWording
{
    public static string Describe(ReplyBuilder reply, ShopperProfile profile)
    {
        var parts = new List<string>();
        if (profile.Sizes.Count > 0) parts.Add(reply.Render("profile_part_sizes", ("sizes", ConstraintsDescriber.Join(profile.Sizes, "or"))));
        if (profile.Fit is { } fit) parts.Add(reply.Render("profile_part_fit", ("fit", fit)));
        if (profile.LikedColors.Count > 0) parts.Add(reply.Render("profile_part_liked", ("colors", ConstraintsDescriber.Join(profile.LikedColors))));
        if (profile.DislikedColors.Count > 0) parts.Add(reply.Render("profile_part_disliked", ("colors", ConstraintsDescriber.Join(profile.DislikedColors, "or"))));
        if (profile.Budget is { } budget) parts.Add(reply.Render("profile_part_budget", ("budget", reply.Money(budget))));
        if (profile.Department is { } department) parts.Add(reply.Render("profile_part_department", ("department", reply.Render(DepartmentKey(department)))));
        if (profile.Body is { IsEmpty: false } body)
        {
            var measures = new List<string>();
            if (body.ChestCm is { } chest) measures.Add($"bust/chest {chest:0.#} cm");
            if (body.WaistCm is { } waist) measures.Add($"waist {waist:0.#} cm");
            if (body.HipCm is { } hips) measures.Add($"hips {hips:0.#} cm");
            if (body.HeightCm is { } height) measures.Add($"height {height:0.#} cm");
            if (measures.Count > 0) parts.Add(reply.Render("profile_part_body", ("measures", string.Join(", ", measures))));
        }
        return ConstraintsDescriber.Join(parts);
    }

    private static string DepartmentKey(Gender department) => department switch
    {
        Gender.Men => "department_men",
        Gender.Kids => "department_kids",
        Gender.Unisex => "department_unisex",
        _ => "department_women",
    };
}
