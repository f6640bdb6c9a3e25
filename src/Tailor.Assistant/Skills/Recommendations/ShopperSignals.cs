using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Catalog;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// What a shopper's purchases and stated preferences say, on a snapshot's codes: the products they own (not offered
/// again), labels and categories they return to, sizes, colours liked and disliked, what they spend, their department.
/// </summary>
internal sealed class ShopperSignals
{
    public static readonly ShopperSignals None = new([], null, null);

    /// <param name="purchases">Oldest first.</param>
    /// <param name="preferences">Stated preferences; null when the shopper gave none or did not consent to their use.</param>
    /// <param name="department">The department of the page or conversation, when the shopper has no history to say it.</param>
    public ShopperSignals(ReadOnlySpan<Purchase> purchases, CatalogSnapshot? snapshot, CustomerPreferences? preferences, Gender? department = null)
    {
        Purchases = purchases.ToArray();
        Owned = Purchases.Select(p => p.Product).ToHashSet();
        if (snapshot is null) return;
        // Shares are smoothed towards nothing: one purchase of a label is a hint, three are a habit.
        var share = 1.0 / (Purchases.Length + 1);
        foreach (var purchase in Purchases)
        {
            ref readonly var product = ref snapshot.Products[purchase.Product];
            Brands[Group(product.Gender, product.Brand)] = Brands.GetValueOrDefault(Group(product.Gender, product.Brand)) + share;
            Categories[Group(product.Gender, product.Category)] = Categories.GetValueOrDefault(Group(product.Gender, product.Category)) + share;
            Genders[product.Gender] = Genders.GetValueOrDefault(product.Gender) + share;
            if (purchase.Size >= 0) Sizes.Add(purchase.Size);
        }
        if (Purchases.Length > 0)
        {
            var prices = Purchases.Select(p => p.Price).Order().ToArray();
            TypicalPrice = prices[prices.Length / 2];
        }
        if (preferences is not null)
        {
            foreach (var size in preferences.Sizes)
                if (snapshot.Sizes.CodeOf(size) is >= 0 and var code) Sizes.Add(code);
            LikedFamilies = Families(snapshot, preferences.FavoriteColors);
            DislikedFamilies = Families(snapshot, preferences.DislikedColors);
            Budget = preferences.Budget is { } budget ? (double)budget : null;
        }
        Department = Genders.Count > 0 ? Genders.MaxBy(g => g.Value).Key : department;
    }

    public Purchase[] Purchases { get; }
    public HashSet<int> Owned { get; }
    /// <summary>A label or category within a department: a label's menswear is not its womenswear.</summary>
    public static int Group(Gender gender, int code) => ((int)gender << 24) | code;

    /// <summary>Share of the shopper's purchases per label and category (by <see cref="Group"/>) and per department.</summary>
    public Dictionary<int, double> Brands { get; } = [];
    public Dictionary<int, double> Categories { get; } = [];
    public Dictionary<Gender, double> Genders { get; } = [];
    public HashSet<int> Sizes { get; } = [];
    /// <summary>Bits of colour families (<see cref="SnapshotProduct.FamilyBit"/>).</summary>
    public uint LikedFamilies { get; }
    public uint DislikedFamilies { get; }
    public double? Budget { get; }
    /// <summary>The median unit price they paid; null without purchases.</summary>
    public double? TypicalPrice { get; }
    public Gender? Department { get; }

    public bool IsColdStart => Purchases.Length == 0;

    private static uint Families(CatalogSnapshot snapshot, IEnumerable<string> colors)
    {
        uint bits = 0;
        foreach (var color in colors)
        {
            var family = snapshot.Families.CodeOf(ColorFamilies.FamilyOf(color));
            if (family < 0) family = snapshot.Families.CodeOf(color);
            if (family >= 0) bits |= SnapshotProduct.FamilyBit(family);
        }
        return bits;
    }
}
