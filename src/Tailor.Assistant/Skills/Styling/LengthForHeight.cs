using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Styling;

/// <summary>How a garment's length will sit on the shopper: as cut, shorter (they are taller) or longer.</summary>
/// <param name="CutForCm">The height the length is cut for, or the chart's inside-leg limit when the inseam was compared.</param>
public sealed record LengthAdvice(LengthFit Fit, decimal? GarmentLengthCm, decimal CutForCm, bool ByInseam);

public enum LengthFit { AsCut, Shorter, Longer }

/// <summary>
/// Reads length against height: clothes are cut for a model of about 165 cm (women) or 178 cm (men), so from about
/// 7 cm away a dress, coat or trouser leg sits visibly higher or lower; a measured inside leg beats height for trousers.
/// </summary>
public static class LengthForHeight
{
    /// <summary>Beyond this difference from the height a garment is cut for, the length is worth mentioning.</summary>
    public const decimal Tolerance = 7;

    private static readonly HashSet<string> LengthMatters = ["dresses", "coats", "skirts", "jeans", "trousers", "activewear", "jackets"];

    public static LengthAdvice? Read(string category, Gender gender, SizeChartRow? row, decimal? heightCm, decimal? inseamCm)
    {
        if (!LengthMatters.Contains(category) || row is null) return null;
        if (inseamCm is { } inseam && row.Inseam is { } leg)
        {
            var fit = inseam > leg.Max + 2 ? LengthFit.Shorter : inseam < leg.Min - 2 ? LengthFit.Longer : LengthFit.AsCut;
            return new LengthAdvice(fit, row.GarmentLength, fit == LengthFit.Longer ? leg.Min : leg.Max, ByInseam: true);
        }
        if (heightCm is not { } height || gender == Gender.Kids) return null;
        var cutFor = gender == Gender.Men ? 178m : 165m;
        var difference = height - cutFor;
        var lengthFit = difference >= Tolerance ? LengthFit.Shorter : difference <= -Tolerance ? LengthFit.Longer : LengthFit.AsCut;
        return new LengthAdvice(lengthFit, row.GarmentLength, cutFor, ByInseam: false);
    }
}
