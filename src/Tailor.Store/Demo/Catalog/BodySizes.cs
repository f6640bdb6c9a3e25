using System.Globalization;
using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

/// <summary>One size label with the body it is cut for (cm) and its UK/US/EU names; HeightCm only for kids.</summary>
internal sealed record BodySize(
    string Size, string Uk, string Us, string Eu,
    MeasureRange? Chest = null, MeasureRange? Waist = null, MeasureRange? Hip = null,
    MeasureRange? Inseam = null, MeasureRange? Foot = null, decimal? HeightCm = null);

/// <summary>
/// The body measurements behind every size label, from UK high-street grading:
/// women's sizes step 5 cm, men's tops about 7 cm, shoes 0.85 cm of foot per size.
/// </summary>
internal static class BodySizes
{
    public static IReadOnlyList<BodySize> Of(SizeSystem system) => system switch
    {
        SizeSystem.WomenNumeric => SizeRuns.WomenNumeric.Select(s => WomenUk(int.Parse(s))).ToList(),
        SizeSystem.WomenLetters => WomenLetters,
        SizeSystem.MenLetters => MenLetters,
        SizeSystem.MenWaist => SizeRuns.MenWaist.Select(s => MenWaist(int.Parse(s))).ToList(),
        SizeSystem.WomenShoes => SizeRuns.WomenShoes.Select(s => AdultShoe(s, usOffset: 2)).ToList(),
        SizeSystem.MenShoes => SizeRuns.MenShoes.Select(s => AdultShoe(s, usOffset: 1)).ToList(),
        SizeSystem.KidsAges => KidsAges,
        SizeSystem.KidsShoes => SizeRuns.KidsShoes.Select(KidsShoe).ToList(),
        SizeSystem.Belts => Belts,
        _ => [new BodySize(SizeRuns.OneSize, SizeRuns.OneSize, SizeRuns.OneSize, SizeRuns.OneSize)],
    };

    private static MeasureRange Around(decimal centre, decimal halfWidth) => new(centre - halfWidth, centre + halfWidth);

    private static BodySize WomenUk(int uk)
    {
        var step = (uk - 8) / 2 * 5m;
        return new(uk.ToString(), uk.ToString(), (uk - 4).ToString(), (uk + 28).ToString(),
            Chest: Around(84 + step, 2.5m), Waist: Around(66 + step, 2.5m), Hip: Around(91 + step, 2.5m), Inseam: new(76, 79));
    }

    // Letter sizes span one or two UK sizes, so their ranges are the union of those sizes' ranges.
    private static readonly IReadOnlyList<BodySize> WomenLetters =
    [
        WomenLetter("XS", 6, 6), WomenLetter("S", 8, 8), WomenLetter("M", 10, 12),
        WomenLetter("L", 14, 14), WomenLetter("XL", 16, 16), WomenLetter("XXL", 18, 18),
    ];

    private static BodySize WomenLetter(string size, int ukFrom, int ukTo)
    {
        var (from, to) = (WomenUk(ukFrom), WomenUk(ukTo));
        string Label(string a, string b) => a == b ? a : $"{a}-{b}";
        return new(size, Label(from.Uk, to.Uk), Label(from.Us, to.Us), Label(from.Eu, to.Eu),
            Chest: new(from.Chest!.Min, to.Chest!.Max), Waist: new(from.Waist!.Min, to.Waist!.Max), Hip: new(from.Hip!.Min, to.Hip!.Max));
    }

    private static readonly IReadOnlyList<BodySize> MenLetters =
    [
        new("XS", "34", "34", "44", Chest: new(81, 86), Waist: new(66, 71), Hip: new(84, 89)),
        new("S", "36", "36", "46", Chest: new(86, 91), Waist: new(71, 76), Hip: new(89, 94)),
        new("M", "38-40", "38-40", "48-50", Chest: new(91, 99), Waist: new(76, 84), Hip: new(94, 102)),
        new("L", "42", "42", "52", Chest: new(99, 107), Waist: new(84, 91), Hip: new(102, 109)),
        new("XL", "44-46", "44-46", "54", Chest: new(107, 114), Waist: new(91, 99), Hip: new(109, 116)),
        new("XXL", "48", "48", "56", Chest: new(114, 122), Waist: new(99, 107), Hip: new(116, 124)),
    ];

    private static BodySize MenWaist(int inches)
    {
        var waist = Math.Round(inches * 2.54m, 1);
        return new(inches.ToString(), $"W{inches}", $"W{inches}", (inches + 16).ToString(),
            Waist: Around(waist, 1.3m), Hip: Around(waist + 17, 2.5m), Inseam: new(79, 84));
    }

    private static BodySize AdultShoe(string size, int usOffset)
    {
        var uk = int.Parse(size.AsSpan(3));
        var foot = 22.0m + 0.85m * (uk - 3);
        return new(size, uk.ToString(), (uk + usOffset).ToString(), (uk + 33).ToString(), Foot: Around(foot, 0.4m));
    }

    private static BodySize KidsShoe(string size, int index)
    {
        var uk = int.Parse(size.AsSpan(3));
        var us = uk == 13 ? 1 : uk + 1; // US children's sizes restart at 1 after 13
        var eu = Math.Round(25 + index * 1.25m, MidpointRounding.AwayFromZero);
        return new(size, uk.ToString(), us.ToString(), eu.ToString(CultureInfo.InvariantCulture), Foot: Around(15.5m + 0.85m * index, 0.4m));
    }

    private static readonly IReadOnlyList<BodySize> KidsAges =
    [
        Kids("2-3Y", "3T", 98), Kids("3-4Y", "4T", 104), Kids("4-5Y", "5", 110), Kids("5-6Y", "6", 116),
        Kids("7-8Y", "7-8", 128), Kids("9-10Y", "10", 140), Kids("11-12Y", "12", 152), Kids("13-14Y", "14", 164),
    ];

    // Children are sized by height (the EU label is the height in cm); chest, waist and hip follow from it.
    private static BodySize Kids(string size, string us, int height)
    {
        var grown = (height - 98) / 6m;
        return new(size, size.TrimEnd('Y'), us, height.ToString(),
            Chest: Around(Math.Round(53 + 1.4m * grown, 1), 2), Waist: Around(Math.Round(51 + 0.8m * grown, 1), 2),
            Hip: Around(Math.Round(56 + 1.6m * grown, 1), 2), Inseam: Around(Math.Round(height * 0.45m - 4, 1), 2), HeightCm: height);
    }

    private static readonly IReadOnlyList<BodySize> Belts =
    [
        new("S", "S", "S", "80", Waist: new(66, 76)), new("M", "M", "M", "90", Waist: new(76, 86)),
        new("L", "L", "L", "100", Waist: new(86, 96)), new("XL", "XL", "XL", "110", Waist: new(96, 106)),
    ];
}
