using Tailor.Domain.Catalog;

namespace Tailor.Store.Import;

/// <summary>Who a product is for, read from the words stores use: "Women", "womens", "Men's", "female", "Girls", "Kids".</summary>
internal static class GenderWords
{
    private static readonly Dictionary<string, Gender> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["women"] = Gender.Women, ["womens"] = Gender.Women, ["woman"] = Gender.Women, ["womenswear"] = Gender.Women,
        ["ladies"] = Gender.Women, ["lady"] = Gender.Women, ["female"] = Gender.Women, ["her"] = Gender.Women,
        ["men"] = Gender.Men, ["mens"] = Gender.Men, ["man"] = Gender.Men, ["menswear"] = Gender.Men,
        ["male"] = Gender.Men, ["him"] = Gender.Men, ["gents"] = Gender.Men,
        ["kids"] = Gender.Kids, ["kid"] = Gender.Kids, ["children"] = Gender.Kids, ["childrens"] = Gender.Kids,
        ["child"] = Gender.Kids, ["girls"] = Gender.Kids, ["girl"] = Gender.Kids, ["boys"] = Gender.Kids, ["boy"] = Gender.Kids,
        ["baby"] = Gender.Kids, ["toddler"] = Gender.Kids, ["infant"] = Gender.Kids, ["newborn"] = Gender.Kids,
        ["junior"] = Gender.Kids, ["youth"] = Gender.Kids,
        ["unisex"] = Gender.Unisex, ["adult"] = Gender.Unisex,
    };

    /// <summary>A value that is one gender word ("female", "Men's", "kids"); Merchant's age_group "adult" reads as unisex.</summary>
    public static bool TryParse(string? text, out Gender gender) => Words.TryGetValue(Slug.Of(text ?? ""), out gender);

    /// <summary>The first gender word found in the texts, in order (e.g. tags, then category path, then title); a kids word wins within one text.</summary>
    public static Gender? Find(params IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            Gender? found = null;
            foreach (var word in Slug.Of(text ?? "").Split('-'))
            {
                if (word is "adult" || !Words.TryGetValue(word, out var gender)) continue;
                if (gender == Gender.Kids) return gender;
                found ??= gender;
            }
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>Whether a Merchant age_group (newborn, infant, toddler, kids) means a children's product.</summary>
    public static bool IsChildAge(string? ageGroup) => TryParse(ageGroup, out var gender) && gender == Gender.Kids;
}
