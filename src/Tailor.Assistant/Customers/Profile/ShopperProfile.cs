using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Customers.Profile;

/// <summary>
/// What the shopper told the assistant about themselves in this conversation (or, signed in and consenting, in an
/// earlier one): sizes, fit, colours liked and disliked, budget, department and body measurements. Kept in the
/// dialogue state; searches, outfits, size advice and recommendations read it at once.
/// </summary>
public sealed class ShopperProfile
{
    public List<string> Sizes { get; set; } = [];
    /// <summary>The fit they like as they said it ("relaxed", "slim"); <see cref="FitPreference"/> reads it.</summary>
    public string? Fit { get; set; }
    public List<string> LikedColors { get; set; } = [];
    public List<string> DislikedColors { get; set; } = [];
    /// <summary>The most they want to spend on one item: a soft cap, widened when nothing is within it.</summary>
    public decimal? Budget { get; set; }
    public Gender? Department { get; set; }
    /// <summary>Body measurements given in chat, for size advice and the fit preview; never stored with the customer.</summary>
    public BodyMeasurements? Body { get; set; }
    /// <summary>The turn on which the assistant asked a signed-in shopper whether to keep their preferences.</summary>
    public int? ConsentAskedTurn { get; set; }

    public bool IsEmpty => Sizes.Count == 0 && Fit is null && LikedColors.Count == 0 && DislikedColors.Count == 0
        && Budget is null && Department is null && (Body is null || Body.IsEmpty);

    /// <summary>The parts a customer's stored preferences hold (body measurements are for this chat only).</summary>
    public bool HasStorable => Sizes.Count > 0 || Fit is not null || LikedColors.Count > 0 || DislikedColors.Count > 0 || Budget is not null;

    /// <summary>How the stated fit decides between two sizes.</summary>
    public FitPreference FitPreference => Fit is null ? FitPreference.Unstated : ProfileWords.Default.FitOf(Fit);

    /// <summary>Takes what a message said; a value said again replaces the old one, a colour moves between liked and disliked.</summary>
    public void Remember(ProfileStatement said)
    {
        // The size said last comes first: it is the one a search uses.
        foreach (var size in said.Sizes.Reverse()) Add(Sizes, size, first: true);
        Fit = said.Fit ?? Fit;
        foreach (var color in said.LikedColors)
        {
            Add(LikedColors, color);
            DislikedColors.RemoveAll(c => Same(c, color));
        }
        foreach (var color in said.DislikedColors)
        {
            Add(DislikedColors, color);
            LikedColors.RemoveAll(c => Same(c, color));
        }
        Budget = said.Budget ?? Budget;
        Department = said.Department ?? Department;
        if (said.Body is { IsEmpty: false } body) Body = Merge(Body, body);
    }

    /// <summary>This profile after remembering <paramref name="said"/>.</summary>
    public ShopperProfile With(ProfileStatement said)
    {
        Remember(said);
        return this;
    }

    public void Forget(ProfilePart part)
    {
        if (part is ProfilePart.All or ProfilePart.Sizes) Sizes.Clear();
        if (part is ProfilePart.All or ProfilePart.Fit) Fit = null;
        if (part is ProfilePart.All or ProfilePart.Colors)
        {
            LikedColors.Clear();
            DislikedColors.Clear();
        }
        if (part is ProfilePart.All or ProfilePart.Budget) Budget = null;
        if (part is ProfilePart.All or ProfilePart.Department) Department = null;
        if (part is ProfilePart.All or ProfilePart.Measurements) Body = null;
    }

    /// <summary>
    /// A search as the shopper's profile shapes it: their size, department and budget where the search names none, and
    /// disliked colours ruled out unless the search asks for them. What the search says itself always wins.
    /// </summary>
    public SearchConstraints Shape(SearchConstraints asked)
    {
        if (IsEmpty || asked.IsEmpty) return asked;
        var excluded = DislikedColors.Where(c => !asked.Colors.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        return asked with
        {
            Size = asked.Size ?? Sizes.FirstOrDefault(),
            Gender = asked.Gender ?? Department,
            MaxPrice = asked.MaxPrice ?? (asked.MinPrice is null ? Budget : null),
            ExcludedColors = [.. asked.ExcludedColors.Union(excluded, StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>The profile as a customer's stored preferences (the styles they stored are kept).</summary>
    public CustomerPreferences ToPreferences(IReadOnlyList<string>? styles = null) => new()
    {
        Sizes = [.. Sizes], Fit = Fit, FavoriteColors = [.. LikedColors], DislikedColors = [.. DislikedColors], Budget = Budget,
        Styles = [.. styles ?? []],
    };

    public static ShopperProfile From(CustomerPreferences stored) => new()
    {
        Sizes = [.. stored.Sizes], Fit = stored.Fit, LikedColors = [.. stored.FavoriteColors], DislikedColors = [.. stored.DislikedColors],
        Budget = stored.Budget,
    };

    private static void Add(List<string> values, string value, bool first = false)
    {
        values.RemoveAll(v => Same(v, value));
        if (first) values.Insert(0, value);
        else values.Add(value);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // A later message adds to earlier measurements ("and I'm 5'6") rather than replacing them.
    private static BodyMeasurements Merge(BodyMeasurements? old, BodyMeasurements said) => old is null ? said : new BodyMeasurements
    {
        ChestCm = said.ChestCm ?? old.ChestCm, WaistCm = said.WaistCm ?? old.WaistCm, HipCm = said.HipCm ?? old.HipCm,
        InseamCm = said.InseamCm ?? old.InseamCm, HeightCm = said.HeightCm ?? old.HeightCm, WeightKg = said.WeightKg ?? old.WeightKg,
        FootCm = said.FootCm ?? old.FootCm, UsualSize = said.UsualSize ?? old.UsualSize, UsualBrand = said.UsualBrand ?? old.UsualBrand,
        Fit = said.Fit != FitPreference.Unstated ? said.Fit : old.Fit,
    };
}

/// <summary>A part of the profile that can be forgotten on its own.</summary>
public enum ProfilePart { All, Sizes, Fit, Colors, Budget, Department, Measurements }

/// <summary>What one message said about the shopper; empty lists and nulls where it said nothing.</summary>
public sealed record ProfileStatement
{
    public IReadOnlyList<string> Sizes { get; init; } = [];
    public string? Fit { get; init; }
    public IReadOnlyList<string> LikedColors { get; init; } = [];
    public IReadOnlyList<string> DislikedColors { get; init; } = [];
    public decimal? Budget { get; init; }
    public Gender? Department { get; init; }
    public BodyMeasurements? Body { get; init; }

    /// <summary>True when it states a preference worth confirming (measurements alone are kept quietly).</summary>
    public bool HasPreferences => Sizes.Count > 0 || Fit is not null || LikedColors.Count > 0 || DislikedColors.Count > 0 || Budget is not null || Department is not null;
}

/// <summary>What a message asks of the profile: nothing, to state preferences, to show them, or to forget some.</summary>
public sealed record ProfileRequest(ProfileStatement? Statement = null, bool Show = false, ProfilePart? Forget = null)
{
    public static readonly ProfileRequest None = new();
}
