namespace Tailor.Store.Demo.Catalog;

/// <summary>The size labels of each size system, smallest first, as they appear on variants and size charts.</summary>
internal static class SizeRuns
{
    public const string OneSize = "One Size";

    public static readonly IReadOnlyList<string> Letters = ["XS", "S", "M", "L", "XL", "XXL"];
    public static readonly IReadOnlyList<string> WomenNumeric = ["6", "8", "10", "12", "14", "16", "18"];
    public static readonly IReadOnlyList<string> MenWaist = ["28", "30", "32", "34", "36", "38"];
    public static readonly IReadOnlyList<string> WomenShoes = ["UK 3", "UK 4", "UK 5", "UK 6", "UK 7", "UK 8"];
    public static readonly IReadOnlyList<string> MenShoes = ["UK 6", "UK 7", "UK 8", "UK 9", "UK 10", "UK 11", "UK 12"];
    public static readonly IReadOnlyList<string> KidsAges = ["2-3Y", "3-4Y", "4-5Y", "5-6Y", "7-8Y", "9-10Y", "11-12Y", "13-14Y"];
    public static readonly IReadOnlyList<string> KidsShoes = ["UK 8", "UK 9", "UK 10", "UK 11", "UK 12", "UK 13", "UK 1", "UK 2", "UK 3"];
    public static readonly IReadOnlyList<string> Belts = ["S", "M", "L", "XL"];
    public static readonly IReadOnlyList<string> Single = [OneSize];

    public static IReadOnlyList<string> Of(SizeSystem system) => system switch
    {
        SizeSystem.WomenLetters or SizeSystem.MenLetters => Letters,
        SizeSystem.WomenNumeric => WomenNumeric,
        SizeSystem.MenWaist => MenWaist,
        SizeSystem.WomenShoes => WomenShoes,
        SizeSystem.MenShoes => MenShoes,
        SizeSystem.KidsAges => KidsAges,
        SizeSystem.KidsShoes => KidsShoes,
        SizeSystem.Belts => Belts,
        _ => Single,
    };

    /// <summary>
    /// The sizes one product is made in: usually the whole run, sometimes without the smallest or largest,
    /// as real buyers trim runs for styles that would not sell at the extremes.
    /// </summary>
    public static IReadOnlyList<string> ForProduct(SizeSystem system, Random random)
    {
        var run = Of(system);
        if (run.Count < 5) return run;
        var from = random.Chance(0.2) ? 1 : 0;
        var to = random.Chance(0.25) ? run.Count - 1 : run.Count;
        return from == 0 && to == run.Count ? run : run.Skip(from).Take(to - from).ToList();
    }
}
